/** The URL's shape, read without regexes: each case is a page kind readers meet. */
import { describe, expect, it } from 'vitest';
import { slugWords, urlShape } from '../../../lib/page/url-shape';

const shape = (url: string) => urlShape(new URL(url));

describe('urlShape', () => {
  it.each([
    ['https://ex.com/', true],
    ['https://ex.com/index.html', true],
    ['https://ex.com/en', true],
    ['https://ex.com/en-us/', true],
    ['https://ex.com/news', false],
    ['https://ex.com/eng', false],
    // Older engines serve each story from the front script, named by a number.
    ['https://ex.com/index.php?newsid=12345', false],
    ['https://ex.com/?p=678', false],
    ['https://ex.com/index.php?option=com_content&task=view&id=70&Itemid=2', false],
    ['https://ex.com/?page=2', true],
    ['https://ex.com/?utm_source=rss', true],
  ])('%s homepage: %s', (url, homepage) => {
    expect(shape(url).homepage).toBe(homepage);
  });

  it.each([
    ['https://ex.com/tag/elections', true],
    ['https://ex.com/Category/Politics/', true],
    ['https://ex.com/news/page/3', true],
    ['https://ex.com/news/page/three', false],
    ['https://ex.com/news/x?q=akim', true],
    ['https://ex.com/news/x?Text=akim&y=1', true],
    ['https://ex.com/news/x?query', false],
    ['https://ex.com/news/tagged-story', false],
  ])('%s listing: %s', (url, listing) => {
    expect(shape(url).listing).toBe(listing);
  });

  it.each([
    ['https://ex.com/2023/11/05/story', true],
    ['https://ex.com/2023/11', true],
    ['https://ex.com/2023/11-story', true],
    ['https://ex.com/2023-11-05-story', true],
    ['https://ex.com/news/20231105-story', true],
    ['https://ex.com/news/202311051', false],
    ['https://ex.com/2023/13/story', false],
    ['https://ex.com/2023/0/story', false],
    ['https://ex.com/1899/11/story', false],
    ['https://ex.com/news/2023', false],
  ])('%s dated: %s', (url, dated) => {
    expect(shape(url).dated).toBe(dated);
  });

  it.each([
    ['https://ex.com/news/akim-elections', { kind: 'article', folder: 'news' }],
    ['https://ex.com/news/', null],
    ['https://ex.com/docs/guides/setup', { kind: 'non-article', folder: 'docs' }],
    ['https://ex.com/blog/products/new-range', { kind: 'article', folder: 'blog' }],
    ['https://forum.ex.com/t/some-topic-1234', { kind: 'non-article', folder: 't' }],
    ['https://forum.ex.com/t/some-topic', null],
    ['https://www.kommersant.ru/doc/1234567', null],
    ['https://ex.com/doc/1234567/print', { kind: 'non-article', folder: 'doc' }],
    ['https://www.postgresql.org/docs/18/sql-select.html', { kind: 'non-article', folder: 'docs' }],
  ])('%s section', (url, section) => {
    expect(shape(url).section).toEqual(section);
  });

  it('keeps the last segment without its extension, and splits it into words with letters', () => {
    const s = shape('https://ex.com/news/2023/akim-elections-in-the-district_2024.html');
    expect(s.slug).toBe('akim-elections-in-the-district_2024');
    expect(slugWords(s.slug)).toEqual(['akim', 'elections', 'in', 'the', 'district']);
    expect(slugWords('%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B%20%D0%B0%D0%BA%D0%B8%D0%BC%D0%BE%D0%B2')).toHaveLength(2);
    expect(shape('https://ex.com/a/archive.tar.gz').slug).toBe('archive.tar');
  });
});
