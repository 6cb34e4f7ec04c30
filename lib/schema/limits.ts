/**
 * Bounds on what a page (or a file) can put in front of Byline, applied by cutting, never by rejecting:
 * an oversized title or URL is shortened at the schema's boundary with a note, and the analysis runs.
 * Also the per-entry checks for stored lists (one bad entry is dropped, the rest kept).
 * Plain functions, so they read the same whatever flavour of zod the schemas are built with.
 */
import type { ArticleText } from './article';
import { HistoryRecord } from './history';
import { SitePattern } from './settings';

/** The boundaries of `ArticleText` (lib/schema/article.ts); tests/unit/schema/limits.test.ts holds them equal. */
export const ARTICLE_LIMITS = {
  url: 8192,
  title: 2000,
  byline: 1000,
  published: 40,
  modified: 40,
  publisher: 500,
  langHint: 35,
  text: 1_000_000,
  blocks: 100_000,
} as const;

export type CutField = keyof typeof ARTICLE_LIMITS;

/** `s` cut to `max` UTF-16 units, never leaving half a surrogate pair behind. */
export function cutString(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * The article with every field inside the schema's bounds. Blocks past the limit are dropped and the
 * text ends with the last kept block, so every offset still points into the text. `cut` lists the fields
 * that were shortened (the analysis turns them into notes).
 */
export function fitArticle(article: ArticleText): ArticleText {
  const cut = new Set<string>(article.cut ?? []);
  const fit = <T extends string | null>(field: CutField, value: T): T => {
    if (value === null || value.length <= ARTICLE_LIMITS[field]) return value;
    cut.add(field);
    return cutString(value, ARTICLE_LIMITS[field]) as T;
  };
  let blocks = article.blocks;
  let text = article.text;
  if (blocks.length > ARTICLE_LIMITS.blocks) {
    blocks = blocks.slice(0, ARTICLE_LIMITS.blocks);
    text = text.slice(0, blocks[blocks.length - 1]!.end);
    cut.add('blocks');
  }
  if (text.length > ARTICLE_LIMITS.text) {
    text = cutString(text, ARTICLE_LIMITS.text);
    blocks = blocks.filter((b) => b.start < text.length).map((b) => (b.end > text.length ? { ...b, end: text.length } : b));
    cut.add('text');
  }
  const fitted: ArticleText = {
    ...article,
    url: fit('url', article.url),
    title: fit('title', article.title),
    byline: fit('byline', article.byline),
    published: fit('published', article.published),
    modified: fit('modified', article.modified),
    publisher: fit('publisher', article.publisher),
    langHint: fit('langHint', article.langHint),
    text,
    blocks,
    truncated: article.truncated || cut.has('text') || cut.has('blocks'),
  };
  if (cut.size > 0) fitted.cut = [...cut];
  return fitted;
}

const FIELD_NAMES: Record<CutField, string> = {
  url: 'address', title: 'title', byline: 'byline', published: 'publication date', modified: 'update date',
  publisher: 'site name', langHint: 'language tag', text: 'text', blocks: 'list of paragraphs',
};

/** One honest note per field that was cut, for `Analysis.notes`. */
export function cutNotes(article: Pick<ArticleText, 'cut'>): string[] {
  return (article.cut ?? []).map((field) => {
    const name = FIELD_NAMES[field as CutField] ?? field;
    const max = ARTICLE_LIMITS[field as CutField];
    return max ? `The page's ${name} was cut to ${max.toLocaleString('en')} ${field === 'blocks' ? 'paragraphs' : 'characters'}.` : `The page's ${name} was cut.`;
  });
}

/** Only web pages belong in the history (and become links): no javascript:, data:, chrome-extension: … */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A stored or imported history record if it is one (bounded fields, a web URL, a real time); else null. */
export function validHistoryRecord(raw: unknown): HistoryRecord | null {
  const parsed = HistoryRecord.safeParse(raw);
  if (!parsed.success || !isWebUrl(parsed.data.url) || !Number.isFinite(parsed.data.analyzedAt)) return null;
  return parsed.data;
}

/** The site lists of stored settings, checked entry by entry. */
export const SITE_LIST_FIELDS = ['disabledSites', 'alwaysOnSites'] as const;

/**
 * Stored settings with each site list reduced to its readable entries, and the entries that were not
 * (so the reader can be told which). A list that is not an array at all is left to the schema.
 */
export function keepReadableSites(raw: unknown): { raw: unknown; dropped: string[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { raw, dropped: [] };
  const data = { ...(raw as Record<string, unknown>) };
  const dropped: string[] = [];
  for (const field of SITE_LIST_FIELDS) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    data[field] = list.filter((entry) => {
      const ok = SitePattern.safeParse(entry).success;
      if (!ok) dropped.push(describeEntry(entry));
      return ok;
    });
  }
  return { raw: data, dropped };
}

function describeEntry(entry: unknown): string {
  const text = typeof entry === 'string' ? entry : JSON.stringify(entry) ?? String(entry);
  return cutString(text, 80);
}
