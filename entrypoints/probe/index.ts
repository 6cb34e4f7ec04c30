/**
 * The probe: runs on every http(s) page (declared in wxt.config.ts), and is all Byline costs a page that is
 * not an article. It waits for the page to be idle and reads the page once through detection's gate
 * (lib/page/gate.ts: paragraph and link text lengths, og:type, JSON-LD, the path), and stops there on clear
 * non-articles: the verdict is the gate's. Past the gate, the background injects the probe's second part
 * (entrypoints/probe-pass: the site rules, the size check, the page serialised and sent to the background, which
 * detects and extracts off the page's thread; on an article it analyses, injects the content script
 * (entrypoints/full) and answers with what to paint, which the second part hands to it). SPA route changes and
 * late-growing pages are looked at again here, never by loading the content script; the work budget those looks go
 * through (entrypoints/content/work-budget.ts) is not in this bundle either: the first time a page needs one, the
 * background injects it (entrypoints/probe-relook). Every page compiles what this bundle holds, so it holds only what
 * a page the gate stops runs.
 * No zod, no extension-API polyfill, no schema: a few kB, evaluated in well under a millisecond.
 */
// First, so it stamps the time before the other modules are evaluated.
import { SCRIPT_START } from '../content/script-start';
import { gateGrowth, readGate, type GateReading } from '../../lib/page/gate';
import { pageState } from '../content/page-state';
import { extension } from '../content/probe-api';
import { stepSince, timed, timings, whenPageIdle } from '../content/timing';
import type { ProbeStatus } from '../content/page-state';

/*
 * Nothing listens for messages: the popup, the background, the tests and the bench read the page's state with
 * `scripting.executeScript` (lib/extension/page-status.ts), and `status` below answers them.
 */

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

// The definition defineUnlistedScript would return, written out: the helper is not bundled into every page.
export default {
  main() {
    stepSince('init', SCRIPT_START);
    const state = pageState();
    // Injected a second time, or after the content script: one probe per page.
    if (state.look || state.full) return;
    let looks = 0;
    let lateChecks: ReturnType<typeof setTimeout>[] = [];
    /** The gate's reading of the current route, where it stopped it (before the settings were read). */
    let stopped: GateReading | null = null;
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

    /** The probe's second part, asked of the background the first time it is needed (its answer comes once it ran). */
    async function passScript() {
      if (!state.pass) await extension().runtime.sendMessage({ type: 'probe:pass' });
      return state.pass;
    }

    /** One look at the current route; a newer look (route change, late check) makes an older one give up. */
    async function look(): Promise<void> {
      const mine = ++looks;
      const current = () => mine === looks;
      state.idle = 'pending';
      state.detection = null;
      stopped = null;
      await whenPageIdle(FIRST_LOOK_IDLE_TIMEOUT_MS);
      if (!current()) return;
      // The gate first, before anything is asked of the extension: clear non-articles stop here (a site always
      // analysed goes on: the background marks its pages, lib/extension/page-status.ts).
      const gate = timed('gate', () => readGate(document, location.href));
      if (!gate.pass && !state.alwaysOn) {
        stopped = gate;
        state.idle = 'not-article';
        scheduleLateChecks(gateGrowth(gate.values));
        return;
      }
      // Past here the gate let the page through, or the background marked its site as always analysed.
      const pass = await passScript();
      if (pass && current()) await pass.look(current, () => scheduleLateChecks(null));
    }

    /**
     * The page's state, for whoever asks through executeScript. A page the gate stopped was never checked
     * against the site rules, nor its verdict explained: the second part does both when someone asks (most
     * stopped pages are never asked).
     */
    async function status(): Promise<ProbeStatus> {
      const gate = stopped;
      const pass = gate && (await passScript().catch(ignore));
      const told = gate && pass && gate === stopped ? await pass.stopped(gate) : { idle: state.idle, detection: state.detection };
      return { ...told, timings: timings() };
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
