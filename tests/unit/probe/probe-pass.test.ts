/**
 * The probe's second part (entrypoints/probe-pass), injected only past the gate or when a stopped page's status is
 * asked: the site rules, the page sent, and the gate's explanation, as the probe did them itself before the split.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import probePass from '../../../entrypoints/probe-pass';
import type { PageState } from '../../../entrypoints/content/page-state';
import { readGate } from '../../../lib/page/gate';
import { Detection } from '../../../lib/schema';

const KEY = Symbol.for('byline.page-state');
const world = globalThis as unknown as Record<symbol, PageState | undefined>;
const LISTING = `<html><body>${'<div><a href="/a">A teaser</a><button>Share</button></div>'.repeat(40)}</body></html>`;
const STORY = `<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>${'<p>The council voted on Tuesday to approve the budget for the coming year, after a long debate in which members disagreed.</p>'.repeat(8)}</article></body></html>`;

/** The page's world: its document and address, the extension's API with these settings, the probe's state; the second part installed. */
function page(html: string, settings: unknown, reply: unknown = null) {
  const sent: unknown[] = [];
  vi.stubGlobal('document', parseHTML(html).document);
  vi.stubGlobal('location', { href: 'https://news.example.org/', hostname: 'news.example.org' });
  vi.stubGlobal('chrome', {
    runtime: { id: 'byline', sendMessage: async (message: unknown) => (sent.push(message), reply) },
    storage: { local: { get: async () => ({ settings }) } },
  });
  const state: PageState = { detection: null, idle: 'pending', timeline: [], spentMs: 0 };
  world[KEY] = state;
  probePass.main();
  return { state, sent, pass: state.pass! };
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete world[KEY];
});

describe('the probe past its gate', () => {
  it('installs itself once', () => {
    const { state, pass } = page(STORY, {});
    probePass.main();
    expect(state.pass).toBe(pass);
  });

  it('sends the page and keeps the background’s verdict, scheduling the late checks on a page found not to be an article', async () => {
    const detection = { isArticle: false, score: 1, signals: [] };
    const { state, sent, pass } = page(STORY, {}, { status: 'idle', reason: 'not-article', detection });
    const lateChecks = vi.fn();
    await pass.look(() => true, lateChecks);
    expect(sent).toEqual([expect.objectContaining({ type: 'page:html', url: 'https://news.example.org/', force: false })]);
    expect((sent[0] as { html: string }).html).toContain('Council votes');
    expect([state.idle, state.detection, lateChecks.mock.calls.length]).toEqual(['not-article', detection, 1]);
  });

  it('sends nothing where the site is disabled or auto-analysis is off, or once a newer look began', async () => {
    for (const [settings, idle] of [[{ disabledSites: ['example.org'] }, 'site-disabled'], [{ autoAnalyze: false }, 'auto-off']] as const) {
      const { state, sent, pass } = page(STORY, settings);
      await pass.look(() => true, () => undefined);
      expect([state.idle, sent]).toEqual([idle, []]);
    }
    const { state, sent, pass } = page(STORY, {});
    await pass.look(() => false, () => undefined);
    expect([state.idle, sent]).toEqual(['pending', []]);
  });

  it('tells why a page the gate stopped is idle: the site rules first, else the gate’s explanation', async () => {
    const gate = readGate(parseHTML(LISTING).document, 'https://news.example.org/');
    expect(gate.pass).toBe(false);
    expect(await page(LISTING, { disabledSites: ['news.example.org'] }).pass.stopped(gate)).toEqual({ idle: 'site-disabled', detection: null });
    expect(await page(LISTING, { autoAnalyze: false }).pass.stopped(gate)).toEqual({ idle: 'auto-off', detection: null });
    const told = await page(LISTING, {}).pass.stopped(gate);
    expect(told.idle).toBe('not-article');
    expect(Detection.parse(told.detection).signals.map((s) => s.name)).toEqual(['gate:not-article']);
  });
});
