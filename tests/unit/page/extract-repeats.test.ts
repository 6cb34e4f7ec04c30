import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../../lib/page';
import { fixtureDoc } from './helpers';

function extract(file: string, url: string) {
  const doc = fixtureDoc(file);
  return extractArticle(doc, url, detectArticle(doc, url)).article;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('extraction: repeated blocks', () => {
  const article = extract('repeated-boxes.html', 'https://river.example/news/bridge-rebuilt');

  it('keeps a paragraph repeated in another box (a cloned slide) once', () => {
    expect(count(article.text, 'Volunteers served more than four hundred suppers')).toBe(1);
  });

  it('keeps repeats among the story\'s own paragraphs and in table cells', () => {
    expect(count(article.text, 'Keep walking, keep building.')).toBe(2);
    expect(count(article.text, 'Closed to lorries')).toBe(2);
    expect(article.text).toContain('the first vehicle across was the school bus');
  });
});

describe('extraction: an anchor left open around an old table layout', () => {
  const article = extract('old-table-unclosed-anchor.html', 'http://hills.example/news/12345');

  it('does not count the text under an `<a name>` as link text', () => {
    expect(article.text).toContain('Drivers who were caught on the pass above the reservoir');
    expect(article.text).toContain('Forecasters expect the snow to ease by Thursday');
    expect(article.text).not.toContain('Copyright');
  });
});
