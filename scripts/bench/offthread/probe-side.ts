/**
 * Prototype (measurement only, scripts/bench/offthread-prototype.ts): what the probe would do on a page past
 * its gate in the off-thread design: the gate, the size check, then serialise the document and send it to the
 * background. Evaluated in the page's isolated world (its own evaluation is timed as `init`).
 */
import { SCRIPT_START } from '../../../entrypoints/content/script-start';
import { readGate } from '../../../lib/page/gate';
import { startSizeCheck } from '../../../entrypoints/content/page-size';

const init = performance.now() - SCRIPT_START;
const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;

(globalThis as unknown as Record<string, unknown>).__offthreadProbe = {
  init,
  run(): Record<string, number | string> {
    const t0 = performance.now();
    const gate = readGate(document, location.href);
    const t1 = performance.now();
    const tooLarge = startSizeCheck(document).step(performance.now() + 20);
    const t2 = performance.now();
    const html = document.documentElement.outerHTML;
    const t3 = performance.now();
    // Chrome serialises the message synchronously in this call; the answer (none: no listener) is not awaited.
    api.runtime.sendMessage({ type: 'proto:page', url: location.href, html }).catch(() => undefined);
    const t4 = performance.now();
    return { init, gate: t1 - t0, size: t2 - t1, serialise: t3 - t2, send: t4 - t3, pass: String(gate.pass), tooLarge: String(tooLarge), html };
  },
};
