/**
 * Watches the page for changes that move or replace article text (client-side rendering,
 * late-loading paragraphs, SPA updates) and calls back, debounced and with a bounded budget:
 * a page that rewrites itself forever gets a few re-anchors, then Byline stops watching.
 */
import { markEvent } from './timing';

/** Quiet time before reacting: most renders come in bursts. */
const DEBOUNCE_MS = 400;
/** A page that never goes quiet (a ticker, a rewrite every 100 ms) still gets a reaction this long after its first change. */
const MAX_WAIT_MS = 2000;
/** At most this many reactions per watch; then we give up politely. */
const MAX_REACTIONS = 12;
/** Reactions forced by MAX_WAIT_MS: after this many the page is never still, and following it is not worth its main thread. */
const MAX_FORCED_REACTIONS = 3;
/** Never react more often than this, whatever the page does. */
const MIN_INTERVAL_MS = 1000;

export function watchPage(signal: AbortSignal, onChange: () => Promise<void> | void): () => void {
  const root = document.body;
  if (!root || typeof MutationObserver !== 'function') return () => undefined;
  let timer = 0;
  let firstPending = 0;
  let reactions = 0;
  let forced = 0;
  let lastRun = 0;
  let running = false;
  let stopped = false;

  const react = (wasForced: boolean) => {
    timer = 0;
    if (running) return schedule();
    const wait = lastRun + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) {
      timer = window.setTimeout(() => react(wasForced), wait);
      return;
    }
    reactions++;
    if (wasForced) forced++;
    firstPending = 0;
    lastRun = Date.now();
    running = true;
    Promise.resolve()
      .then(onChange)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (reactions >= MAX_REACTIONS || forced >= MAX_FORCED_REACTIONS) {
          markEvent('watch-gave-up');
          stop();
        }
      });
  };
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    firstPending ||= now;
    if (timer) window.clearTimeout(timer);
    // Debounce, but never past MAX_WAIT_MS from the first unhandled change.
    const forcedNow = now - firstPending + DEBOUNCE_MS >= MAX_WAIT_MS;
    const delay = forcedNow ? Math.max(0, firstPending + MAX_WAIT_MS - now) : DEBOUNCE_MS;
    timer = window.setTimeout(() => react(forcedNow), delay);
  };

  const observer = new MutationObserver((records) => {
    // Our own shadow host lives outside <body>; anything here is the page's doing.
    if (records.length > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer) window.clearTimeout(timer);
    timer = 0;
  };
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
