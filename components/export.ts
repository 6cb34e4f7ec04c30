/**
 * The analysis as Markdown (for notes, a fact-check or a newsroom chat) and as CSV (for a spreadsheet).
 * Every string in an analysis comes from the page, so each format escapes it for itself: Markdown
 * carries no raw HTML and no link the page chose (only http(s) autolinks Byline builds), and CSV cells
 * that a spreadsheet would run as a formula are defused.
 */
import { isUnresolved, shownSpeaker } from '../lib/highlight/sure';
import type { Analysis, HistoryRecord } from '../lib/schema';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Page text as inert Markdown: every character CommonMark/GFM gives a meaning inline (emphasis, code,
 * links, images, raw HTML, entities, tables, strikethrough) is backslash-escaped, so it renders as itself.
 * A leading formula character is escaped too, for readers who paste the Markdown into a spreadsheet.
 */
export function markdownText(s: string): string {
  return clean(s)
    .replace(/[\\`*_{}[\]<>()#!|~&]/g, '\\$&')
    .replace(/^[=+\-@]/, '\\$&');
}

/** An http(s) URL as an autolink, or the escaped text when it is anything else (javascript:, data:…). */
export function markdownUrl(url: string): string {
  const safe = httpUrl(url);
  // Inside <…> only <, > and whitespace end the link: percent-encoded, the URL stays the same address.
  return safe ? `<${safe.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : markdownText(url);
}

/** The URL when it is http(s), else null. */
export function httpUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function analysisToMarkdown(a: Analysis): string {
  const md = markdownText;
  const lines: string[] = [];
  lines.push(`# ${md(a.article.title) || markdownUrl(a.article.url)}`, '');
  const facts: [string, string | null][] = [
    ['Publisher', a.article.publisher],
    ['Author', a.article.byline],
    ['Published', a.article.published],
    ['Language', a.article.language],
  ];
  for (const [k, v] of facts) if (v) lines.push(`- **${k}:** ${md(v)}`);
  lines.push(`- **URL:** ${markdownUrl(a.article.url)}`);
  if (a.quotes.length) {
    lines.push('', '## Quotes', '');
    const bySpeaker = new Map<string, typeof a.quotes>();
    for (const q of a.quotes) {
      // An unsure link is not cited as the speaker: the quote goes under "Unresolved speaker", as in the popup.
      const key = shownSpeaker(q) ?? (isUnresolved(q) ? 'Unresolved speaker' : null) ?? q.speakerRef ?? 'Unnamed';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      lines.push(`### ${md(speaker)}`, '');
      for (const q of quotes) lines.push(`- (${q.kind}${q.cue ? `, “${md(q.cue)}”` : ''}) ${md(q.text)}`);
      lines.push('');
    }
  }
  if (a.people.length) {
    lines.push('## People', '');
    for (const p of a.people) {
      const latin = p.latin?.[0]?.latin;
      const name = latin && latin !== p.name ? `${md(p.name)} (${md(latin)})` : md(p.name);
      lines.push(`- **${name}**${p.roles.length ? ` — ${p.roles.map(md).join('; ')}` : ''}${p.isOfficial ? ' · official' : ''}`);
    }
    lines.push('');
  }
  if (a.sources.length) {
    lines.push('## Sources', '');
    for (const s of a.sources) {
      const link = s.url && httpUrl(s.url) ? ` ${markdownUrl(s.url)}` : '';
      lines.push(`- **${md(s.name)}** (${s.kind})${s.citedBy ? ` cited by ${md(s.citedBy)}` : ''}: “${md(s.evidence)}”${link}`);
    }
    lines.push('');
  }
  if (a.glossary.length) {
    lines.push('## Terms', '');
    for (const g of a.glossary) lines.push(`- **${md(g.term)}**: ${md(g.explanation)}`);
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}

/**
 * One CSV cell (RFC 4180). A cell starting with = + - @, a tab or a carriage return is prefixed with an
 * apostrophe, so a spreadsheet shows it as text instead of running it (OWASP "CSV injection").
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One row per quote, with the article's facts on each row so rows can be pooled across articles. `speaker` is
 * the speaker the reader is shown; a link under the shown confidence goes to `unsure_speaker` with its confidence.
 */
export function analysisToCsv(a: Analysis): string {
  const roleOf = (name: string | null) => (name ? (a.people.find((p) => p.name === name)?.roles[0] ?? '') : '');
  return toCsv([
    ['quote', 'kind', 'speaker', 'speaker_role', 'speaker_reference', 'unsure_speaker', 'speaker_confidence', 'cue', 'outlet', 'published', 'title', 'url'],
    ...a.quotes.map((q) => {
      const speaker = shownSpeaker(q);
      return [
        clean(q.text), q.kind, speaker, roleOf(speaker), q.speakerRef, isUnresolved(q) ? q.speaker : null, q.speakerConfidence ?? null, q.cue,
        a.article.publisher, a.article.published, clean(a.article.title), a.article.url,
      ];
    }),
  ]);
}

/** The reading history as CSV: one row per article, lists joined with "; ". */
export function historyToCsv(records: readonly HistoryRecord[]): string {
  return toCsv([
    ['title', 'url', 'site', 'publisher', 'published', 'language', 'analyzed_at', 'people', 'sources'],
    ...records.map((r) => [
      r.title, r.url, r.site, r.publisher, r.published, r.language,
      new Date(r.analyzedAt).toISOString(), r.people.join('; '), r.sources.join('; '),
    ]),
  ]);
}
