/**
 * One pass over `<meta>` tags: a lower-case name/property → values map shared by detection and
 * metadata, so neither walks the head twice.
 */

const MAX_META = 400;

export type MetaMap = Map<string, string[]>;

/** `metas`: the page's `<meta>` elements when a caller already walked the document for them. */
export function readMeta(doc: Document, metas: ArrayLike<Element> = doc.getElementsByTagName('meta')): MetaMap {
  const out: MetaMap = new Map();
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const m = metas[i]!;
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    const value = m.getAttribute('content');
    if (!key || value === null || !value.trim()) continue;
    const k = key.toLowerCase().trim();
    const list = out.get(k);
    if (list) list.push(value.trim());
    else out.set(k, [value.trim()]);
  }
  return out;
}

/** The first value of the first key present. */
export function metaFirst(meta: MetaMap, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v && v[0]) return v[0];
  }
  return null;
}
