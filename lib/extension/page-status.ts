/**
 * A page's own word on Byline's state (detection, why nothing is analysed, the timeline), asked by the popup,
 * the background, the tests and the bench. The every-page probe listens for no message (a listener costs every
 * page the extension's messaging bindings and about 15 kB of heap): its state is read on demand by running
 * `readProbeStatus` in its isolated world with `scripting.executeScript`. The content script, once a page has
 * it, answers `bg:status` itself (highlights, the hover card), so its pages are asked by message.
 */

/** The few API calls this needs, as Chrome's `chrome`, Firefox's and the polyfill's `browser` all have them (MV3, promises). */
export interface PageStatusApi {
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds: number[] }; func: () => unknown }): Promise<{ result?: unknown }[] | undefined>;
  };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

/**
 * Runs in the page's isolated world, serialised by `executeScript`: self-contained (no imports, no module
 * constants; the key is entrypoints/content/page-state.ts's). Null where no probe ran (the tab was opened
 * before Byline was installed).
 */
export function readProbeStatus(): unknown {
  const state = (globalThis as unknown as Record<symbol, { full?: unknown; status?: () => unknown } | undefined>)[Symbol.for('byline.page-state')];
  if (!state) return null;
  if (state.full) return { full: true };
  return state.status ? state.status() : null;
}

/**
 * The page's status (`ContentStatus`'s shape, unparsed), or null when nothing in the page answers (a page the
 * extension may not script, a tab opened before install). `func` is `readProbeStatus`; a parameter, so that
 * the tests and the bench can run this very function in the service worker from its source.
 */
export async function askPageStatus(api: PageStatusApi, tabId: number, func: () => unknown = readProbeStatus): Promise<unknown> {
  let probe: unknown;
  try {
    probe = (await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, func }))?.[0]?.result;
  } catch {
    return null;
  }
  if (probe === null || probe === undefined) return null;
  if ((probe as { full?: unknown }).full !== true) return probe;
  try {
    return (await api.tabs.sendMessage(tabId, { type: 'bg:status' }, { frameId: 0 })) ?? null;
  } catch {
    return null;
  }
}

/** An expression that asks tab `tabId`'s status from Byline's service worker, for `worker.evaluate` in tests and the bench. */
export function askPageStatusSource(tabId: number): string {
  return `(${askPageStatus.toString()})(chrome, ${JSON.stringify(tabId)}, ${readProbeStatus.toString()})`;
}

/**
 * Runs in the page's isolated world (serialised by `executeScript`, so self-contained) on a page of a site the
 * reader always has analysed: the probe's gate must not stop it. The probe reads the site rules only past its
 * gate, so the background tells it; a page the gate already stopped is looked at again.
 */
export function markAlwaysOn(): void {
  const world = globalThis as unknown as Record<symbol, { alwaysOn?: boolean; idle?: string | null; look?: () => unknown } | undefined>;
  // The probe may not have run yet: the mark waits for it in the state it will find (entrypoints/content/page-state.ts).
  const state = (world[Symbol.for('byline.page-state')] ??= { detection: null, idle: 'pending', timeline: [], spentMs: 0 } as never);
  if (state.alwaysOn) return;
  state.alwaysOn = true;
  if (state.idle === 'not-article' && state.look) void state.look();
}
