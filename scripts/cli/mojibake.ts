/**
 * Pages that were mis-decoded once and saved again as UTF-8: a crawler read windows-1251 (or UTF-8, or GBK)
 * bytes as windows-1252/Latin-1 and stored the characters it saw (`Ïðåçèäåíò`, `Ð¿Ñ€Ð¸`, `Ã©`). The
 * characters map back to the original bytes one for one, so the text is mended by encoding it back to
 * windows-1252 and decoding the bytes the way they were meant: UTF-8 when they are valid UTF-8, else the
 * charset the page declares, else the Cyrillic sniff. A repair is kept only when it leaves almost no
 * Latin-1 letters and no broken characters; pages in Western languages never look like this (their
 * accented letters are a few per cent, and never valid UTF-8 when encoded back).
 */
import { isUtf8 } from 'node:buffer';

/** windows-1252's characters for bytes 0x80-0x9F (spelt out: Node's TextDecoder reads this label as Latin-1). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Character → byte of windows-1252, and of Latin-1 for 0x80-0x9F too (crawlers used either). */
const TO_1252 = (() => {
  const map = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(b, b);
  for (let i = 0; i < CP1252_HIGH.length; i++) map.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);
  return map;
})();

const SUSPECT_RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{3}/;
/** Below this many Latin-1 characters in the text the page is not looked at. */
const MIN_SUSPECT = 50;
/** Share of the text's non-ASCII characters (outside tags) that must be windows-1252 characters… */
const MIN_SUSPECT_SHARE = 0.8;
/** …and share of its letters that they make (inline scripts count as letters too; the check after the repair is what guards Western text). */
const MIN_LETTER_SHARE = 0.03;
/** Characters that cannot be encoded back, at most, as a share of the suspect ones. */
const MAX_UNENCODABLE = 0.005;
/**
 * After the repair, at most this share of non-ASCII characters may be broken (a crawler may have dropped the bytes
 * windows-1252 leaves undefined, and with them a character here and there) or still windows-1252, and most must be
 * letters (a wrong guess gives symbols and box-drawing characters).
 */
const MAX_BROKEN = 0.2;
const MAX_LEFT_1252 = 0.2;
const MIN_LETTERS = 0.6;

/** What decode.ts reads from bytes: the Cyrillic sniff, and the share of high bytes outside valid UTF-8. */
export interface BytesSay {
  cyrillic(bytes: Uint8Array): string | null;
  invalidUtf8Share(bytes: Uint8Array): number;
}

export interface Repair {
  text: string;
  /** The encoding the original bytes were in. */
  encoding: string;
}

/**
 * `text` mended when it is mojibake (see the file comment), else null. `declared` gives the page's own charset
 * label; it is read only for a page that looks like mojibake (a head scan the other pages need not pay twice).
 */
export function repairMojibake(text: string, declared: () => string | null, bytesSay: BytesSay, depth = 0): Repair | null {
  // Mojibake runs three or more such characters together (`Ð¿Ñ€`, `Ïðå`); most pages have none anywhere.
  if (!SUSPECT_RUN.test(text)) return null;
  const counts = countOutsideTags(text);
  if (counts.suspect < MIN_SUSPECT || counts.suspect < MIN_SUSPECT_SHARE * counts.nonAscii) return null;
  if (counts.suspect < MIN_LETTER_SHARE * (counts.suspect + counts.asciiLetters)) return null;
  const bytes = new Uint8Array(text.length);
  let unencodable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 ? c : TO_1252.get(c);
    if (b === undefined) unencodable++;
    bytes[i] = b ?? 0x3f;
  }
  if (unencodable > MAX_UNENCODABLE * counts.suspect) return null;
  const candidates: string[] = [];
  // A crawler that met bytes windows-1252 leaves undefined may have dropped them: mostly valid UTF-8 is still UTF-8.
  if (isUtf8(bytes) || bytesSay.invalidUtf8Share(bytes) < MAX_BROKEN) candidates.push('utf-8');
  const label = declared();
  const declaredEncoding = label ? encodingFor(label) : null;
  if (declaredEncoding && !['utf-8', 'windows-1252'].includes(declaredEncoding)) candidates.push(declaredEncoding);
  const cyrillic = bytesSay.cyrillic(bytes);
  if (cyrillic) candidates.push(cyrillic);
  for (const encoding of candidates) {
    const mended = new TextDecoder(encoding).decode(bytes);
    // Read wrong twice: the UTF-8 bytes of the first mojibake.
    if (encoding === 'utf-8' && depth < 2) {
      const again = repairMojibake(mended, declared, bytesSay, depth + 1);
      if (again) return again;
    }
    const after = countOutsideTags(mended);
    const n = after.nonAscii;
    if (after.broken <= MAX_BROKEN * n && after.suspect <= MAX_LEFT_1252 * n && after.letters >= MIN_LETTERS * n) return { text: mended, encoding };
  }
  return null;
}

interface Counts {
  /** Non-ASCII characters that windows-1252 (or Latin-1) has. */
  suspect: number;
  nonAscii: number;
  asciiLetters: number;
  /** U+FFFD. */
  broken: number;
  /** Non-ASCII letters. */
  letters: number;
}

/** Characters of the text outside `<…>` (markup is ASCII and says nothing). */
function countOutsideTags(text: string): Counts {
  const counts: Counts = { suspect: 0, nonAscii: 0, asciiLetters: 0, broken: 0, letters: 0 };
  let inTag = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3c) inTag = true;
    else if (c === 0x3e) inTag = false;
    else if (inTag) continue;
    else if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.asciiLetters++;
    } else {
      counts.nonAscii++;
      if (c === 0xfffd) counts.broken++;
      else if (TO_1252.has(c)) counts.suspect++;
      if (isLetter(text, i)) counts.letters++;
    }
  }
  return counts;
}

function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

const LETTER = /\p{L}/u;
function isLetter(text: string, i: number): boolean {
  return LETTER.test(text[i]!);
}
