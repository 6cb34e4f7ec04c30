/**
 * Imported first by the probe and by the content script (each bundles its own copy), so this is when that
 * script's own code began running: the time from here to its main function is what evaluating its modules
 * costs (`init`: the probe, on every page; `load`: the content script, on candidates).
 */
export const SCRIPT_START = performance.now();
