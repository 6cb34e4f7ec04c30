/**
 * Runs on every http(s) page. Cheap check first: most pages are not articles, and on those
 * Byline does nothing more. On articles it extracts the text and hands it to the background,
 * where language detection and analysis run (so the page never pays for them).
 */
import { browser } from 'wxt/browser';
import { detectArticle, extractArticle } from '../../lib/page';
import { isSiteDisabled, ToContentMessage } from '../../lib/schema';
import type { ArticleText, ContentExtractResponse, ContentStatus, Detection, IdleReason } from '../../lib/schema';
import { loadSettings } from '../../lib/extension/settings-store';

/** Let SPA frameworks render the new route before we look at it. */
const LOCATION_CHANGE_DELAY_MS = 600;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let detection: Detection | null = null;
    let idle: IdleReason | null = 'pending';

    const extract = (det: Detection): ArticleText => extractArticle(document, location.href, det).article;

    const send = (article: ArticleText) =>
      browser.runtime.sendMessage({ type: 'content:article', article }).catch(ignoreClosedContext);

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
      await send(extract(found));
    }

    browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
      // Only Byline's own background talks to this script; anything else is ignored.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const parsed = ToContentMessage.safeParse(raw);
      if (!parsed.success) return undefined;
      if (parsed.data.type === 'bg:status') {
        const status: ContentStatus = { detection, idle };
        return Promise.resolve(status);
      }
      return Promise.resolve(forceExtract());
    });

    function forceExtract(): ContentExtractResponse {
      try {
        const found = detection ?? detectArticle(document, location.href);
        detection = found;
        idle = null;
        return { ok: true, article: extract(found) };
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    }

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      detection = null;
      void browser.runtime.sendMessage({ type: 'content:navigated' }).catch(ignoreClosedContext);
      ctx.setTimeout(() => void run().catch(reportOnce), LOCATION_CHANGE_DELAY_MS);
    });

    void run().catch(reportOnce);
  },
});

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** After an extension update the old script's context is gone: that is cleanup, not an error. */
function ignoreClosedContext(error: unknown): void {
  if (/context invalidated|receiving end does not exist/i.test(describe(error))) return;
  reportOnce(error);
}

let reported = false;
function reportOnce(error: unknown): void {
  if (reported) return;
  reported = true;
  console.debug('[Byline]', describe(error));
}
