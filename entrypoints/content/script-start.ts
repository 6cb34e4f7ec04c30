/**
 * Imported first by the content script, so this is when its own code began running: the time from here
 * to `main` is what evaluating its modules costs (schemas, the browser API wrapper), on every page.
 */
export const SCRIPT_START = performance.now();
