/**
 * The content script, on pages the every-page probe (entrypoints/probe) found to be candidates: the background
 * injects it (`/full.js`, an unlisted script) into the page's top frame, into the probe's isolated world (see
 * README, "Two stages"); its helpers live in entrypoints/content. It finishes
 * detection, extracts the text and hands it to the background, where language detection and analysis run (so
 * the page never pays for them), then paints the result as highlights without touching the page's DOM, and
 * keeps them right as the page changes. Route changes and late checks are the probe's: it hands each new
 * candidate route to this script.
 */
// First, so it stamps the time before the other modules are evaluated.
import { SCRIPT_START } from '../content/script-start';
import { browser } from 'wxt/browser';
import { startExtraction, type Extraction } from '../../lib/page';
import { finishDetection } from '../../lib/page/detect';
import { Analysis, isSiteDisabled, PaintReply, siteListed, ToContentMessage } from '../../lib/schema';
import type { ContentExtractResponse, ContentStatus, Detection, PageSettings, Paint, RevealTarget } from '../../lib/schema';
import { highlightItems } from '../../lib/highlight/items';
import { loadPageSettings } from '../../lib/extension/settings-store';
import { isExtensionPage } from '../../lib/extension/senders';
import { Highlighter } from '../content/highlighter';
import type { HoverCard } from '../content/hover-card';
import { watchPage } from '../content/page-watch';
import { markEvent, stepSince, timed, timings, yieldToPage } from '../content/timing';
import { startSizeCheck } from '../content/page-size';
import { followSettings } from '../content/live-settings';
import { pageState } from '../content/page-state';
import { WorkBudget } from '../content/work-budget';
import { fitArticle } from '../../lib/schema/limits';

/**
 * Longest stretch of sliced work (size check, extraction) in one task: real articles finish in one
 * slice, hostile pages (thousands of nested elements, huge bodies on request) are spread over several,
 * well under the 50 ms that makes a long task.
 */
const SLICE_MS = 20;
/** When a reveal needs no scroll there is no `scrollend`: show the card after this. */
const REVEAL_CARD_FALLBACK_MS = 900;

/**
 * An unlisted script, not a WXT content script: injected by the background (scripting.executeScript) on the
 * probe's candidates, never declared for any page, it needs none of what WXT's content-script context adds
 * (2.8 kB: a location watcher, and a page-visible document event announcing each start so an older copy
 * stops, which a page can fire too). A copy replaced by a newer one is stopped through the page state instead.
 * The plain definition (what defineUnlistedScript returns) keeps the helper out of the bundle.
 */
export default {
  main() {
    const page = pageState();
    // Injected again ("Analyse anyway" injects to be sure it runs): the copy already running answers, unless
    // its extension is gone (updated or reloaded): then it is stopped and this copy takes over.
    if (page.full?.alive()) return;
    page.full?.stop();
    stepSince('load', SCRIPT_START);
    const ctx = lifetime();
    let settings: PageSettings | null = null;
    let extraction: Extraction | null = null;
    /** What is painted: the analysis' highlights (Paint). */
    let analysis: Paint | null = null;
    /** The whole analysis behind it, for the hover card: null until asked of the background (see detailsOf). */
    let details: Analysis | null = null;
    /** Asks the background for `details`, once; null when they are here already or nothing is painted. */
    let askDetails: (() => Promise<void>) | null = null;
    let highlighter: Highlighter | null = null;
    let hoverCard: HoverCard | null = null;
    /** The hover card's script, asked for once (entrypoints/hover-card): resolves to the card, or null if it could not load. */
    let cardLoad: Promise<HoverCard | null> | null = null;
    let pointerWatched = false;
    let stopWatching: (() => void) | null = null;
    /** Every trigger (route, DOM, late check, the reader) shares it: the page cannot make Byline work without bound. */
    const budget = (page.budget ??= new WorkBudget());
    /** An article was sent for this route: a route change must tell the background its result is stale. */
    let sent = false;

    /** The size check, in slices like extraction (only big documents need more than one). */
    const pageTooLarge = (): Promise<boolean> => {
      const check = startSizeCheck(document);
      return inSlices('size', (deadline) => check.step(deadline));
    };

    /** Extraction in slices of at most SLICE_MS each, the page running between them. */
    const extract = async (det: Detection): Promise<Extraction> => {
      const href = location.href;
      const extractor = startExtraction(document, href, det, page.head);
      const raw = await inSlices('extract', (deadline) => extractor.step(deadline));
      // Oversized fields (a 10,000-character <h1>, a 9,000-character URL) are cut, never a reason to refuse the page.
      const result = { ...raw, article: fitArticle(raw.article) };
      // A route change between slices leaves this result to nobody (the new route runs its own).
      return location.href === href ? (extraction = result) : result;
    };
    /** Whole detection: the probe's first stage (see PageState.firstStage), finished here (as detectArticle does). */
    const detect = (): Detection => timed('detect', () => finishDetection(page.firstStage!(document, location.href)));

    /** `whole`: the analysis the hover card describes, or how to ask for it (unchanged when a repaint only moves the same analysis). */
    const paint = (result: Paint, whole?: Details) => {
      if (!extraction || result.url !== extraction.article.url || !settings) return;
      analysis = result;
      if (whole) ({ analysis: details, ask: askDetails } = whole);
      // A reader who has pointed at the page will point again: the new analysis' details are fetched now.
      if (hoverCard) void askDetails?.();
      highlighter ??= new Highlighter();
      highlighter.paint(result.items, extraction, settings.highlights);
      // The card loads when the reader first points at the page (it then shows the card under the pointer at once).
      if (!pointerWatched) {
        pointerWatched = true;
        // Moves while the card's script loads are remembered: the card opens where the pointer is then, not where it began.
        let last: MouseEvent | null = null;
        const track = (e: MouseEvent) => {
          last = e;
          if (cardLoad) return;
          void cardWithDetails().then((card) => {
            document.removeEventListener('mousemove', track);
            if (card && last) card.pointAt(last.clientX, last.clientY);
          });
        };
        document.addEventListener('mousemove', track, { passive: true, signal: ctx.signal });
      }
      // One watcher per page (per route): a repaint must not hand a self-rewriting page a fresh budget.
      stopWatching ??= watchPage(ctx.signal, () => budget.whenAllowed(onPageChanged));
    };

    /** The page changed under the highlights: re-anchor, or re-analyse when the article text itself changed. */
    const onPageChanged = async () => {
      if (!extraction || !page.detection) return;
      if (await pageTooLarge()) {
        // The page grew past any article (endless feed): keep what is painted, follow it no further.
        markEvent('too-large');
        stopWatching?.();
        return;
      }
      const before = extraction.article.text;
      const found = detect();
      await yieldToPage();
      if (!extraction) return; // The route changed meanwhile: the new route's run takes over.
      const next = await extract(found);
      if (next.article.text === before && analysis) {
        paint({ ...analysis, url: next.article.url });
        return;
      }
      if (next.article.text.length > 0) await analyseAndPaint(next);
    };

    /** The hover card, its script injected by the background the first time it is needed. */
    function loadCard(): Promise<HoverCard | null> {
      return (cardLoad ??= browser.runtime.sendMessage({ type: 'content:hover-card' }).then(
        () => {
          const make = page.hoverCard;
          return ctx.alive() && make ? (hoverCard = make(() => highlighter?.state.painted ?? [], () => details, ctx.signal)) : null;
        },
        (error: unknown) => ignoreClosedContext(error) ?? null,
      ));
    }

    /** The card, once the analysis it describes is here too (or could not be had: the card then shows nothing). */
    const cardWithDetails = (): Promise<HoverCard | null> => Promise.all([loadCard(), askDetails?.()]).then(([card]) => card);

    /**
     * The details of the analysis the background painted from `url`, asked for the first time the card needs them:
     * a reader who never points never receives them. A missing or malformed answer leaves them null.
     */
    const detailsOf = (url: string): Details => {
      const ask: () => Promise<void> = once(() =>
        browser.runtime.sendMessage({ type: 'content:details', url }).then((reply: unknown) => {
          const whole = timed('receive-details', () => Analysis.safeParse(reply));
          // Only for the analysis still painted (another may have replaced it while the answer travelled).
          if (whole.success && whole.data.article.url === url && askDetails === ask) details = whole.data;
        }).catch(ignoreClosedContext),
      );
      return { analysis: null, ask };
    };

    async function analyseAndPaint(current: Extraction): Promise<void> {
      sent = true;
      const reply = await browser.runtime.sendMessage({ type: 'content:article', article: current.article }).catch(ignoreClosedContext);
      // Reading the answer is the page's cost too: it holds only the highlights; the hover card asks for the rest.
      const state = timed('receive', () => PaintReply.safeParse(reply));
      if (state.success) paint(state.data.paint, detailsOf(state.data.paint.url));
    }

    /** The detection of the current route: the probe's, finished here when its first stage left it open. */
    const routeDetection = (): Detection => {
      const [first, pending] = [page.detection, page.pending];
      if (!first) return detect();
      return pending ? timed('detect', () => finishDetection({ detection: first, pending })) : first;
    };

    /** A candidate route the probe handed over: it has checked the size and run detection's first stage. */
    async function run(): Promise<void> {
      const href = location.href;
      page.idle = 'pending';
      // The schema has the last word on the settings (the probe read only the site rules, without it).
      settings = await loadPageSettings((read) => timed('settings', read));
      const host = location.hostname;
      if (isSiteDisabled(settings, host)) return void (page.idle = 'site-disabled');
      if (!settings.autoAnalyze) return void (page.idle = 'auto-off');
      const found = routeDetection();
      if (location.href !== href) return;
      page.detection = found;
      page.pending = null;
      if (!found.isArticle && !siteListed(settings.alwaysOnSites, host)) return void (page.idle = 'not-article');
      page.idle = null;
      // Detection and extraction each fit in a frame on real articles; back to back they might not.
      await yieldToPage();
      await analyseAndPaint(await extract(found));
    }

    const runReported = () => run().catch(reportOnce);

    // Answered with sendResponse (true: the answer comes later), which the browser's own API supports in Chrome
    // and Firefox alike: this script runs without the API polyfill (wxt.config.ts).
    browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (answer: unknown) => void): true | undefined => {
      // Only Byline's own background and pages (the popup, also when opened in a tab) talk to this script;
      // other extensions, and Byline's content scripts in other tabs (their sender is a web page), are ignored.
      if (sender.id !== browser.runtime.id || (sender.tab && !isExtensionPage(sender))) return undefined;
      const parsed = ToContentMessage.safeParse(raw);
      if (!parsed.success) return undefined;
      answer(parsed.data).then(sendResponse, () => sendResponse(undefined));
      return true;
    });

    function answer(message: ToContentMessage): Promise<unknown> {
      switch (message.type) {
        case 'bg:status':
          return Promise.resolve(status());
        case 'bg:extract':
          return forceExtract();
        case 'bg:paint':
          safely(() => {
            const whole = message.analysis;
            paint({ url: whole.article.url, items: highlightItems(whole) }, { analysis: whole, ask: null });
          });
          return Promise.resolve(true);
        case 'bg:reveal':
          return Promise.resolve(attempt(() => reveal(message.target), false));
        case 'bg:toggle-highlights':
          safely(() => highlighter?.toggle());
          return Promise.resolve(highlighter?.state.visible ?? false);
      }
    }

    /** From the popup (by keyboard too): scroll to the passage and open its card beside it. */
    function reveal(target: RevealTarget): boolean {
      const found = highlighter?.reveal(target);
      if (!found) return false;
      // Place the card once the scroll has settled (scrolling hides cards), or soon if nothing scrolled.
      const card = cardWithDetails();
      let shown = false;
      const show = () => {
        if (shown) return;
        shown = true;
        void card.then((c) => c?.reveal(found));
      };
      window.addEventListener('scrollend', show, { once: true, signal: ctx.signal });
      setTimeout(() => ctx.alive() && show(), REVEAL_CARD_FALLBACK_MS);
      return true;
    }

    function status(): ContentStatus {
      const h = highlighter?.state;
      return {
        detection: page.detection,
        idle: page.idle,
        timings: timings(),
        ...(h && highlighter
          ? {
              highlights: {
                painted: h.painted.length,
                failed: h.failed,
                supported: h.supported,
                visible: h.visible,
                byKind: highlighter.byKind(),
                names: highlighter.names(),
              },
            }
          : {}),
        ...(hoverCard ? { card: hoverCard.snapshot() } : {}),
      };
    }

    async function forceExtract(): Promise<ContentExtractResponse> {
      try {
        return await budget.forReader(async () => {
          settings ??= await loadPageSettings();
          const found = page.detection && !page.pending ? page.detection : detect();
          page.detection = found;
          page.pending = null;
          page.idle = null;
          sent = true;
          return { ok: true as const, article: (await extract(found)).article };
        });
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    }

    /** What was found and painted is gone (a new route, or the site switched off): the background forgets it too. */
    const forgetPage = () => {
      extraction = null;
      analysis = null;
      details = null;
      askDetails = null;
      stopWatching?.();
      stopWatching = null;
      highlighter?.clear();
      hoverCard?.hide();
      // Only a result the background holds can be stale: a page flipping its URL costs no message after the first.
      if (sent) void browser.runtime.sendMessage({ type: 'content:navigated' }).catch(ignoreClosedContext);
      sent = false;
    };
    // Settings apply at once: the site switched off or on, highlight kinds and colours repainted.
    followSettings(ctx.signal, () => settings, (next, change) => {
      settings = next;
      if (change === 'site-off') (page.idle = 'site-disabled'), forgetPage();
      else if (change === 'site-on' && page.idle !== null) budget.request(runReported, 0);
      else if (change === 'highlights' && analysis) paint(analysis);
    });
    // The probe saw the address change (it watches routes, the page cannot fake that) and looks at the new
    // route through the same budget; a candidate comes back here as analyse(), already charged to it.
    page.full = { analyse: () => void runReported(), navigated: () => safely(forgetPage), alive: ctx.alive, stop: ctx.stop };
    ctx.signal.addEventListener('abort', () => {
      page.full = null;
      highlighter?.dispose();
    });

    // Injected for a candidate the probe found (not only to extract on request): analyse it.
    if (page.idle === 'pending') void runReported();
  },
};

/**
 * Runs `work` (which stops at its deadline with null, or returns its result) one timed slice per task,
 * letting the page run between slices.
 */
async function inSlices<T>(step: string, work: (deadline: number) => T | null): Promise<T> {
  for (;;) {
    const result = timed(step, () => work(performance.now() + SLICE_MS));
    if (result !== null) return result;
    await yieldToPage();
  }
}

/**
 * This copy's lifetime: its signal stops its listeners, observers and card. It ends when a newer copy takes
 * over (stop), or when its extension is gone (updated, reloaded, removed: `runtime.id` is then undefined),
 * which `alive` notices.
 */
function lifetime(): { signal: AbortSignal; alive: () => boolean; stop: () => void } {
  const controller = new AbortController();
  const runtime = browser.runtime;
  const stop = () => controller.abort();
  const alive = () => {
    if (runtime?.id === undefined) stop();
    return !controller.signal.aborted;
  };
  return { signal: controller.signal, alive, stop };
}

/** The analysis the hover card describes: here, or to be asked for (once). */
interface Details {
  analysis: Analysis | null;
  ask: (() => Promise<void>) | null;
}

/** `fn`, run the first time it is called; its result kept. */
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) (value = fn()), (done = true);
    return value;
  };
}

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    reportOnce(error);
    return fallback;
  }
}

function safely(fn: () => void): void {
  attempt(fn, undefined);
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
