/**
 * The small pattern language glossary data is written in, compiled to regex source.
 *
 *   аким{@ru-m}           stem plus one of a named ending set (see ENDING_SETS)
 *   Верховн{а,ої,ій} Рад{@uk-f}   brace alternatives, empty allowed: maire{,s}
 *   әкім{*}               open suffix: any letters (Kazakh agglutination, German compounds)
 *   Нур{ ,-}Отан          a space matches any run of whitespace; - matches hyphen variants
 *
 * Case: ordinary words match case-insensitively (е also matches ё, Cyrillic і also Latin i, as
 * Kazakh sites often type it); a word written in capitals (РК, ЦИК, ОВА) matches exactly as written.
 * With `caseSensitive`, the whole pattern matches as written or in all capitals.
 */

/** Named ending sets: inflections of one declension, so data files stay short and consistent. */
export const ENDING_SETS: Readonly<Record<string, readonly string[]>> = {
  // Russian hard-stem masculine nouns: аким, акима, акиму, акимом, акиме, акимы, акимов, акимам…
  'ru-m': ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
  // Russian masculine nouns on к/г/х, whose plural is -и: округ, округи; силовик, силовики.
  'ru-m-k': ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'],
  // Russian feminine nouns on -а (pattern gives the stem): дум-а, дум-ы, дум-е, дум-у, дум-ой.
  'ru-f': ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'],
  // Russian feminine nouns on -ь: област-ь, област-и, област-ью, област-ей.
  'ru-f-soft': ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях'],
  // Russian adjectives, hard and soft/velar stems together (overgenerating is harmless here).
  'ru-adj': ['ый', 'ий', 'ой', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими'],
  // Ukrainian feminine nouns on -а (stem given): рад-а, рад-и, рад-і, рад-у, рад-ою, рад-о; громад.
  'uk-f': ['а', 'и', 'і', 'у', 'ою', 'о', '', 'ам', 'ами', 'ах'],
  // Ukrainian masculine nouns: депутат, депутата, депутату, депутатові, депутатом, депутаті, депутати, депутатів.
  'uk-m': ['', 'а', 'у', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'],
  // Ukrainian adjectives: верховн-а, верховн-ої, верховн-ій, верховн-у, верховн-ою; обласн-ий, -ого…
  'uk-adj': ['а', 'ої', 'ій', 'у', 'ою', 'ий', 'ого', 'ому', 'им', 'ім', 'е', 'і', 'их', 'ими'],
};

/** What one compiled pattern needs to know about case. */
export interface PatternCase {
  /** Match as written (and, unless `allCaps` is false, in all capitals) instead of case-insensitively. */
  caseSensitive: boolean;
  /** With `caseSensitive`, also match the all-capitals spelling (headlines); default true. */
  allCaps?: boolean;
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'alt'; options: string[] }
  | { kind: 'any' }
  | { kind: 'space' };

/** Whitespace between words of a multiword term, non-breaking spaces included. */
const SPACE_SOURCE = '[\\s\\u00A0]+';
/** Hyphen and its look-alikes (non-breaking hyphen, hyphen). */
const HYPHEN_SOURCE = '[\\-\\u2010\\u2011]';
/** Straight, typographic and modifier-letter apostrophes (l'Assemblée, Короп'є). */
const APOSTROPHE_SOURCE = "['\\u2019\\u02BC]";
/** Letters and combining marks: the open suffix {*}. */
const ANY_LETTERS_SOURCE = '[\\p{L}\\p{M}]*';
/** Extra look-alikes matched for a letter in case-insensitive words. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  е: 'ё', // Russian texts mostly write ё as е; data is written with е.
  і: 'i', // Kazakh і is often typed as Latin i.
};

/** Compiles a pattern to regex source (no anchors, no capturing groups). Throws on a malformed pattern. */
export function compilePattern(pattern: string, options: PatternCase): string {
  const nodes = parse(pattern);
  if (!options.caseSensitive) return emitWords(nodes, 'insensitive');
  const asWritten = emitWords(nodes, 'exact');
  if (options.allCaps === false) return asWritten;
  const upper = emitWords(nodes, 'upper');
  return asWritten === upper ? asWritten : `(?:${asWritten}|${upper})`;
}

/** The shortest text a pattern can match: longer patterns are tried first, so the longest term wins. */
export function minimumLength(pattern: string): number {
  let length = 0;
  for (const node of parse(pattern)) {
    if (node.kind === 'text') length += node.value.length;
    else if (node.kind === 'space') length += 1;
    else if (node.kind === 'alt') length += Math.min(...node.options.map((o) => o.length));
  }
  return length;
}

function parse(pattern: string): Node[] {
  const nodes: Node[] = [];
  let text = '';
  const flush = (): void => {
    if (text) nodes.push({ kind: 'text', value: text });
    text = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) throw new Error(`unclosed { in pattern "${pattern}"`);
      flush();
      nodes.push(braceNode(pattern.slice(i + 1, close), pattern));
      i = close;
    } else if (ch === '}') {
      throw new Error(`stray } in pattern "${pattern}"`);
    } else if (ch === ' ') {
      flush();
      if (nodes.at(-1)?.kind !== 'space') nodes.push({ kind: 'space' });
    } else {
      text += ch;
    }
  }
  flush();
  if (nodes.length === 0 || nodes[0]?.kind === 'space' || nodes.at(-1)?.kind === 'space') {
    throw new Error(`empty or space-padded pattern "${pattern}"`);
  }
  return nodes;
}

function braceNode(body: string, pattern: string): Node {
  if (body === '*') return { kind: 'any' };
  if (body.startsWith('@')) {
    const set = ENDING_SETS[body.slice(1)];
    if (!set) throw new Error(`unknown ending set {${body}} in pattern "${pattern}"`);
    return { kind: 'alt', options: [...set] };
  }
  return { kind: 'alt', options: body.split(',') };
}

type Mode = 'insensitive' | 'exact' | 'upper';

/** Emits word by word, so a capitalised abbreviation inside a case-insensitive term stays exact. */
function emitWords(nodes: Node[], mode: Mode): string {
  let source = '';
  let word: Node[] = [];
  const flushWord = (): void => {
    const wordMode = mode === 'insensitive' && isAbbreviation(word) ? 'exact' : mode;
    source += word.map((node) => emitNode(node, wordMode)).join('');
    word = [];
  };
  for (const node of nodes) {
    if (node.kind === 'space') {
      flushWord();
      source += SPACE_SOURCE;
    } else {
      word.push(node);
    }
  }
  flushWord();
  return source;
}

/** A word whose fixed letters are all capitals, two or more: РК, ЦИК, НАБУ, MdB is not one. */
function isAbbreviation(word: Node[]): boolean {
  const letters = word
    .filter((n): n is { kind: 'text'; value: string } => n.kind === 'text')
    .map((n) => n.value)
    .join('')
    .replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function emitNode(node: Node, mode: Mode): string {
  switch (node.kind) {
    case 'text':
      return emitText(node.value, mode);
    case 'any':
      return ANY_LETTERS_SOURCE;
    case 'space':
      return SPACE_SOURCE;
    case 'alt': {
      // Longest option first: fewer backtracking steps, same result (the word boundary decides).
      const options = [...node.options].sort((a, b) => b.length - a.length);
      return `(?:${options.map((o) => emitText(o, mode)).join('|')})`;
    }
  }
}

function emitText(text: string, mode: Mode): string {
  let source = '';
  for (const ch of text) {
    if (ch === ' ') source += SPACE_SOURCE;
    else if (ch === '-') source += HYPHEN_SOURCE;
    else if (ch === "'" || ch === '’') source += APOSTROPHE_SOURCE;
    else if (mode === 'upper') source += escape(ch.toUpperCase());
    else if (mode === 'exact' || ch.toLowerCase() === ch.toUpperCase()) source += escape(ch);
    else source += letterClass(ch);
  }
  return source;
}

/** [аА], plus look-alikes: [еЕёЁ], [іІiI]. */
function letterClass(ch: string): string {
  const lower = ch.toLowerCase();
  const alike = LOOKALIKES[lower] ?? '';
  // Keep one-character case pairs only: 'ß'.toUpperCase() is 'SS', which a class can't hold.
  const variants = new Set([lower, lower.toUpperCase(), alike, alike.toUpperCase()].filter((v) => [...v].length === 1));
  return `[${[...variants].map(escape).join('')}]`;
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}
