/**
 * The content script is not declared for every page: the probe (entrypoints/probe) runs there, and the
 * background injects the content script into a tab's top frame when the probe finds a candidate, or when the
 * reader asks for an analysis; and the probe's relook script (its work budget) the first time the probe needs
 * to look again. Both run in the probe's isolated world, so they share its page state.
 */
import { browser } from 'wxt/browser';

/** Where WXT writes the content script (entrypoints/full, an unlisted script). */
const CONTENT_SCRIPT_FILE = '/full.js';
/** Where WXT writes the `probe-relook` unlisted script. */
const RELOOK_SCRIPT_FILE = '/probe-relook.js';

/** Where WXT writes the `probe` unlisted script. */
const PROBE_FILE = '/probe.js';

/** True when the script was injected (false: a page the extension may not script, or the tab is gone). */
export function injectContentScript(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [CONTENT_SCRIPT_FILE]);
}

/**
 * The reader asked for an analysis: the tab may have no probe (opened before Byline was installed), whose
 * detection the content script finishes. Injected after the content script, a probe only lends it that.
 */
export function injectContentScriptWithProbe(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [CONTENT_SCRIPT_FILE, PROBE_FILE]);
}

export function injectRelookScript(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [RELOOK_SCRIPT_FILE]);
}

async function injectFiles(tabId: number, files: (typeof CONTENT_SCRIPT_FILE | typeof RELOOK_SCRIPT_FILE | typeof PROBE_FILE)[]): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
    return true;
  } catch {
    return false;
  }
}
