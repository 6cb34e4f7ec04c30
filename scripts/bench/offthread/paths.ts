/**
 * Block elements as element-child paths from `<html>` (prototype, scripts/bench/offthread-prototype.ts): how the
 * background would name the elements of a document it parsed, and how the page finds them again.
 */

/** Element-child indices from the root element down to `el`. */
export function pathOf(el: Element): number[] {
  const out: number[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    out.push(i);
  }
  return out.reverse();
}

/** The element at `path` in `doc`, or null when the live page has no such element. */
export function elementAt(doc: Document, path: number[]): Element | null {
  let el: Element | null = doc.documentElement;
  for (const i of path) {
    el = el?.children[i] ?? null;
    if (!el) return null;
  }
  return el;
}
