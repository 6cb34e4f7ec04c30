/**
 * Guards the nesting depth of HTML before it is parsed: past MAX_DEPTH open elements, further start
 * tags (and the end tags that close them) are dropped and their text kept, the way Chromium's parser
 * stops nesting at 512 levels. 200,000 nested <div>s otherwise make a DOM whose every recursive walk
 * costs seconds. One linear pass over the tags; text, comments and raw-text elements are left as they are.
 */

/** Chromium's parser limit (HTMLConstructionSite's maximum DOM tree depth). */
export const MAX_DEPTH = 512;

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen',
]);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A tag, comment or doctype; the name group is empty for comments and declarations. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Start tags that close an open <p> first (the parser's implied end tag). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** Elements a start tag of the same name closes when it is the innermost open one (<li>a<li>b). */
const SELF_CLOSING_SIBLINGS = new Set(['li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

export interface DepthGuarded {
  html: string;
  /** Start tags dropped because they opened past the limit. */
  dropped: number;
}

export function guardDepth(html: string, limit = MAX_DEPTH): DepthGuarded {
  const out: string[] = [];
  /** Open elements, innermost last; never longer than `limit`. */
  const open: string[] = [];
  /** Dropped elements still open, by name, so their end tags are dropped too. */
  const droppedOpen = new Map<string, number>();
  let dropped = 0;
  let last = 0;
  const drop = (from: number, to: number) => {
    out.push(html.slice(last, from));
    last = to;
  };
  const token: Token = { index: 0, end: 0, slash: false, name: '', selfClosed: false };
  for (let at = 0; nextToken(html, at, token); at = token.end) {
    if (!token.name) continue;
    const name = token.name;
    if (VOID.has(name)) continue;
    if (token.slash) {
      const pending = droppedOpen.get(name) ?? 0;
      if (pending > 0) {
        drop(token.index, token.end);
        droppedOpen.set(name, pending - 1);
      } else {
        const i = open.lastIndexOf(name);
        if (i !== -1) open.length = i;
      }
      continue;
    }
    if (open.at(-1) === 'p' && CLOSES_P.has(name)) open.pop();
    else if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) open.pop();
    if (RAW_TEXT.has(name)) {
      // Skip to the end tag: what is inside is not markup.
      const end = endTagAt(html, name, token.end);
      if (open.length < limit) {
        token.end = end === -1 ? html.length : end;
        open.push(name);
      } else {
        // A raw-text element past the limit goes with its content: there is no text in it to keep.
        const close = end === -1 ? -1 : html.indexOf('>', end);
        drop(token.index, close === -1 ? html.length : close + 1);
        token.end = last;
        dropped++;
      }
      continue;
    }
    if (token.selfClosed) continue;
    if (open.length < limit) open.push(name);
    else {
      drop(token.index, token.end);
      droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
      dropped++;
    }
  }
  if (dropped === 0) return { html, dropped: 0 };
  out.push(html.slice(last));
  return { html: out.join(''), dropped };
}

/** The next token from `from` (as TOKEN finds it), written into `t`: the name is lower case, '' for comments and declarations. */
interface Token {
  index: number;
  end: number;
  slash: boolean;
  name: string;
  selfClosed: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/**
 * TOKEN's next match, read with indexOf and char codes (the regex plus a match array per tag was the
 * CLI's costliest step after parsing). Tags whose reading is not plain (a quote in the name, a quote
 * left open) go to TOKEN itself, so both always agree.
 */
function nextToken(html: string, from: number, t: Token): boolean {
  const length = html.length;
  for (let i = html.indexOf('<', from); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    t.index = i;
    t.name = '';
    if (c === BANG) {
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      t.end = end === -1 ? length : end + (html.charCodeAt(end) === GT ? 1 : 3);
      return true;
    }
    if (c === QUESTION) {
      const end = html.indexOf('>', i + 2);
      t.end = end === -1 ? length : end + 1;
      return true;
    }
    const slash = c === SLASH;
    const nameStart = slash ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) continue;
    let j = nameStart + 1;
    let plain = true;
    for (; j < length; j++) {
      const d = html.charCodeAt(j);
      if (d === GT || d === SLASH || isSpace(d)) break;
      if (d === DQUOTE || d === SQUOTE) plain = false;
    }
    const nameEnd = j;
    // Attributes: anything up to '>', quoted values whole.
    for (; plain && j < length; j++) {
      const d = html.charCodeAt(j);
      if (d === GT) break;
      if (d === DQUOTE || d === SQUOTE) {
        const close = html.indexOf(d === DQUOTE ? '"' : "'", j + 1);
        if (close === -1) plain = false;
        else j = close;
      }
    }
    if (!plain || j >= length) return regexToken(html, i, t);
    t.slash = slash;
    t.name = html.slice(nameStart, nameEnd).toLowerCase();
    t.end = j + 1;
    let k = j - 1;
    while (k >= nameEnd && isSpace(html.charCodeAt(k))) k--;
    t.selfClosed = k >= nameEnd && html.charCodeAt(k) === SLASH;
    return true;
  }
  return false;
}

/** TOKEN's next match from `from`, for the tags the fast reading leaves to it. */
function regexToken(html: string, from: number, t: Token): boolean {
  TOKEN.lastIndex = from;
  const m = TOKEN.exec(html);
  if (!m) return false;
  const [text, slash, rawName, attributes] = m;
  t.index = m.index;
  t.end = m.index + text.length;
  t.slash = Boolean(slash);
  t.name = rawName ? rawName.toLowerCase() : '';
  t.selfClosed = /\/\s*$/.test(attributes ?? '');
  return true;
}

/** Where `</name` (any case) starts at or after `from`, or -1. */
function endTagAt(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i !== -1; i = html.indexOf('</', i + 2)) {
    let k = 0;
    while (k < name.length && (html.charCodeAt(i + 2 + k) | 0x20) === name.charCodeAt(k)) k++;
    if (k === name.length) return i;
  }
  return -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
