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
  return elementsAt(doc, [path], [tag])[0]!;
}

/**
 * `elementAt` for each path (null: none), walking down only from where a path leaves the one before: an article's
 * blocks are siblings and cousins, so most of each walk from `<html>` is the previous block's.
 */
export function elementsAt(doc: Document, paths: readonly (readonly number[] | null)[], tags: readonly string[]): (Element | null)[] {
  /** chain[d]: the element `d` steps down the last path walked, for d ≤ `reached` (chain[0]: the root). */
  const chain: Element[] = [];
  let last: readonly number[] = [];
  let reached = 0;
  if (doc.documentElement) chain.push(doc.documentElement);
  else return paths.map(() => null);
  return paths.map((path, i) => {
    if (!path) return null;
    let d = 0;
    while (d < reached && d < path.length && path[d] === last[d]) d++;
    let el: Element | null = chain[d]!;
    while (d < path.length) {
      el = el.children[path[d]!] ?? null;
      if (!el) break;
      chain[++d] = el;
    }
    last = path;
    reached = d;
    return el && el.localName === tags[i] ? el : null;
  });
}
