/**
 * JSON-LD reading: every `<script type="application/ld+json">` block, flattened through arrays and
 * `@graph`, so callers can ask for "the article node" or "all types on the page" without caring how a
 * CMS nested them. Broken JSON is skipped, never thrown.
 */

export type JsonLdNode = Record<string, unknown>;

/** schema.org types that describe one article (CreativeWork > Article and its news/blog subtypes). */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'report',
]);

/** Types whose presence says "this page is a listing, a shop item or a tool", not an article. */
export const NON_ARTICLE_TYPES = new Set([
  'product',
  'collectionpage',
  'searchresultspage',
  'itemlist',
  'offercatalog',
  'profilepage',
  'qapage',
  'discussionforumposting',
  'softwareapplication',
  'event',
  'jobposting',
  'recipe',
  'localbusiness',
  'service',
]);

const MAX_SCRIPTS = 20;
const MAX_NODES = 200;

export interface JsonLd {
  nodes: JsonLdNode[];
  /** Lower-case short type names (`newsarticle`, not `https://schema.org/NewsArticle`). */
  types: Set<string>;
  /** The first node whose type is an article type, if any. */
  article: JsonLdNode | null;
}

/** Lower-case short names of a node's `@type` (string or array, with or without the schema.org prefix). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v !== 'string') continue;
    // The name after the last `/`, `:` or `#` (`https://schema.org/NewsArticle`, `schema:Article`).
    const short = v.slice(Math.max(v.lastIndexOf('/'), v.lastIndexOf(':'), v.lastIndexOf('#')) + 1);
    out.push(short.toLowerCase());
  }
  return out;
}

/** `scripts`: the page's JSON-LD `<script>` elements when a caller already walked the document for them. */
export function readJsonLd(
  doc: Document,
  scripts: ArrayLike<Element> = doc.querySelectorAll('script[type="application/ld+json"]'),
): JsonLd {
  const nodes: JsonLdNode[] = [];
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const raw = scripts[i]!.textContent;
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // Some CMSs emit raw newlines or trailing commas; one tolerant retry, then give up on this block.
      try {
        data = JSON.parse(raw.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
      } catch {
        continue;
      }
    }
    collect(data, nodes, 0);
  }
  const types = new Set<string>();
  let article: JsonLdNode | null = null;
  for (const n of nodes) {
    for (const t of typesOf(n)) {
      types.add(t);
      if (!article && ARTICLE_TYPES.has(t)) article = n;
    }
  }
  return { nodes, types, article };
}

function collect(data: unknown, out: JsonLdNode[], depth: number): void {
  if (out.length >= MAX_NODES || depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collect(d, out, depth + 1);
    return;
  }
  const node = data as JsonLdNode;
  if (node['@type'] !== undefined) out.push(node);
  if (node['@graph'] !== undefined) collect(node['@graph'], out, depth + 1);
  // An article is sometimes nested as the `mainEntity` of a WebPage node.
  if (node['mainEntity'] !== undefined && typeof node['mainEntity'] === 'object') collect(node['mainEntity'], out, depth + 1);
}

/** A string property, or the `name` of an object property, or the first of an array of either. */
export function textProp(node: JsonLdNode | null | undefined, key: string): string | null {
  if (!node) return null;
  const v = node[key];
  return textOf(Array.isArray(v) ? v[0] : v);
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const name = (v as JsonLdNode)['name'] ?? (v as JsonLdNode)['@value'];
    if (typeof name === 'string') return name.trim() || null;
  }
  return null;
}

/** Every author name of a node (`author` as string, object, or array of them). */
export function authorNames(node: JsonLdNode | null, nodes: JsonLdNode[]): string[] {
  if (!node) return [];
  const v = node['author'] ?? node['creator'];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: string[] = [];
  for (const a of list) {
    let name = textOf(a);
    // `{"@id": "#person-1"}` references a Person node elsewhere in the graph.
    if (!name && a && typeof a === 'object' && typeof (a as JsonLdNode)['@id'] === 'string') {
      const ref = nodes.find((n) => n['@id'] === (a as JsonLdNode)['@id']);
      name = ref ? textOf(ref) : null;
    }
    if (name) out.push(name);
  }
  return out;
}
