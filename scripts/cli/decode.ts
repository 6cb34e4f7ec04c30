/**
 * Bytes of a saved page or text file to a string, decoded the way a browser would without the HTTP
 * header: a byte-order mark first (UTF-8, UTF-16 LE/BE), then a `<meta charset>` or `http-equiv`
 * declaration anywhere in the head, then UTF-8 when the bytes are valid UTF-8, then a sniff for the
 * Cyrillic single-byte encodings of older archives (windows-1251, KOI8-R), else windows-1252.
 * Saved pages and corpora often keep a declaration the bytes no longer match (a crawler stores the
 * page as UTF-8 and leaves `charset=windows-1251` in its head, or the reverse), so the bytes overrule
 * it: text in a legacy encoding is practically never valid multi-byte UTF-8, and UTF-8 text is never
 * mostly invalid.
 * NUL characters are removed (a browser never shows them). Every choice that was not plain UTF-8 is
 * reported in `notes`, so a researcher can see why a page reads the way it does.
 */
import { isUtf8 } from 'node:buffer';
import { repairMojibake } from './mojibake';

export interface Decoded {
  text: string;
  /** WHATWG encoding name used. */
  encoding: string;
  /** How it was chosen: 'bom', 'meta', 'utf-8', 'utf-8 over meta', 'sniffed', 'sniffed over meta', 'utf-16 pattern', 'fallback'. */
  source: string;
  notes: string[];
}

/** How far a `<meta charset>` is looked for when no `</head>` or `<body` ends the head earlier. */
const HEAD_SCAN_BYTES = 512 * 1024;
/** Bytes looked at first for the end of the head. */
const HEAD_FIRST_TRY_BYTES = 16 * 1024;
/** Bytes looked at for binary content and for the UTF-16-without-BOM pattern. */
const SNIFF_BYTES = 64 * 1024;

/** File signatures of common binary formats a page or text file is mistaken for. */
const SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** The name of the binary format `bytes` look like, or null for text. NULs alone do not make a file binary. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) if (sig.bytes.every((b, i) => bytes[i] === b)) return sig.name;
  if (bomEncoding(bytes) || utf16Pattern(bytes)) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // C0 controls other than tab, newlines, form feed and escape; NUL is counted apart (stray NULs are stripped).
    if ((b >= 0x01 && b <= 0x08) || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)) controls++;
  }
  // Text has almost none; random bytes have about 10%.
  return n > 0 && controls / n > 0.02 ? 'binary data' : null;
}

export function decode(bytes: Uint8Array, options: { html: boolean }): Decoded {
  const notes: string[] = [];
  let chosen = choose(bytes, options.html);
  let text: string;
  try {
    const validUtf8 = chosen.encoding === 'utf-8' && chosen.source !== 'bom' && isUtf8(bytes);
    text = chosen.text ?? (validUtf8 ? utf8(bytes) : new TextDecoder(chosen.encoding, { ignoreBOM: false }).decode(bytes));
  } catch {
    chosen = { encoding: 'utf-8', source: 'fallback', label: chosen.label };
    text = new TextDecoder('utf-8').decode(bytes);
  }
  if (chosen.source !== 'utf-8') notes.push(`Decoded as ${chosen.encoding} (${describeSource(chosen.source, chosen.label)}).`);
  if (chosen.encoding === 'utf-8') {
    const repair = repairMojibake(text, () => (options.html ? declaredCharset(bytes) : null), { cyrillic: sniffCyrillic, invalidUtf8Share });
    if (repair) {
      text = repair.text;
      notes.push(`Mended mojibake: the text had been read as windows-1252 and saved again; it was ${repair.encoding}.`);
    }
  }
  // Outside UTF-16 a NUL character can only come from a zero byte: most files have none, and bytes are faster to search.
  const nuls = chosen.encoding.startsWith('utf-16') || bytes.includes(0) ? countNuls(text) : 0;
  if (nuls > 0) {
    text = text.replace(/\u0000/g, '');
    notes.push(`Removed ${nuls} NUL character${nuls === 1 ? '' : 's'}.`);
  }
  return { text, encoding: chosen.encoding, source: chosen.source, notes };
}

interface Choice {
  encoding: string;
  source: string;
  label?: string;
  /** The text, when choosing already decoded it. */
  text?: string;
}

function choose(bytes: Uint8Array, html: boolean): Choice {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  const pattern = utf16Pattern(bytes);
  if (pattern) return { encoding: pattern, source: 'utf-16 pattern' };
  if (html) {
    const label = declaredCharset(bytes);
    const encoding = label ? encodingForLabel(label) : null;
    if (encoding) return overruled(bytes, encoding, label!) ?? { encoding, source: 'meta', label: label! };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { encoding: 'utf-8', source: 'utf-8', text: utf8 };
  const cyrillic = sniffCyrillic(bytes);
  if (cyrillic) return { encoding: cyrillic, source: 'sniffed' };
  return { encoding: 'windows-1252', source: 'fallback' };
}

/**
 * The encoding the bytes themselves show when they contradict the declared one: valid UTF-8 holding
 * multi-byte letters under a legacy declaration, or Cyrillic single-byte text under a UTF-8 one
 * (most of its high bytes fail as UTF-8). Null when the declaration may stand.
 */
function overruled(bytes: Uint8Array, declared: string, label: string): Choice | null {
  if (declared !== 'utf-8') {
    if (!hasMultiByte(bytes) || !isUtf8(bytes)) return null;
    return { encoding: 'utf-8', source: 'utf-8 over meta', label, text: utf8(bytes) };
  }
  if (isUtf8(bytes) || invalidUtf8Share(bytes) < 0.5) return null;
  const cyrillic = sniffCyrillic(bytes);
  return cyrillic ? { encoding: cyrillic, source: 'sniffed over meta', label } : null;
}

/** Does the text hold a UTF-8 lead byte followed by a continuation byte (so UTF-8 and a single-byte reading differ)? */
function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1]! & 0xc0) === 0x80) return true;
  }
  return false;
}

/** The share of bytes >= 0x80 that do not sit in a well-formed UTF-8 sequence (0 for ASCII). */
function invalidUtf8Share(bytes: Uint8Array): number {
  let high = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      high += length;
      i += length - 1;
    } else {
      high++;
      bad++;
    }
  }
  return high ? bad / high : 0;
}

function describeSource(source: string, label?: string): string {
  switch (source) {
    case 'bom':
      return 'byte-order mark';
    case 'utf-16 pattern':
      return 'no byte-order mark, but every other byte is zero';
    case 'meta':
      return `declared in the page: charset=${label}`;
    case 'sniffed':
      return 'no charset declared; guessed from the letters';
    case 'utf-8 over meta':
      return `the page declares charset=${label}, but its bytes are valid UTF-8`;
    case 'sniffed over meta':
      return `the page declares charset=${label}, but most of its bytes are not UTF-8; guessed from the letters`;
    default:
      return 'no charset declared and not valid UTF-8';
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 saved without a BOM: mostly-ASCII text has a zero in every other byte, on one side only. */
function utf16Pattern(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return 'utf-16le';
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return 'utf-16be';
  return null;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/gi;
const HEAD_END = /<\/head\s*>|<body[\s>]/i;

/** The charset a `<meta>` in the head declares (the first one, as browsers take it), or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const { head, end } = headSpan(bytes);
  META_CHARSET.lastIndex = 0;
  for (const m of head.slice(0, end).matchAll(META_CHARSET)) if (m[1]) return m[1].toLowerCase();
  return null;
}

/**
 * The head as Latin-1 and where it ends. Most heads end within the first 16 kB (two thirds of WCXB's
 * pages): only those bytes are turned into a string then, not the whole 512 kB window. An end found in
 * the prefix is also the first in the window (a match cut by the prefix's end cannot precede a whole one).
 */
export function headSpan(bytes: Uint8Array, firstTry = HEAD_FIRST_TRY_BYTES): { head: string; end: number } {
  if (bytes.length > firstTry && firstTry < HEAD_SCAN_BYTES) {
    const prefix = latin1(bytes.subarray(0, firstTry));
    const found = HEAD_END.exec(prefix);
    if (found) return { head: prefix, end: found.index };
  }
  const head = latin1(bytes.subarray(0, HEAD_SCAN_BYTES));
  return { head, end: HEAD_END.exec(head)?.index ?? head.length };
}

/** The WHATWG encoding for a label, or null when unknown; UTF-16 labels in a meta mean UTF-8 (as in browsers). */
function encodingForLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? utf8(bytes) : null;
}

/**
 * Valid UTF-8 without a byte-order mark, decoded as TextDecoder would: Buffer's decoder after
 * isUtf8's SIMD check costs a fraction of TextDecoder's (which was 5% of preparing a page).
 */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * windows-1251 or KOI8-R (KOI8-U when Ukrainian letters show) when most letters are high bytes, decided by
 * which encoding makes the high bytes mostly lower-case letters (prose is ~95% lower case): in windows-1251
 * the lower-case Cyrillic letters are 0xE0-0xFF, in KOI8-R they are 0xC0-0xDF. Markup and Latin text are
 * ASCII and do not vote. Null when the high bytes are too few for Cyrillic prose.
 */
function sniffCyrillic(bytes: Uint8Array): string | null {
  let upperHalf = 0; // 0xE0-0xFF
  let lowerHalf = 0; // 0xC0-0xDF
  let asciiLetters = 0;
  let inTag = false;
  for (const b of bytes) {
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    else if (inTag) continue;
    else if (b >= 0xe0) upperHalf++;
    else if (b >= 0xc0) lowerHalf++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
  }
  const high = upperHalf + lowerHalf;
  if (high < 20 || high < 0.3 * asciiLetters) return null;
  if (upperHalf >= lowerHalf) return 'windows-1251';
  // KOI8-U puts і ї є ґ where KOI8-R has box-drawing characters, which prose never holds.
  return hasUkrainianKoi8(bytes) ? 'koi8-u' : 'koi8-r';
}

/** KOI8-U's bytes for і ї є ґ (lower and upper case) outside tags. */
const KOI8_U_LETTERS = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd]);
function hasUkrainianKoi8(bytes: Uint8Array): boolean {
  let inTag = false;
  for (const b of bytes) {
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    else if (!inTag && KOI8_U_LETTERS.has(b)) return true;
  }
  return false;
}

function countNuls(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\u0000'); i !== -1; i = text.indexOf('\u0000', i + 1)) n++;
  return n;
}

/** Bytes as Latin-1 characters, one per byte (enough to find ASCII markup). */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
