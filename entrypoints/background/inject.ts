/**
 * The content script is not declared for every page: the probe (entrypoints/probe) runs there, and the
 * background injects the content script into a tab's top frame when the probe finds a candidate, or when the
 * reader asks for an analysis. It runs in the probe's isolated world, so the two share their page state.
 */
import { browser } from 'wxt/browser';

/** Where WXT writes the `content` entrypoint (registration: 'runtime'). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** True when the script was injected (false: a page the extension may not script, or the tab is gone). */
export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}
