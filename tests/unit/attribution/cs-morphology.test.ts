/**
 * Czech names through the West Slavic morphology table (lib/lang/morphology/west-slavic.ts): data, not
 * engine code, turns an oblique name into its nominative. The same text without the table keeps the case.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { LEXICONS } from '../../../lib/lang';
import { articleFromText } from '../../../lib/analyze/plain-text';

const GENITIVE = 'Podle ministryně Aleny Schillerové je rozpočet v pořádku.';

function speakerOf(text: string): string | null {
  return analyzeAttribution(articleFromText(text), 'cs').quotes[0]?.speaker ?? null;
}

describe('Czech names (west-slavic table)', () => {
  it('restores a woman named in the genitive to the nominative', () => {
    expect(speakerOf(GENITIVE)).toBe('Alena Schillerová');
  });

  it('restores a woman named in the instrumental', () => {
    const r = analyzeAttribution(articleFromText('Premiér jednal s ministryní Alenou Schillerovou o rozpočtu.'), 'cs');
    expect(r.people.map((p) => p.name)).toEqual(['Alena Schillerová']);
  });

  it('the restore comes from the table: without it the name keeps its case', () => {
    const cs = LEXICONS.cs!;
    const bare = { ...cs, code: 'cs', morphology: undefined };
    // A registered copy would change the registry; analyse through a temporary entry instead.
    (LEXICONS as Record<string, typeof cs>).xx = { ...bare, code: 'xx' } as typeof cs;
    try {
      expect(analyzeAttribution(articleFromText(GENITIVE), 'xx').quotes[0]?.speaker).toBe('Aleny Schillerové');
    } finally {
      delete (LEXICONS as Record<string, typeof cs>).xx;
    }
  });
});

describe('Czech dropped subjects (proDrop in the lexicon)', () => {
  it('gives „Q,“ uvedla. to the woman named last, not to the man named after her', () => {
    const r = analyzeAttribution(articleFromText('Starostka Jana Nováková jednala s Petrem Novákem. „Dohodli jsme se,“ uvedla.'), 'cs');
    const q = r.quotes.find((x) => x.text === 'Dohodli jsme se');
    expect(q?.speaker).toBe('Jana Nováková');
    expect(q?.speakerRule).toBe('speaker.dropped-subject+antecedent');
    // The verb is no mention of her.
    expect(r.people.find((p) => p.name === 'Jana Nováková')?.mentionSpans.some((m) => m.selector.exact === 'uvedla')).toBe(false);
  });

  it('reads "Dodala, že …" opening a sentence as her indirect speech', () => {
    const r = analyzeAttribution(articleFromText('Zastupitelka Veronika Hudcová uzavírku kritizuje. Dodala, že radnice nezveřejnila harmonogram prací.'), 'cs');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['radnice nezveřejnila harmonogram prací', 'Veronika Hudcová']]);
  });

  it('leaves a cue followed by its own subject alone', () => {
    const r = analyzeAttribution(articleFromText('Jana Nováková přišla. „Dohodli jsme se,“ uvedl starosta Petr Novák.'), 'cs');
    expect(r.quotes[0]?.speaker).toBe('Petr Novák');
  });
});
