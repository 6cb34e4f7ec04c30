/**
 * The probe: runs on every http(s) page (declared in wxt.config.ts), and is all Byline costs a page that is
 * not an article. It waits for the page to be idle and reads the page once through detection's gate
 * (lib/page/gate.ts: paragraph and link text lengths, og:type, JSON-LD, the path), and stops there on clear
 * non-articles: the verdict is the gate's. Pages past the gate (and the site rules) have their size checked, and
 * are serialised and sent to the background (`page:html`), which detects and extracts off the page's thread; on an
 * article it analyses, injects the content script (entrypoints/full) and answers with what to paint, which the
 * probe hands to it. SPA route changes and late-growing pages are looked at again here, never by loading the
 * content script; the work budget those looks go through (entrypoints/content/work-budget.ts) is not in this
 * bundle: the first time a page needs one, the background injects it (entrypoints/probe-relook).
 * No zod, no extension-API polyfill, no schema: a few kB, evaluated in well under a millisecond.
 */
// First, so it stamps the time before the other modules are evaluated.
import { SCRIPT_START } from '../content/script-start';
import { gateDetection, gateGrowth, readGate } from '../../lib/page/gate';
import { readSiteRules, siteListed } from '../../lib/schema/sites';
import { startSizeCheck } from '../content/page-size';
import { pageState } from '../content/page-state';
import { sendPage } from '../content/send-page';
import { stepSince, timed, timings, whenPageIdle, yieldToPage } from '../content/timing';
import type { ProbeStatus } from '../content/page-state';
import type { Detection } from '../../lib/schema/article';

/**
 * The few extension APIs the probe uses, under the `chrome` namespace (promise-based in MV3, Firefox's included),
 * and only on pages past the gate: a page the gate stops never has the extension's bindings set up in its world
 * (each API touched costs a page time and heap). Nothing listens for messages: the popup, the background, the
 * tests and the bench read the page's state with `scripting.executeScript` (lib/extension/page-status.ts), and
 * `status` below answers them.
 */
interface ExtensionApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
const extension = () => (globalThis as unknown as { chrome: ExtensionApi }).chrome;
const readRules = async () => readSiteRules((await extension().storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

/** Longest slice of the size check in one task (big documents are counted over several). */
const SLICE_MS = 20;
/** The first look at a page waits for the page to be idle, this long at most. */
const FIRST_LOOK_IDLE_TIMEOUT_MS = 1000;
/** Let SPA frameworks render the new route before we look at it. */
const LOCATION_CHANGE_DELAY_MS = 600;
/** Without the Navigation API (Firefox), the address is compared this often. */
const LOCATION_POLL_MS = 1000;
/**
 * Client-rendered pages fill in their article after load: a page that was not an article at
 * first is looked at again at these delays, and only if its text grew (two cheap checks, then never).
 */
const LATE_CHECK_DELAYS_MS = [1500, 4000];
/**
 * How many paragraphs and links the page must gain before a late check looks again: a story is at least four
 * paragraphs and a link or two. Counted natively, from the gate's own counts: a stopped page is not walked again
 * until the first late check (reading the page's whole text to compare its length cost about as much as the gate).
 */
const LATE_CHECK_MIN_NEW_ELEMENTS = 5;
const SETTINGS_KEY = 'settings';

// The definition defineUnlistedScript would return, written out: the helper is not bundled into every page.
export default {
  main() {
    stepSince('init', SCRIPT_START);
    const state = pageState();
    // Injected a second time, or after the content script: one probe per page.
    if (state.look || state.full) return;
    let looks = 0;
    let lateChecks: ReturnType<typeof setTimeout>[] = [];
    /** The current route was stopped by the gate (before the settings were read). */
    let gateStopped = false;
    const lookReported = (state.look = () => look().catch(ignore));
    state.status = status;

    /**
     * Route changes, late checks, DOM changes and the reader share one budget (a page cannot make Byline work
     * without bound); the relook script brings it, asked for once.
     */
    function lookAgain(delayMs: number): void {
      if (state.relook) return state.relook(delayMs);
      if (state.relookWanted === undefined) extension().runtime.sendMessage({ type: 'probe:relook' }).catch(ignore);
      state.relookWanted = delayMs;
    }

    /** One look at the current route; a newer look (route change, late check) makes an older one give up. */
    async function look(): Promise<void> {
      const mine = ++looks;
      const current = () => mine === looks;
      state.idle = 'pending';
      state.detection = null;
      gateStopped = false;
      await whenPageIdle(FIRST_LOOK_IDLE_TIMEOUT_MS);
      if (!current()) return;
      // The gate first, before anything is asked of the extension: clear non-articles stop here (a site always
      // analysed goes on: the background marks its pages, lib/extension/page-status.ts).
      const gate = timed('gate', () => readGate(document, location.href));
      if (!gate.pass && !state.alwaysOn) {
        explainLater(() => gateDetection(gate));
        state.idle = 'not-article';
        gateStopped = true;
        scheduleLateChecks(gateGrowth(gate.values));
        return;
      }
      // Past here the gate let the page through, or the background marked its site as always analysed.
      const rules = await readRules();
      // A probe whose extension was reloaded meanwhile has no extension to talk to any more.
      if (!current() || extension().runtime.id === undefined) return;
      const host = location.hostname;
      const alwaysOn = state.alwaysOn === true || siteListed(rules.alwaysOnSites, host);
      if (siteListed(rules.disabledSites, host)) return void (state.idle = 'site-disabled');
      if (!rules.autoAnalyze) return void (state.idle = 'auto-off');
      const check = startSizeCheck(document);
      let tooLarge: boolean | null;
      while ((tooLarge = timed('size', () => check.step(performance.now() + SLICE_MS))) === null) await yieldToPage();
      if (!current()) return;
      if (tooLarge) return void (state.idle = 'too-large');
      // Detection and extraction run in the background on the copy sent; an article comes back as what to paint.
      const sent = sendPage((message) => extension().runtime.sendMessage(message), alwaysOn);
      if (!sent) return void (state.idle = 'too-large');
      const reply = (await sent.catch(ignore)) as { status?: unknown; reason?: unknown; detection?: Detection } | null | undefined;
      if (!current()) return;
      if (reply?.status === 'analyzed' && state.full) {
        // The detection is for whoever reads the page's state, which parses it (ContentStatus).
        state.idle = null;
        state.detection = reply.detection ?? null;
        state.full.paint(reply);
      } else if (reply?.status === 'idle' && reply.reason === 'not-article') {
        state.idle = 'not-article';
        state.detection = reply.detection ?? null;
        scheduleLateChecks(null);
      }
    }

    /**
     * The page's state, for whoever asks through executeScript. A page the gate stopped was never checked
     * against the site rules: where Byline is off, that is the reason given, as it would have been had the
     * rules been read first.
     */
    async function status(): Promise<ProbeStatus> {
      let idle = state.idle;
      let detection = state.detection;
      if (gateStopped) {
        const rules = await readRules().catch(() => null);
        const off = rules && siteListed(rules.disabledSites, location.hostname) ? 'site-disabled' : rules && !rules.autoAnalyze ? 'auto-off' : null;
        if (off) [idle, detection] = [off, null];
      }
      return { detection, idle, timings: timings() };
    }

    /**
     * The verdict's explanation is made when someone reads it (the popup, a status poll): most stopped pages are
     * never asked. Reading the detection once replaces the getter with the value; a new look sets its own.
     */
    function explainLater(explain: () => Detection): void {
      const settle = (detection: Detection | null) =>
        Object.defineProperty(state, 'detection', { value: detection, writable: true, enumerable: true, configurable: true });
      Object.defineProperty(state, 'detection', {
        get: () => (settle(explain()), state.detection),
        set: settle,
        enumerable: true,
        configurable: true,
      });
    }

    /** Late checks from the page's size at the look (`start`: the gate's counts; null: counted now). */
    function scheduleLateChecks(start: number | null): void {
      const elements = () => document.getElementsByTagName('p').length + document.getElementsByTagName('a').length;
      const startCount = start ?? elements();
      lateChecks.forEach(clearTimeout);
      lateChecks = LATE_CHECK_DELAYS_MS.map((delay) =>
        setTimeout(() => {
          if (state.idle !== 'not-article') return;
          if (elements() - startCount >= LATE_CHECK_MIN_NEW_ELEMENTS) lookAgain(0);
        }, delay),
      );
    }

    watchRoute(() => {
      lateChecks.forEach(clearTimeout);
      looks++;
      state.full?.navigated();
      lookAgain(LOCATION_CHANGE_DELAY_MS);
    });

    // The first look needs no budget: nothing has run yet.
    void lookReported();
  },
};

/**
 * Calls back when the page's address changes without a load (history.pushState, replaceState, back/forward
 * within the page): the Navigation API where there is one, else a comparison once a second.
 */
function watchRoute(changed: () => void): void {
  let href = location.href;
  const check = () => {
    if (location.href === href) return;
    href = location.href;
    changed();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('currententrychange', check);
  else setInterval(check, LOCATION_POLL_MS);
}

/** The probe never disturbs the page: a failed look (extension reloaded meanwhile, storage gone) is just dropped. */
function ignore(): void {}
