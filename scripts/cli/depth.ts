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
  let lower: string | null = null;
  const drop = (from: number, to: number) => {
    out.push(html.slice(last, from));
    last = to;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [token, slash, rawName, attributes] = m;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (VOID.has(name)) continue;
    if (slash) {
      const pending = droppedOpen.get(name) ?? 0;
      if (pending > 0) {
        drop(m.index, m.index + token.length);
        droppedOpen.set(name, pending - 1);
      } else {
        const at = open.lastIndexOf(name);
        if (at !== -1) open.length = at;
      }
      continue;
    }
    if (open.at(-1) === 'p' && CLOSES_P.has(name)) open.pop();
    else if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) open.pop();
    const selfClosed = /\/\s*$/.test(attributes ?? '');
    if (RAW_TEXT.has(name)) {
      // Skip to the end tag: what is inside is not markup.
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, TOKEN.lastIndex);
      if (open.length < limit) {
        TOKEN.lastIndex = end === -1 ? html.length : end;
        open.push(name);
      } else {
        // A raw-text element past the limit goes with its content: there is no text in it to keep.
        const close = end === -1 ? -1 : html.indexOf('>', end);
        drop(m.index, close === -1 ? html.length : close + 1);
        TOKEN.lastIndex = last;
        dropped++;
      }
      continue;
    }
    if (selfClosed) continue;
    if (open.length < limit) open.push(name);
    else {
      drop(m.index, m.index + token.length);
      droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
      dropped++;
    }
  }
  if (dropped === 0) return { html, dropped: 0 };
  out.push(html.slice(last));
  return { html: out.join(''), dropped };
}
