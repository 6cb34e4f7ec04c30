/**
 * The content script is not declared for every page: the probe (entrypoints/probe) runs there, and the
 * background injects the content script into a tab's top frame when the page the probe sent is an article, or
 * when the reader asks for an analysis; the probe's relook script (its work budget) the first time the probe needs
 * to look again; its second part (entrypoints/probe-pass) when a page is past its gate; the hover card when the content script first needs it. All run in the probe's isolated world, so
 * they share its page state.
 */
import { browser } from 'wxt/browser';

/** Where WXT writes the content script (entrypoints/full, an unlisted script). */
const CONTENT_SCRIPT_FILE = '/full.js';
/** Where WXT writes the `probe-relook` unlisted script. */
const RELOOK_SCRIPT_FILE = '/probe-relook.js';
/** Where WXT writes the `probe-pass` unlisted script (the probe past its gate). */
const PASS_SCRIPT_FILE = '/probe-pass.js';

/** Where WXT writes the hover card (entrypoints/hover-card), loaded by the content script when the reader first needs it. */
const HOVER_CARD_FILE = '/hover-card.js';

/** True when the script was injected (false: a page the extension may not script, or the tab is gone). */
export function injectContentScript(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [CONTENT_SCRIPT_FILE]);
}

export function injectRelookScript(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [RELOOK_SCRIPT_FILE]);
}

export function injectPassScript(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [PASS_SCRIPT_FILE]);
}

export function injectHoverCard(tabId: number): Promise<boolean> {
  return injectFiles(tabId, [HOVER_CARD_FILE]);
}

async function injectFiles(tabId: number, files: (typeof CONTENT_SCRIPT_FILE | typeof RELOOK_SCRIPT_FILE | typeof PASS_SCRIPT_FILE | typeof HOVER_CARD_FILE)[]): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
    return true;
  } catch {
    return false;
  }
}
