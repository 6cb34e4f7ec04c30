/**
 * Elements named by their element-child path from `<html>`: the background extracts from a parsed copy of the
 * page and names each block's element this way; the content script finds it again in the live page.
 */

/** Element-child indices from the root element down to `el` (empty for the root itself). */
export function pathOf(el: Element): number[] {
  const out: number[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    out.push(i);
  }
  return out.reverse();
}

/** The element at `path` under `doc`'s root with the local name `tag`, or null when the live page has none there. */
export function elementAt(doc: Document, path: readonly number[], tag: string): Element | null {
  let el: Element | null = doc.documentElement;
  for (let i = 0; el && i < path.length; i++) el = el.children[path[i]!] ?? null;
  return el && el.localName === tag ? el : null;
}
