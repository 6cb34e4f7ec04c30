/**
 * Annotation helper: turns an article or sentences written with inline brackets into the offset
 * annotations the golden set and the sentence sets keep (so nobody counts characters by hand).
 * The brackets are read by a person writing or reading the text; the engine is never involved.
 *
 * Golden article (`npx tsx scripts/eval/attribution/markup.ts article <file.marked> <out/lang/slug>`):
 *
 *   @mb = Марат Башимов | аким          a person: key = canonical name | role substring (or -)
 *   @source Kazinform | photo            a source: name | kind (optional)
 *   ---
 *   text with ⟦surface|mb⟧ (a name: two words or more → "name", one word → "surname"),
 *   ⟦surface|mb,t⟧ (a title that refers to the person), ⟪content|d,mb⟫ (a quote's full content:
 *   d/i, speaker key or -), ⟪more content|+⟫ (the next part of the quote before it).
 *
 * When `<out>.json` exists the text must equal `<out>.txt`, and the brackets add positions to it:
 * an unlabelled ⟪content⟫ takes the annotated quote whose substring it holds; people and sources
 * of the header are added only if new. `⟪content|=3⟫` pins a content to the third annotated quote. Otherwise `<out>.txt` and `<out>.json` are written.
 *
 * Sentences (`… sentences <file.marked> <out.json> <language> <id-prefix>`): one sentence per line,
 * ⟪content|d,1⟫ / ⟪content|i,1⟫ (attribution 1, 2… of the line; `+1` continues it), ⟦source|1⟧,
 * ⟦cue|1,c⟧; a line with no brackets is a negative; `#` lines are comments.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fold, GoldenAnnotation } from './golden';

export interface Bracket {
  kind: 'mention' | 'content';
  start: number;
  end: number;
  label: string[];
}

/** Strips the brackets; returns the plain text and every bracket with its offsets into it. */
export function parseMarkup(marked: string): { text: string; brackets: Bracket[] } {
  let text = '';
  const open: { kind: Bracket['kind']; start: number }[] = [];
  const brackets: Bracket[] = [];
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === '⟦' || ch === '⟪') {
      open.push({ kind: ch === '⟦' ? 'mention' : 'content', start: text.length });
    } else if (ch === '|' && open.length > 0) {
      const close = marked.slice(i).search(/[⟧⟫]/u);
      if (close < 0) throw new Error(`unclosed bracket near "${marked.slice(Math.max(0, i - 30), i + 30)}"`);
      const top = open.pop()!;
      const closer = marked[i + close]!;
      if ((closer === '⟧') !== (top.kind === 'mention')) throw new Error(`mismatched bracket near "${marked.slice(Math.max(0, i - 30), i + 30)}"`);
      brackets.push({ kind: top.kind, start: top.start, end: text.length, label: marked.slice(i + 1, i + close).split(',').map((s) => s.trim()) });
      i += close;
    } else if (ch === '⟧' || ch === '⟫') {
      const top = open.pop();
      if (!top) throw new Error(`stray ${ch} near "${marked.slice(Math.max(0, i - 30), i + 30)}"`);
      brackets.push({ kind: top.kind, start: top.start, end: text.length, label: [] });
    } else {
      text += ch;
    }
  }
  if (open.length) throw new Error(`${open.length} bracket(s) left open`);
  return { text, brackets: brackets.sort((a, b) => a.start - b.start || b.end - a.end) };
}

const span = (text: string, b: { start: number; end: number }) => ({ start: b.start, end: b.end, text: text.slice(b.start, b.end) });

/** Word count decides name vs surname: "Марата Башимова" is a name, "Башимов" a surname-only mention. */
function mentionKind(surface: string, label: string[]): 'name' | 'surname' | 'title' {
  if (label[1] === 't') return 'title';
  return (surface.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length >= 2 ? 'name' : 'surname';
}

interface Header {
  people: Map<string, { name: string; role: string | null }>;
  sources: { name: string; kind?: string }[];
  body: string;
}

function readHeader(marked: string): Header {
  const cut = marked.indexOf('\n---\n');
  const head = cut >= 0 ? marked.slice(0, cut) : '';
  const body = cut >= 0 ? marked.slice(cut + 5) : marked;
  const people = new Map<string, { name: string; role: string | null }>();
  const sources: Header['sources'] = [];
  for (const line of head.split('\n').map((l) => l.trim()).filter(Boolean)) {
    let m = /^@source\s+([^|]+?)\s*(?:\|\s*(.+))?$/u.exec(line);
    if (m) {
      sources.push(m[2] ? { name: m[1]!, kind: m[2].trim() } : { name: m[1]! });
      continue;
    }
    m = /^@(\S+)\s*=\s*([^|]+?)\s*(?:\|\s*(.+))?$/u.exec(line);
    if (!m) throw new Error(`bad header line: ${line}`);
    const role = m[3]?.trim();
    people.set(m[1]!, { name: m[2]!, role: role && role !== '-' ? role : null });
  }
  return { people, sources, body };
}

/** Groups content brackets into quotes: a `+` bracket continues the quote before it. */
function contentGroups(brackets: Bracket[]): Bracket[][] {
  const groups: Bracket[][] = [];
  for (const b of brackets.filter((x) => x.kind === 'content')) {
    if (b.label[0] === '+') {
      if (!groups.length) throw new Error('a ⟪…|+⟫ continues no quote');
      groups[groups.length - 1]!.push(b);
    } else groups.push([b]);
  }
  return groups;
}

function article(markedPath: string, out: string): void {
  const { people, sources, body } = readHeader(readFileSync(markedPath, 'utf8'));
  const { text, brackets } = parseMarkup(body.replace(/\s+$/u, '') + '\n');
  const jsonPath = `${out}.json`;
  const merging = existsSync(jsonPath);
  if (merging) {
    const original = readFileSync(`${out}.txt`, 'utf8');
    if (original !== text) {
      const at = [...original].findIndex((c, i) => c !== text[i]);
      throw new Error(`text differs from ${out}.txt at ${at}: "${original.slice(at - 20, at + 20)}" vs "${text.slice(at - 20, at + 20)}"`);
    }
  }
  const gold: GoldenAnnotation = merging
    ? GoldenAnnotation.parse(JSON.parse(readFileSync(jsonPath, 'utf8')))
    : { quotes: [], people: [], sources: [] };
  const personName = (key: string) => {
    const p = people.get(key);
    if (!p) throw new Error(`unknown person key "${key}"`);
    return p.name;
  };
  for (const p of people.values()) if (!gold.people.some((g) => g.name === p.name)) gold.people.push({ name: p.name, role: p.role });
  for (const s of sources) if (!gold.sources.some((g) => g.name === s.name)) gold.sources.push(s);

  // Quotes: an unlabelled group takes the annotated quote whose substring lies in its smallest part.
  const hay = fold(text);
  const groups = contentGroups(brackets);
  const own = new Map<Bracket[], number[]>();
  gold.quotes.forEach((q, i) => {
    if (q.content) return;
    const pinned = groups.find((g) => g[0]!.label[0] === `=${i + 1}`);
    if (pinned) return own.set(pinned, [...(own.get(pinned) ?? []), i]);
    const at = hay.indexOf(fold(q.text));
    const end = at + q.text.length;
    let best: Bracket[] | null = null;
    let bestLength = Infinity;
    for (const g of groups) {
      if (g[0]!.label.length >= 2) continue;
      for (const b of g) if (at >= 0 && b.start <= at && end <= b.end && b.end - b.start < bestLength) [best, bestLength] = [g, b.end - b.start];
    }
    if (best) own.set(best, [...(own.get(best) ?? []), i]);
  });
  for (const group of groups) {
    const content = group.map((b) => span(text, b));
    const label = group[0]!.label;
    if (label.length >= 2) {
      const speaker = label[1] === '-' ? null : personName(label[1]!);
      gold.quotes.push({ text: content[0]!.text, kind: label[0] === 'i' ? 'indirect' : 'direct', speaker, content });
      continue;
    }
    // Unlabelled: the annotated quote whose substring lies in this content (the innermost one holding it).
    const held = own.get(group) ?? [];
    if (held.length !== 1) throw new Error(`content "${content[0]!.text.slice(0, 50)}" holds ${held.length} annotated quotes`);
    gold.quotes[held[0]!]!.content = content;
  }
  const unplaced = gold.quotes.filter((q) => !q.content);
  if (unplaced.length) throw new Error(`quotes without a content span: ${unplaced.map((q) => q.text).join(' | ')}`);

  gold.mentions = brackets
    .filter((b) => b.kind === 'mention')
    .map((b) => ({ ...span(text, b), person: personName(b.label[0]!), kind: mentionKind(text.slice(b.start, b.end), b.label) }));
  if (!merging) writeFileSync(`${out}.txt`, text);
  writeFileSync(jsonPath, formatGolden(GoldenAnnotation.parse(gold)));
}

/** One entry per line, as the hand-written files are laid out. */
export function formatGolden(g: GoldenAnnotation): string {
  const list = (name: string, items: unknown[]) => `  "${name}": [${items.length ? `\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ` : ''}]`;
  const parts = [list('quotes', g.quotes), list('people', g.people), list('sources', g.sources)];
  if (g.mentions) parts.push(list('mentions', g.mentions));
  return `{\n${parts.join(',\n')}\n}\n`;
}

function sentences(markedPath: string, out: string, language: string, prefix: string): void {
  const lines = readFileSync(markedPath, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const items = lines.map((line, n) => {
    const { text, brackets } = parseMarkup(line);
    const byIndex = new Map<string, { kind: 'direct' | 'indirect'; source: object[]; cue: object[]; content: object[] }>();
    const get = (index: string) => {
      const a = byIndex.get(index);
      if (!a) throw new Error(`line ${n + 1}: attribution ${index} has no content opening it: ${line}`);
      return a;
    };
    for (const b of brackets.filter((x) => x.kind === 'content')) {
      const [head, ...rest] = b.label;
      if (head?.startsWith('+')) get(head.slice(1)).content.push(span(text, b));
      else if (head === 'd' || head === 'i') byIndex.set(rest[0] ?? '1', { kind: head === 'd' ? 'direct' : 'indirect', source: [], cue: [], content: [span(text, b)] });
      else throw new Error(`line ${n + 1}: content label "${b.label.join(',')}"`);
    }
    for (const b of brackets.filter((x) => x.kind === 'mention')) {
      const a = get(b.label[0] ?? '1');
      (b.label[1] === 'c' ? a.cue : a.source).push(span(text, b));
    }
    return { id: `${prefix}-${String(n + 1).padStart(3, '0')}`, text, attributions: [...byIndex.values()] };
  });
  const body = items.map((i) => `    ${JSON.stringify(i)}`).join(',\n');
  writeFileSync(out, `{ "language": "${language}",\n  "items": [\n${body}\n  ] }\n`);
}

function main(): void {
  const [mode, input, output, ...rest] = process.argv.slice(2);
  if (mode === 'article' && input && output) article(input, output);
  else if (mode === 'sentences' && input && output && rest.length === 2) sentences(input, output, rest[0]!, rest[1]!);
  else {
    process.stderr.write('usage: markup.ts article <file.marked> <out/lang/slug> | sentences <file.marked> <out.json> <lang> <id-prefix>\n');
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
