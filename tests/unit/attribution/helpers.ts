/** Small helpers for attribution tests: analyse plain paragraphs, check span/selector consistency. */
import { expect, it } from 'vitest';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { type Attribution, analyzeAttribution } from '../../../lib/analyze/attribution';
import type { ArticleText, Span } from '../../../lib/schema';

export function analyze(language: string, ...paragraphs: string[]): Attribution & { article: ArticleText } {
  const article = articleFromText(paragraphs.join('\n\n'));
  return { ...analyzeAttribution(article, language), article };
}

/** Each person's roles, by name. */
export function rolesByName(language: string, text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of analyze(language, text).people) out[p.name] = p.roles;
  return out;
}

/** Every span indexes the text, lies in its block, and carries a selector that re-finds it. */
export function expectSpansConsistent(article: ArticleText, spans: Span[]): void {
  for (const s of spans) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(article.text.slice(s.start, s.end)).toBe(s.selector.exact);
    const block = article.blocks[s.block]!;
    expect(s.start).toBeGreaterThanOrEqual(block.start);
    // A quotation over paragraphs starts in its block and ends in a later one (quotes/paragraphs.ts).
    expect(s.end).toBeLessThanOrEqual(s.end > block.end ? article.text.length : block.end);
    expect(article.text.slice(s.start - s.selector.prefix.length, s.start)).toBe(s.selector.prefix);
    expect(article.text.slice(s.end, s.end + s.selector.suffix.length)).toBe(s.selector.suffix);
  }
}

export function allSpans(r: Attribution): Span[] {
  return [
    ...r.quotes,
    ...r.quotes.flatMap((q) => [q.speakerSpan, q.cueSpan].filter((x): x is Span => !!x)),
    ...r.people.flatMap((p) => p.mentionSpans),
    ...r.references,
    ...r.sources.flatMap((s) => s.spans),
  ];
}

/** A speaker test row: the quote starting with `text` (first 30 characters) has this speaker (and phrase). */
export interface SpeakerRow {
  name: string;
  paragraphs: string[];
  text: string;
  speaker: string | null;
  speakerRef?: string | null;
}

/** One test per row: the quote is found and has the row's speaker (and speaker phrase, when the row gives one). */
export function speakerRows(language: string, rows: SpeakerRow[]): void {
  for (const row of rows) {
    it(row.name, () => {
      const { quotes } = analyze(language, ...row.paragraphs);
      const q = quotes.find((x) => x.text.startsWith(row.text.slice(0, 30)));
      expect(q, JSON.stringify(quotes.map((x) => x.text))).toBeDefined();
      expect(q!.speaker).toBe(row.speaker);
      if (row.speakerRef !== undefined) expect(q!.speakerRef).toBe(row.speakerRef);
    });
  }
}
