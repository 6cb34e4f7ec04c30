/**
 * What the toolbar button opens: the popup (a quick look) or the side panel (kept beside the page).
 * Stored apart from the settings object, read through its schema; the background applies it.
 */
import { browser } from 'wxt/browser';
import { z } from '../schema/zod';

const KEY = 'toolbarOpens';
const ToolbarOpens = z.catch(z.enum(['popup', 'panel']), 'popup');
export type ToolbarOpens = z.infer<typeof ToolbarOpens>;

export async function loadToolbarOpens(): Promise<ToolbarOpens> {
  return ToolbarOpens.parse((await browser.storage.local.get(KEY))[KEY]);
}

export async function saveToolbarOpens(value: ToolbarOpens): Promise<void> {
  await browser.storage.local.set({ [KEY]: ToolbarOpens.parse(value) });
}

/** Calls `onChange` whenever the choice is stored; returns the unsubscribe. */
export function watchToolbarOpens(onChange: (value: ToolbarOpens) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(ToolbarOpens.parse(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
