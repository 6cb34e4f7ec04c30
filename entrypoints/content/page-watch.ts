/**
 * Watches the page for changes that move or replace article text (client-side rendering,
 * late-loading paragraphs, SPA updates) and calls back, debounced and with a bounded budget:
 * a page that rewrites itself forever gets a few re-anchors, then Byline stops watching.
 */

/** Quiet time before reacting: most renders come in bursts. */
const DEBOUNCE_MS = 400;
/** At most this many reactions per watch; then we give up politely. */
const MAX_REACTIONS = 12;
/** Never react more often than this, whatever the page does. */
const MIN_INTERVAL_MS = 1000;

export function watchPage(signal: AbortSignal, onChange: () => Promise<void> | void): () => void {
  const root = document.body;
  if (!root || typeof MutationObserver !== 'function') return () => undefined;
  let timer = 0;
  let reactions = 0;
  let lastRun = 0;
  let running = false;

  const react = () => {
    timer = 0;
    if (running) return schedule();
    const wait = lastRun + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) {
      timer = window.setTimeout(react, wait);
      return;
    }
    reactions++;
    lastRun = Date.now();
    running = true;
    Promise.resolve()
      .then(onChange)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (reactions >= MAX_REACTIONS) stop();
      });
  };
  const schedule = () => {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(react, DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    // Our own shadow host lives outside <body>; anything here is the page's doing.
    if (records.length > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  const stop = () => {
    observer.disconnect();
    if (timer) window.clearTimeout(timer);
    timer = 0;
  };
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
