/**
 * Diagnostic for issue 15's person–role recall: the NEREL WORKS_AS pairs the engine misses, sorted into categories
 * (person not found; person found with other roles, same sentence or not; role on another person; no role at all;
 * a bare role standing for a person named in an earlier sentence, "anaphor"; "/unknown-head" when no word of the gold
 * role is a lexicon role word). Gold pairs are deduplicated by their texts, so totals differ a little from
 * eval:attribution's stem-deduplicated count.
 *   npx tsx scripts/eval/roles-misses.ts [nerel folder] [--split dev|train] [--show CATEGORY|all] [--heads]
 * Prints a table and ends with one JSON line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../lib/analyze/plain-text';
import { attributeArticle } from '../../lib/analyze/attribution';
import { parseBrat } from './attribution/brat';
import { pairMatches, personMatches, roleMatches, type GoldPair } from './attribution/pairs';
import { predictedPairs } from './attribution/engine';
import { compile } from '../../lib/analyze/attribution/compile';
import { roleHeadKind } from '../../lib/analyze/attribution/roles';
import { getLexicon } from '../../lib/lang';
import { lower } from '../../lib/analyze/attribution/words';
const cru = compile(getLexicon('ru')!);
const unknownHeads = new Map<string, number>();

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? null : null);
const split = option('--split') ?? 'dev';
const show = option('--show');
const folder = args[0] && !args[0].startsWith('--') ? args[0] : path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/datasets/nerel');
const dir = [path.join(folder, 'NEREL-v1.1', split), path.join(folder, split), folder].find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.ann')));
if (!dir) throw new Error(`no .ann files under ${folder}`);
const files = readdirSync(dir).filter((f) => f.endsWith('.ann')).sort();
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
let gold = 0;
let found = 0;
const sentenceEnd = /[.!?…]\s|\n/g;
function sentenceIndex(text: string, at: number): number {
  return [...text.slice(0, at).matchAll(sentenceEnd)].length;
}
for (const f of files) {
  const text = readFileSync(path.join(dir, f.replace(/\.ann$/, '.txt')), 'utf8');
  const doc = parseBrat(readFileSync(path.join(dir, f), 'utf8'));
  const result = attributeArticle(articleFromText(text), 'ru');
  const pred = predictedPairs(result);
  const seen = new Set<string>();
  for (const r of doc.relations) {
    if (r.type !== 'WORKS_AS') continue;
    const person = doc.entities.get(r.arg1);
    const role = doc.entities.get(r.arg2);
    if (person?.type !== 'PERSON' || role?.type !== 'PROFESSION') continue;
    const g: GoldPair = { names: [person.text], personRanges: person.ranges, roles: [role.text] };
    const key = `${person.text}|${role.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    gold++;
    if (pred.some((p) => pairMatches(g, p))) {
      found++;
      continue;
    }
    const mine = pred.filter((p) => personMatches(g, p));
    const personFound = result.people.some((p) =>
      (p.mentionSpans ?? []).some((m) => person.ranges.some((r) => m.start < r[1] && r[0] < m.end)) ||
      personMatches(g, { name: p.name, personRanges: [], role: '' }),
    );
    const others = pred.filter((p) => !personMatches(g, p) && roleMatches([role.text], p.role));
    const ps = person.ranges[0]![0];
    const rs = role.ranges[0]![0];
    const lo = Math.min(ps, rs);
    const hi = Math.max(person.ranges[0]![1], role.ranges[0]![1]);
    const sameSentence = sentenceIndex(text, ps) === sentenceIndex(text, rs);
    let cat: string;
    const sentStart = Math.max(text.lastIndexOf('\n', rs), text.lastIndexOf('. ', rs));
    const lead = text.slice(sentStart + 1, rs).trim().split(/\s+/).filter(Boolean).length;
    if (!sameSentence && lead <= 3 && rs > ps) cat = `anaphor-${personFound ? 'pfound' : 'pmissing'}`;
    else if (!personFound) cat = 'person-not-found';
    else if (mine.length) cat = sameSentence ? 'other-role-same-sent' : 'other-role-other-sent';
    else if (others.length) cat = 'role-on-other-person';
    else cat = sameSentence ? 'no-role-same-sent' : 'no-role-other-sent';
    if (cat.startsWith('person') && /^[а-яё]/.test(person.text)) cat += '-lowercase';
    const kinds = lower(role.text).split(/[\s«»"]+/).filter(Boolean).map((w) => roleHeadKind(cru, w));
    if (!kinds.includes(2) && personFound) {
      cat += kinds.includes(1) ? '/suffix-head' : '/unknown-head';
      const w = lower(role.text).split(/[\s«»"]+/)[0]!;
      unknownHeads.set(w, (unknownHeads.get(w) ?? 0) + 1);
    }
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
    const ctx = hi - lo < 200 ? text.slice(Math.max(0, lo - 40), hi + 20).replace(/\n/g, ' ⏎ ') : `${text.slice(Math.max(0, ps - 40), ps + 40)} … ${text.slice(Math.max(0, rs - 40), rs + 40)}`.replace(/\n/g, ' ⏎ ');
    const line = `${f}: [${person.text}] — [${role.text}]${mine.length ? ` got: ${mine.map((p) => p.role).join('; ')}` : ''}${others.length ? ` others: ${others.map((p) => `${p.name}=${p.role}`).join('; ')}` : ''}\n      ${ctx}`;
    if (!examples.has(cat)) examples.set(cat, []);
    examples.get(cat)!.push(line);
  }
}
console.log(`${split}: gold ${gold}, found ${found} (${(found / gold).toFixed(3)})`);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(32)} ${v}`);
if (show) for (const [k, v] of examples) if (show === 'all' || k === show) {
  console.log(`\n== ${k}`);
  for (const l of v) console.log(l);
}
if (args.includes('--heads')) console.log([...unknownHeads].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w} ${n}`).join(', '));
console.log(JSON.stringify({ split, gold, found, recall: Math.round((found / gold) * 10000) / 10000, missed: Object.fromEntries(counts) }));
