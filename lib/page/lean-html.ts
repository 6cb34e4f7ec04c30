/**
 * A page's serialised HTML with what lib/page never reads left out: the contents of `<script>` (all but JSON-LD) and
 * `<style>`, which on many news pages are most of the bytes (inline bundles, framework state, critical CSS), and of
 * comments (each stays, empty). Every element stays, so element-child paths are unchanged. Pure string work on
 * `outerHTML`'s output, where the only places a `<` is written unescaped are comments and raw-text elements'
 * contents: those are stepped over whole.
 */

/** A comment, or a raw-text element's start tag (attribute values are always double-quoted in `outerHTML`). */
const RAW_OR_COMMENT = /<!--|<(script|style|xmp|iframe|noembed|noframes|noscript)((?:\s[^>"]*(?:"[^"]*"[^>"]*)*)?)>/g;
/** Kept: the structured data lib/page reads. */
const JSON_LD = /\btype="application\/ld\+json"/i;

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
