/**
 * A page's serialised HTML with what lib/page never reads left out: the contents of `<script>` (all but JSON-LD) and
 * `<style>`, which on many news pages are most of the bytes (inline bundles, framework state, critical CSS), and of
 * comments; in `<head>`, every element but the title, meta and link tags, `<base>` and JSON-LD. Every element of
 * `<body>` stays, so element-child paths are unchanged. Pure string work on `outerHTML`'s output, where the only
 * places a `<` is written unescaped are comments and raw-text elements' contents: those are stepped over whole.
 */

/** A comment, or a raw-text element's start tag (attribute values are always double-quoted in `outerHTML`). */
const RAW_OR_COMMENT = /<!--|<(script|style|xmp|iframe|noembed|noframes|noscript)((?:\s[^>"]*(?:"[^"]*"[^>"]*)*)?)>/g;
/** Kept: the structured data lib/page reads. */
const JSON_LD = /\btype="application\/ld\+json"/i;
/** What lib/page reads in `<head>` (metadata, detection): these elements, and JSON-LD scripts. */
const HEAD_KEPT = new Set(['title', 'meta', 'link', 'base']);
const HTML_END = '></html>';

export function leanHtml(html: string): string {
  let out = '';
  let copied = 0;
  RAW_OR_COMMENT.lastIndex = 0;
  for (let m = RAW_OR_COMMENT.exec(html); m; m = RAW_OR_COMMENT.exec(html)) {
    const from = m.index + m[0].length;
    const tag = m[1];
    const end = html.indexOf(tag ? `</${tag}` : '-->', from);
    if (end < 0) break;
    RAW_OR_COMMENT.lastIndex = end;
    if (!tag || (tag === 'script' && !JSON_LD.test(m[2]!)) || tag === 'style') {
      out += html.slice(copied, from);
      copied = end;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/**
 * The page as the background reads it (`page:html`): `<head>` reduced to what lib/page reads (its scripts and styles
 * are never serialised: on some pages most of the page's bytes), the rest of `<html>` as it is, then made lean.
 */
export function serialisePage(doc: Document): string {
  const root = doc.documentElement;
  const head = doc.head;
  // The root's own start tag, attributes escaped as `outerHTML` does (an XML document writes an empty root as `<html/>`).
  const shell = head?.parentElement === root ? (root.cloneNode(false) as Element).outerHTML : '';
  if (!shell.endsWith(HTML_END)) return leanHtml(root.outerHTML);
  let html = shell.slice(0, shell.length - HTML_END.length + 1);
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (child !== head) {
      html += child.outerHTML;
      continue;
    }
    html += '<head>';
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      const name = el.localName;
      // JSON-LD scripts go through leanHtml like every other script (it decides what is JSON-LD).
      if (HEAD_KEPT.has(name) || (name === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? ''))) html += el.outerHTML;
    }
    html += '</head>';
  }
  return leanHtml(html + '</html>');
}
