/** The `storage.session` key of a tab's result (no imports: the popup's first paint reads it without the schemas). */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
