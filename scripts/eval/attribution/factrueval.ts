/**
 * factRuEval-2016 devset (Russian): Occupation facts (Who / Position / Where) as gold (person,
 * role) pairs, and Person objects as gold person mentions. The layers chain by id:
 * `.facts` "Who obj48 Лужков Юрий" → `.coref` object 48 → its mentions in `.objects` → `.spans`
 * (character start and length in `.txt`); "Position span22777 мэра | span22790 глава" names spans
 * directly, with alternatives after "|". Facts with no Position (who works where) are not pairs.
 */
import { dedupeGold, type GoldPair } from './pairs';
import type { Range } from './text';

export interface FactRuEvalFiles {
  txt: string;
  spans: string;
  objects: string;
  coref: string;
  facts: string;
}

export interface FactRuEvalGold {
  persons: Range[][];
  pairs: GoldPair[];
  /** Spans whose text at their offset is empty: a check that offsets are read correctly. */
  badSpans: number;
}

interface SpanRow {
  type: string;
  range: Range;
}

/** One value of a fact field: an optional reference (obj12 / span345) and its text. */
interface FactValue {
  ref: string | null;
  text: string;
}

const REF = /^(obj|span)(\d+)$/;

export function parseSpans(spans: string): Map<string, SpanRow> {
  const out = new Map<string, SpanRow>();
  for (const line of spans.split(/\r?\n/)) {
    const [id, type, start, length] = line.split('#')[0]!.trim().split(/\s+/);
    if (!id || !type || start === undefined || length === undefined) continue;
    out.set(id, { type, range: [Number(start), Number(start) + Number(length)] });
  }
  return out;
}

function parseObjects(objects: string): Map<string, { type: string; spanIds: string[] }> {
  const out = new Map<string, { type: string; spanIds: string[] }>();
  for (const line of objects.split(/\r?\n/)) {
    const [id, type, ...spanIds] = line.split('#')[0]!.trim().split(/\s+/);
    if (id && type) out.set(id, { type, spanIds });
  }
  return out;
}

/** Coreference records: blank-line separated, "id mention mention…" then "key value" lines. */
function parseCoref(coref: string): Map<string, { mentionIds: string[]; values: string[] }> {
  const out = new Map<string, { mentionIds: string[]; values: string[] }>();
  for (const block of coref.split(/\r?\n\s*\r?\n/)) {
    const [head, ...rest] = block.trim().split(/\r?\n/);
    if (!head) continue;
    const [id, ...mentionIds] = head.trim().split(/\s+/);
    if (!id) continue;
    const values = rest.map((l) => l.trim().split(/\s+/).slice(1).join(' ')).filter(Boolean);
    out.set(id, { mentionIds, values });
  }
  return out;
}

interface Fact {
  type: string;
  fields: Map<string, FactValue[]>;
}

function parseFacts(facts: string): Fact[] {
  const out: Fact[] = [];
  for (const block of facts.split(/\r?\n\s*\r?\n/)) {
    const [head, ...rest] = block.trim().split(/\r?\n/);
    const type = head?.trim().split(/\s+/)[1];
    if (!type) continue;
    const fields = new Map<string, FactValue[]>();
    for (const line of rest) {
      const m = line.trim().match(/^(\S+)\s+(.*)$/);
      if (!m) continue;
      const values = m[2]!.split(' | ').map((alt): FactValue => {
        const [first, ...words] = alt.trim().split(/\s+/);
        return first && REF.test(first) ? { ref: first, text: words.join(' ') } : { ref: null, text: alt.trim() };
      });
      fields.set(m[1]!, values);
    }
    out.push({ type, fields });
  }
  return out;
}

export function readFactRuEval(files: FactRuEvalFiles): FactRuEvalGold {
  const spans = parseSpans(files.spans);
  const objects = parseObjects(files.objects);
  const coref = parseCoref(files.coref);
  const textOf = (r: Range) => files.txt.slice(r[0], r[1]);
  const rangesOfObject = (objectId: string): Range[] =>
    (objects.get(objectId)?.spanIds ?? []).flatMap((s) => (spans.get(s) ? [spans.get(s)!.range] : []));

  const persons = [...objects.entries()].filter(([, o]) => o.type === 'Person').map(([id]) => rangesOfObject(id));

  const pairs: GoldPair[] = [];
  for (const fact of parseFacts(files.facts)) {
    if (fact.type !== 'Occupation') continue;
    const who = fact.fields.get('Who') ?? [];
    const position = fact.fields.get('Position') ?? [];
    if (who.length === 0 || position.length === 0) continue;

    const names = who.map((v) => v.text).filter(Boolean);
    const personRanges: Range[] = [];
    for (const v of who) {
      const corefId = v.ref?.match(REF)?.[2];
      const record = corefId ? coref.get(corefId) : undefined;
      if (!record) continue;
      names.push(...record.values);
      for (const mention of record.mentionIds) {
        const ranges = rangesOfObject(mention);
        personRanges.push(...ranges);
        names.push(ranges.map(textOf).join(' '));
      }
    }
    const roles = position.map((v) => {
      const span = v.ref ? spans.get(v.ref.replace(/^span/, '')) : undefined;
      return span ? textOf(span.range) : v.text;
    });
    pairs.push({ names: names.filter(Boolean), personRanges, roles });
  }
  const badSpans = [...spans.values()].filter((s) => !textOf(s.range).trim()).length;
  return { persons, pairs: dedupeGold(pairs), badSpans };
}
