/**
 * The probe listens for no message: its state is read in its isolated world with executeScript
 * (lib/extension/page-status.ts), and the content script, where it runs, is asked by message.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPageStatus, askPageStatusSource, markAlwaysOn, readProbeStatus, type PageStatusApi } from '../../../lib/extension/page-status';

const KEY = Symbol.for('byline.page-state');
const world = globalThis as unknown as Record<symbol, unknown>;

/** An API whose executeScript runs the function here (this test's global stands for the page's isolated world). */
function fakeApi(reply: unknown = { from: 'content script' }) {
  const sendMessage = vi.fn(async () => reply);
  const api: PageStatusApi = {
    scripting: { executeScript: async ({ func }) => [{ result: await func() }] },
    tabs: { sendMessage },
  };
  return { api, sendMessage };
}

afterEach(() => {
  delete world[KEY];
});

describe('a page’s status', () => {
  it('is the probe’s own answer where only the probe runs, with no message sent', async () => {
    const answer = { detection: null, idle: 'not-article', timings: [] };
    world[KEY] = { status: async () => answer };
    const { api, sendMessage } = fakeApi();
    expect(await askPageStatus(api, 3)).toEqual(answer);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('is the content script’s answer to bg:status once it runs', async () => {
    world[KEY] = { full: {}, status: async () => ({ idle: 'not-article' }) };
    const { api, sendMessage } = fakeApi({ idle: null, highlights: { painted: 2 } });
    expect(await askPageStatus(api, 7)).toEqual({ idle: null, highlights: { painted: 2 } });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'bg:status' }, { frameId: 0 });
  });

  it('is null where no probe ran, or where the page cannot be scripted', async () => {
    expect(readProbeStatus()).toBeNull();
    expect(await askPageStatus(fakeApi().api, 1)).toBeNull();
    const refused: PageStatusApi = { scripting: { executeScript: () => Promise.reject(new Error('Cannot access contents of the page')) }, tabs: fakeApi().api.tabs };
    expect(await askPageStatus(refused, 1)).toBeNull();
  });

  it('can be asked from its source alone (the tests and the bench run it in the service worker)', async () => {
    world[KEY] = { status: async () => ({ idle: 'too-large' }) };
    const { api } = fakeApi();
    // The expression calls `chrome`: here, the fake API.
    const run = new Function('chrome', `return ${askPageStatusSource(9)}`) as (chrome: PageStatusApi) => Promise<unknown>;
    expect(await run(api)).toEqual({ idle: 'too-large' });
  });
});

describe('a site always analysed', () => {
  it('marks the probe’s state, and a page the gate stopped is looked at again, once', () => {
    const look = vi.fn();
    world[KEY] = { idle: 'not-article', look };
    markAlwaysOn();
    markAlwaysOn();
    expect((world[KEY] as { alwaysOn?: boolean }).alwaysOn).toBe(true);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('waits in the state for a probe that has not run yet', () => {
    markAlwaysOn();
    expect(world[KEY]).toMatchObject({ alwaysOn: true, idle: 'pending', timeline: [] });
  });
});
