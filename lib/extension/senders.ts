/** Who sent a runtime message. */
import { browser } from 'wxt/browser';

/** One of Byline's own pages (popup, options), on the extension's origin, wherever it is open. */
export function isExtensionPage(sender: { url?: string }): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
