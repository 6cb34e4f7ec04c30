/**
 * Runs on every http(s) page. Cheap check first: most pages are not articles, and on those
 * Byline does nothing more. On articles it extracts the text and hands it to the background,
 * where language detection and analysis run (so the page never pays for them), then paints
 * the result as highlights without touching the page's DOM.
 */
import { browser } from 'wxt/browser';
import { detectArticle, extractArticle, type Extraction } from '../../lib/page';
import { isSiteDisabled, TabState, ToContentMessage } from '../../lib/schema';
import type { Analysis, ContentExtractResponse, ContentStatus, Detection, IdleReason } from '../../lib/schema';
import { loadSettings } from '../../lib/extension/settings-store';
import { Highlighter } from './highlighter';
import { HoverCard } from './hover-card';

/** Let SPA frameworks render the new route before we look at it. */
const LOCATION_CHANGE_DELAY_MS = 600;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let detection: Detection | null = null;
    let idle: IdleReason | null = 'pending';
    let extraction: Extraction | null = null;
    let highlighter: Highlighter | null = null;
    let analysis: Analysis | null = null;
    let hoverCard: HoverCard | null = null;

    const extract = (det: Detection): Extraction => (extraction = extractArticle(document, location.href, det));

    const paint = (result: Analysis) => {
      if (!extraction || result.article.url !== extraction.article.url) return;
      analysis = result;
      highlighter ??= new Highlighter();
      highlighter.paint(result, extraction);
      hoverCard ??= new HoverCard(() => highlighter?.state.painted ?? [], () => analysis, ctx.signal);
    };

    async function run(): Promise<void> {
      idle = 'pending';
      const settings = await loadSettings();
      if (isSiteDisabled(settings, location.hostname)) {
        idle = 'site-disabled';
        return;
      }
      if (!settings.autoAnalyze) {
        idle = 'auto-off';
        return;
      }
      const found = detectArticle(document, location.href);
      detection = found;
      if (!found.isArticle) {
        idle = 'not-article';
        return;
      }
      idle = null;
      const { article } = extract(found);
      const reply = await browser.runtime.sendMessage({ type: 'content:article', article }).catch(ignoreClosedContext);
      const state = TabState.safeParse(reply);
      if (state.success && state.data.status === 'analyzed') paint(state.data.analysis);
    }

    browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
      // Only Byline's own background talks to this script; anything else is ignored.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const parsed = ToContentMessage.safeParse(raw);
      if (!parsed.success) return undefined;
      const message = parsed.data;
      switch (message.type) {
        case 'bg:status': {
          const h = highlighter?.state;
          const status: ContentStatus = {
            detection,
            idle,
            ...(h ? { highlights: { painted: h.painted.length, failed: h.failed, supported: h.supported } } : {}),
          };
          return Promise.resolve(status);
        }
        case 'bg:extract':
          return Promise.resolve(forceExtract());
        case 'bg:paint':
          safely(() => paint(message.analysis));
          return Promise.resolve(true);
      }
    });

    function forceExtract(): ContentExtractResponse {
      try {
        const found = detection ?? detectArticle(document, location.href);
        detection = found;
        idle = null;
        return { ok: true, article: extract(found).article };
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    }

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      detection = null;
      extraction = null;
      analysis = null;
      highlighter?.clear();
      hoverCard?.hide();
      void browser.runtime.sendMessage({ type: 'content:navigated' }).catch(ignoreClosedContext);
      ctx.setTimeout(() => void run().catch(reportOnce), LOCATION_CHANGE_DELAY_MS);
    });
    ctx.onInvalidated(() => highlighter?.dispose());

    void run().catch(reportOnce);
  },
});

function safely(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    reportOnce(error);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** After an extension update the old script's context is gone: that is cleanup, not an error. */
function ignoreClosedContext(error: unknown): undefined {
  if (!/context invalidated|receiving end does not exist/i.test(describe(error))) reportOnce(error);
  return undefined;
}

let reported = false;
function reportOnce(error: unknown): void {
  if (reported) return;
  reported = true;
  console.debug('[Byline]', describe(error));
}
