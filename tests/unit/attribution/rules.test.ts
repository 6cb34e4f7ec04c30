/**
 * Rule ids reach the output: every quote, speaker link, person mention, reference and source of the
 * golden set and the seed page carries a rule id from the catalogue (lib/analyze/attribution/rules.ts),
 * and the ids name what the rule does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { isKnownRule, RULES } from '../../../lib/analyze/attribution/rules';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { loadGolden } from '../../../scripts/eval/attribution/golden';
import { analyze } from './helpers';

const golden = loadGolden(path.resolve(__dirname, '../../fixtures/attribution/golden'));
const seed = readFileSync(path.resolve(__dirname, '../../fixtures/attribution/altaynews-akim-elections-ru.txt'), 'utf8');
const results = [
  ...golden.map((a) => ({ name: `${a.language}/${a.slug}`, r: analyzeAttribution(articleFromText(a.text), a.language) })),
  { name: 'seed', r: analyzeAttribution(articleFromText(seed), 'ru') },
];

describe('rule ids in the output', () => {
  it('the catalogue lists each id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every quote, speaker link, mention, reference and source carries a catalogued rule', () => {
    const unknown: string[] = [];
    let seen = 0;
    const check = (where: string, rule: string | undefined) => {
      seen++;
      if (!rule || !isKnownRule(rule)) unknown.push(`${where}: ${rule ?? 'no rule'}`);
    };
    for (const { name, r } of results) {
      for (const q of r.quotes) {
        check(`${name} quote "${q.text.slice(0, 30)}"`, q.rule);
        if (q.speaker || q.speakerRef) check(`${name} speaker of "${q.text.slice(0, 30)}"`, q.speakerRule);
      }
      for (const p of r.people) for (const m of p.mentionSpans) check(`${name} mention ${m.selector.exact}`, m.rule);
      for (const x of r.references) check(`${name} reference ${x.text}`, x.rule);
      for (const s of r.sources) check(`${name} source ${s.name}`, s.rule);
    }
    expect(seen).toBeGreaterThan(500);
    expect(unknown).toEqual([]);
  });

  it('names the pattern that found each quote and speaker', () => {
    const r = analyze('en', 'The plan will fail, the minister said on Monday.', '"We will not pay," John Smith said.');
    const marked = r.quotes.find((q) => q.text.startsWith('We will not pay'));
    expect(marked?.rule).toBe('quote.marked.cue-after');
    expect(marked?.speakerRule).toBe('speaker.before-cue');
    const smith = r.people.find((p) => p.name === 'John Smith');
    expect(smith?.mentionSpans.map((m) => m.rule)).toEqual(['mention.name.internal']);
  });

  it('names the citation rule of a source', () => {
    const r = analyze('ru', 'Об этом сообщает корреспондент Altaynews.kz со ссылкой на Zakon.kz.');
    expect(Object.fromEntries(r.sources.map((s) => [s.name, s.rule]))).toEqual({ 'Altaynews.kz': 'source.reports-before', 'Zakon.kz': 'source.citing-before' });
  });
});
