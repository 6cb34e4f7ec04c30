/**
 * The page, serialised natively and sent to the background in one message (`page:html`), where detection and
 * extraction run off the page's thread (README, "Two stages"). Shared by the probe (its first look at a route) and
 * the content script (the page changed under its highlights); each passes its own way to send.
 */
import { leanHtml } from '../../lib/page/lean-html';
import { MAX_PAGE_HTML_CHARS } from '../../lib/schema/page-html';
import { timed } from './timing';

/** The background's answer (to be parsed), or null when the page is beyond what a page may send. */
export function sendPage(send: (message: unknown) => Promise<unknown>, force: boolean): Promise<unknown> | null {
  // Script, style and comment contents left out (lib/page never reads them): often half the bytes, each ~1 ms per
  // 100 kB to send.
  const html = timed('serialise', () => leanHtml(document.documentElement.outerHTML));
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  // The browser copies the message in this call (Chrome serialises it synchronously): that is the page's cost.
  return timed('send', () => send({ type: 'page:html', url: location.href, html, force }));
}
