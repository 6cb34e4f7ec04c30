/** The analysis as Markdown, for pasting into notes, a fact-check or a newsroom chat. */
import type { Analysis } from '../lib/schema';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function analysisToMarkdown(a: Analysis): string {
  const lines: string[] = [];
  lines.push(`# ${clean(a.article.title) || a.article.url}`, '');
  const facts: [string, string | null][] = [
    ['Publisher', a.article.publisher],
    ['Author', a.article.byline],
    ['Published', a.article.published],
    ['Language', a.article.language],
    ['URL', a.article.url],
  ];
  for (const [k, v] of facts) if (v) lines.push(`- **${k}:** ${clean(v)}`);
  if (a.quotes.length) {
    lines.push('', '## Quotes', '');
    const bySpeaker = new Map<string, typeof a.quotes>();
    for (const q of a.quotes) {
      const key = q.speaker ?? q.speakerRef ?? 'Unnamed';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      lines.push(`### ${speaker}`, '');
      for (const q of quotes) lines.push(`- (${q.kind}${q.cue ? `, “${clean(q.cue)}”` : ''}) ${clean(q.text)}`);
      lines.push('');
    }
  }
  if (a.people.length) {
    lines.push('## People', '');
    for (const p of a.people) {
      const latin = p.latin?.[0]?.latin;
      const name = latin && latin !== p.name ? `${p.name} (${latin})` : p.name;
      lines.push(`- **${name}**${p.roles.length ? ` — ${p.roles.join('; ')}` : ''}${p.isOfficial ? ' · official' : ''}`);
    }
    lines.push('');
  }
  if (a.sources.length) {
    lines.push('## Sources', '');
    for (const s of a.sources) {
      lines.push(`- **${s.name}** (${s.kind})${s.citedBy ? ` cited by ${s.citedBy}` : ''}: “${clean(s.evidence)}”`);
    }
    lines.push('');
  }
  if (a.glossary.length) {
    lines.push('## Terms', '');
    for (const g of a.glossary) lines.push(`- **${g.term}**: ${g.explanation}`);
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}
