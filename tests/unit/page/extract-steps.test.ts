/**
 * Extraction in steps (the content script spreads it over several tasks): whatever the slicing, the
 * result is the one-shot extraction's, and every step makes progress.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle, startExtraction } from '../../../lib/page';
import { detectFirstStage, finishDetection } from '../../../lib/page/detect';
import { docOf, fixtureDoc, fixturesDir } from './helpers';

const URL_OF = 'https://news.example.kz/2023/11/05/some-story-about-elections';

function inSteps(doc: Document, deadline: () => number): { steps: number; result: ReturnType<typeof extractArticle> } {
  const extractor = startExtraction(doc, URL_OF, detectArticle(doc, URL_OF));
  for (let steps = 1; steps < 10_000; steps++) {
    const result = extractor.step(deadline());
    if (result) return { steps, result };
  }
  throw new Error('extraction never finished');
}

describe('startExtraction', () => {
  it.each(['seed-altaynews.html', 'split-by-ads.html', 'liveblog.html', 'cyrillic-short-paragraphs.html'])(
    '%s: a step per few hundred nodes gives the one-shot result',
    (file) => {
      const doc = fixtureDoc(file);
      const whole = extractArticle(doc, URL_OF, detectArticle(doc, URL_OF));
      // A deadline already past: each step reads its minimum of nodes and stops.
      const { steps, result } = inSteps(doc, () => -Infinity);
      expect(steps).toBeGreaterThan(1);
      expect(result.article).toEqual(whole.article);
      expect(result.blockElements).toEqual(whole.blockElements);
      expect(whole.article.text.length).toBeGreaterThan(200);
    },
  );

  it('spreads a deeply nested page over many steps without recursion', () => {
    const depth = 20_000;
    const doc = docOf(`<html><body><div id="outer"></div></body></html>`);
    // Built by hand: a parser would flatten (or a recursive serializer overflow on) this depth.
    let inner = doc.getElementById('outer')!;
    for (let i = 0; i < depth; i++) {
      const d = doc.createElement('div');
      inner.appendChild(d);
      inner = d;
    }
    const h1 = doc.createElement('h1');
    h1.textContent = 'A headline over a deeply nested story';
    inner.appendChild(h1);
    for (let i = 0; i < 12; i++) {
      const p = doc.createElement('p');
      p.textContent = `Paragraph ${i} of the story, with enough words in it to count as prose for the scorer.`;
      inner.appendChild(p);
    }
    const { steps, result } = inSteps(doc, () => -Infinity);
    expect(steps).toBeGreaterThan(depth / 256);
    expect(result.article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(12);
    expect(result.article.text).toContain('Paragraph 11 of the story');
  });

  it('with time to spare finishes in one step', () => {
    const doc = fixtureDoc('seed-altaynews.html');
    expect(inSteps(doc, () => Infinity).steps).toBe(1);
  });
});

describe('the page head the first stage read', () => {
  it('gives the extraction that reading the head again gives, on every page fixture', () => {
    let withHead = 0;
    for (const file of readdirSync(fixturesDir).filter((f) => f.endsWith('.html'))) {
      const doc = fixtureDoc(file);
      const first = detectFirstStage(doc, URL_OF);
      const detection = finishDetection(first);
      const own = extractArticle(doc, URL_OF, detection);
      const reused = startExtraction(doc, URL_OF, detection, first.head).step(Infinity)!;
      if (first.head && (first.head.meta.size > 0 || first.head.ld.nodes.length > 0)) withHead++;
      expect(reused.article, file).toEqual(own.article);
      expect(reused.blockElements).toEqual(own.blockElements);
    }
    // Pages with meta tags or JSON-LD were among them, so the head really came from the first stage.
    expect(withHead).toBeGreaterThan(5);
  });
});
