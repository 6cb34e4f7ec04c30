/**
 * The content script, on pages the background found to be articles in the copy the every-page probe
 * (entrypoints/probe) sent: the background injects it (`/full.js`, an unlisted script) into the page's top frame,
 * into the probe's isolated world (see README, "Two stages"); its helpers live in entrypoints/content. Detection,
 * extraction and analysis all ran in the background; this script gets what to paint (the highlights, and each
 * block's element as an element-child path), finds the blocks in the live page, paints the highlights without
 * touching the page's DOM, and keeps them right as the page changes (sending the page again). Route changes and
 * late checks are the probe's: it hands each new article route's answer to this script.
 */
// First, so it stamps the time before the other modules are evaluated.
import { SCRIPT_START } from '../content/script-start';
import { browser } from 'wxt/browser';
import { Analysis, PaintReply, siteListed, ToContentMessage } from '../../lib/schema';
import type { ContentStatus, HighlightSettings, RevealTarget } from '../../lib/schema';
import type { HighlightItem } from '../../lib/highlight/items';
import type { StyleInserter } from '../../lib/highlight/paint';
import { elementsAt } from '../../lib/page/paths';
import { fromWire, type Decoded } from '../../lib/highlight/paint-wire';
import { isExtensionPage } from '../../lib/extension/senders';
import { Highlighter, type Located } from '../content/highlighter';
import type { HoverCard } from '../content/hover-card';
import { watchPage } from '../content/page-watch';
import { markEvent, stepSince, timed, timings } from '../content/timing';
import { pageTooLarge } from '../content/page-size';
import { followSettings } from '../content/live-settings';
import { pageState } from '../content/page-state';
import { sendPage } from '../content/send-page';
import { WorkBudget } from '../content/work-budget';

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
    /** How the reader wants highlights painted (given with what to paint, then followed as it changes). */
    let settings: { highlights: HighlightSettings } | null = null;
    /** The painted article's blocks and their elements in the live page. */
    let extraction: (Located & { url: string }) | null = null;
    /** What is painted: the analysis' highlights. */
    let analysis: Painted | null = null;
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

    /** `whole`: the analysis the hover card describes, or how to ask for it (unchanged when a repaint only moves the same analysis). */
    const paint = (result: Painted, whole?: Details) => {
      if (!extraction || result.url !== extraction.url || !settings) return;
      analysis = result;
      if (whole) ({ analysis: details, ask: askDetails } = whole);
      // A reader who has pointed at the page will point again: the new analysis' details are fetched now.
      if (hoverCard) void askDetails?.();
      highlighter ??= new Highlighter(styleInserter);
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

    /**
     * The page changed under the highlights: it is sent again, and the background answers with the blocks' new
     * places (and a new analysis only when the article text itself changed: it compares the text).
     */
    const onPageChanged = async () => {
      if (!extraction) return;
      if (await pageTooLarge(document)) {
        // The page grew past any article (endless feed): keep what is painted, follow it no further.
        markEvent('too-large');
        stopWatching?.();
        return;
      }
      if (!extraction) return; // The route changed meanwhile: the new route's run takes over.
      await sendAndPaint(true);
    };

    /** Sends the page as it is now and paints the answer, unless the route changed while the background worked. */
    async function sendAndPaint(force: boolean): Promise<void> {
      const href = location.href;
      const reply = await sendPage((message) => browser.runtime.sendMessage(message), force)?.catch(ignoreClosedContext);
      if (location.href === href) paintFrom(reply);
    }

    /** The background's answer to the page sent (its `paint` a `PaintReply`; anything else paints nothing). */
    function paintFrom(raw: unknown): void {
      // Reading the answer is the page's cost too: one text, checked by one regex, holding only what painting needs.
      const answer = timed('receive', () => {
        const parsed = PaintReply.safeParse(typeof raw === 'object' && raw !== null ? (raw as { paint?: unknown }).paint : undefined);
        return parsed.success ? fromWire(parsed.data) : null;
      });
      if (answer) paintAnswer(answer);
    }

    /** `whole`: the analysis behind the highlights, when it came with them (else the hover card asks for it). */
    function paintAnswer(answer: Decoded, whole?: Details): void {
      const { paths, tags, url } = answer;
      // A block whose element is not where the copy had it (or not the same element) is not highlighted.
      const blockElements = timed('resolve', () => elementsAt(document, paths, tags));
      extraction = { url, blocks: answer.starts.map((start) => ({ start })), blockElements };
      settings = { highlights: answer.highlights };
      page.idle = null;
      sent = true;
      paint({ url, items: answer.items }, whole ?? detailsOf(url));
    }

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
        case 'bg:paint':
          safely(() => {
            const answer = fromWire(message.reply);
            if (answer) paintAnswer(answer, { analysis: message.analysis, ask: null });
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
    followSettings(ctx.signal, (next, change) => {
      settings = next;
      if (change === 'site-off') (page.idle = 'site-disabled'), forgetPage();
      // The probe looks again (it sends the page; a site now always analysed is sent whatever the gate says).
      else if (change === 'site-on' && page.idle !== null) {
        if (siteListed(next.alwaysOnSites, location.hostname)) page.alwaysOn = true;
        budget.request(() => page.look?.() ?? Promise.resolve(), 0);
      }
      else if (change === 'highlights' && analysis) paint(analysis);
    });
    // The probe saw the address change (it watches routes, the page cannot fake that) and looks at the new
    // route through the same budget; a candidate comes back here as analyse(), already charged to it.
    page.full = { paint: (reply) => safely(() => paintFrom(reply)), navigated: () => safely(forgetPage), alive: ctx.alive, stop: ctx.stop };
    ctx.signal.addEventListener('abort', () => {
      page.full = null;
      highlighter?.dispose();
    });
  },
};

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

/** An analysis as painting needs it: the page it is for, and its highlights. */
interface Painted {
  url: string;
  items: HighlightItem[];
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

/** Where the highlight rules go when this world cannot adopt a sheet into the page (Firefox): the background inserts them. */
const styleInserter: StyleInserter = {
  insert: (css, previous) => void browser.runtime.sendMessage({ type: 'content:styles', add: css, remove: previous }).catch(ignoreClosedContext),
  remove: (css) => void browser.runtime.sendMessage({ type: 'content:styles', add: null, remove: css }).catch(ignoreClosedContext),
};

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
