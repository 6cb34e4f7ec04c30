/**
 * What the probe sends leaves out script, style and comment contents (lib/page/lean-html.ts): the background must
 * read the same page from it, every element in its place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leanHtml } from '../../../lib/page/lean-html';
import { readPage } from '../../../entrypoints/background/page-read';
import { docOf, htmlFilesUnder } from './helpers';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const URL = 'https://example.org/news/2024/05/01/a-long-story-about-the-budget-vote';

describe('the lean copy of a page', () => {
  it('empties scripts, styles and comments, keeps JSON-LD and every element', () => {
    const html =
      '<html><head><style>p{color:red}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<script data-x="a>b" src="x.js">var s = "<p>not an element</p>"; if (a < b) {}</script></head>' +
      '<body><!-- <script> in a comment --><p>One &lt;script&gt;</p><iframe srcdoc="x"><p>raw</p></iframe>' +
      '<svg><style>.a{}</style><script>x()</script><path d="M0"></path></svg><p>Two</p></body></html>';
    expect(leanHtml(html)).toBe(
      '<html><head><style></style><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<script data-x="a>b" src="x.js"></script></head>' +
        '<body><!----><p>One &lt;script&gt;</p><iframe srcdoc="x"><p>raw</p></iframe>' +
        '<svg><style></style><script></script><path d="M0"></path></svg><p>Two</p></body></html>',
    );
    expect(leanHtml('<p>nothing to leave out</p>')).toBe('<p>nothing to leave out</p>');
    // An unclosed comment or raw-text element (a cut string) leaves the rest as it is.
    expect(leanHtml('<p>a</p><script>x()')).toBe('<p>a</p><script>x()');
    expect(leanHtml('<p>a</p><!-- cut')).toBe('<p>a</p><!-- cut');
    // A comment's `<` or `>` never starts a tag; a raw-text element's `<!--` never starts a comment.
    expect(leanHtml('<!-- <p> -- > --><p>b</p><script>"<!--"</script><p>c</p>')).toBe('<!----><p>b</p><script></script><p>c</p>');
  });

  it('is read by the background as the whole copy is, on every test page', () => {
    const files = htmlFilesUnder(fixtures).filter((f) => !f.includes(`${path.sep}hostile${path.sep}`));
    let shorter = 0;
    for (const file of files) {
      const html = docOf(readFileSync(file, 'utf8')).documentElement.outerHTML;
      const lean = leanHtml(html);
      if (lean.length < html.length) shorter++;
      expect(readPage(lean, URL, true), path.relative(fixtures, file)).toEqual(readPage(html, URL, true));
    }
    expect(shorter).toBeGreaterThan(5);
  });
});
