// The eval's --strip-meta reading: a page without its declarations, so detection has only the page's shape.
import { describe, expect, it } from 'vitest';
import { stripDeclarations } from '../../../scripts/eval/pages';
import { detectArticle } from '../../../lib/page';
import { docOf } from '../page/helpers';

const paragraph = (i: number) => `<p>Paragraph ${i} of the report says what the officials told reporters on Monday, and why it matters.</p>`;
const page = `<html><head><title>Budget passed</title>
  <meta property="og:type" content="article"><meta property="og:title" content="Budget passed">
  <meta name="author" content="Ann Lee"><meta property="article:published_time" content="2011-03-15T10:00:00Z">
  <meta name="viewport" content="width=device-width">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passed"}</script>
  </head><body><div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Budget passed</h1>
  ${Array.from({ length: 6 }, (_, i) => paragraph(i)).join('')}</div></body></html>`;

describe('stripDeclarations', () => {
  it('removes JSON-LD, OpenGraph, article and author meta and microdata, and keeps the rest', () => {
    const bare = stripDeclarations(page);
    expect(bare).not.toMatch(/ld\+json|og:|article:published|name="author"|itemtype|itemscope|itemprop/);
    expect(bare).toContain('name="viewport"');
    expect(bare).toContain('<title>Budget passed</title>');
    expect(bare).toContain(paragraph(5));
  });

  it('leaves detection no declared signal to read', () => {
    const declared = (html: string) =>
      detectArticle(docOf(html), 'https://daily.example/1234').signals.filter((s) => /^(jsonld|og|meta|microdata):/.test(s.name)).map((s) => s.name);
    expect(declared(page).length).toBeGreaterThanOrEqual(4);
    expect(declared(stripDeclarations(page))).toEqual([]);
  });
});
