import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../../lib/schema/article';
import { detectArticle, extractArticle } from '../../../lib/page';
import { docOf, fixtureDoc } from './helpers';

function extract(file: string, url: string) {
  const doc = fixtureDoc(file);
  return extractArticle(doc, url, detectArticle(doc, url));
}

describe('extractArticle: the seed page layout', () => {
  const url = 'https://altaynews.kz/ru/news/mazhilismen-rasskazal-chto-prinesut-vybory';
  const { article, blockElements } = extract('seed-altaynews.html', url);

  it('keeps the article paragraphs and drops header widgets and the subscribe prompt', () => {
    expect(article.text.startsWith('Депутат Мажилиса Парламента РК Марат Башимов')).toBe(true);
    expect(article.text).toContain('42 районов.');
    for (const noise of ['Усть-Каменогорск', '498.51', 'пасмурно', 'Подпишись', 'Подписаться', 'Последние новости', 'Все права']) {
      expect(article.text).not.toContain(noise);
    }
  });

  it('reads title, byline, date, publisher, canonical URL and language', () => {
    expect(article.title).toBe('Мажилисмен рассказал, что принесут стране выборы районных акимов');
    expect(article.byline).toBe('Маргарита Малышева');
    expect(article.published).toBe('2023-11-05T13:40');
    expect(article.publisher).toBe('altaynews.kz');
    expect(article.url).toBe('https://altaynews.kz/ru/news/mazhilismen-rasskazal-chto-prinesut-vybory');
    expect(article.langHint).toBe('ru');
  });

  it('leaves the date/views/author line out of the text', () => {
    expect(article.text).not.toContain('Маргарита Малышева');
    expect(article.text).not.toContain('519');
  });

  it('gives block offsets into the text and the element of every block', () => {
    expect(article.blocks.length).toBe(blockElements.length);
    article.blocks.forEach((b, i) => {
      const slice = article.text.slice(b.start, b.end);
      expect(slice).toBe(slice.trim());
      expect(slice.replace(/\s+/g, ' ')).toBe(blockElements[i]!.textContent!.replace(/\s+/g, ' ').trim());
    });
    expect(article.text.split('\n\n').length).toBe(article.blocks.length);
  });
});

describe('extractArticle: structure and boilerplate', () => {
  it('joins an article split by an advert and keeps the caption as a caption', () => {
    const { article } = extract('split-by-ads.html', 'https://metropost.example/news/rail-strike-called-off');
    expect(article.text).toContain('called off after unions and operators');
    expect(article.text).toContain('the union\'s general secretary said');
    expect(article.text).not.toContain('Buy the new phone');
    expect(article.text).not.toContain('Read also');
    expect(article.text).not.toContain('Share on');
    expect(article.text).not.toContain('cookies');
    expect(article.text).not.toContain('Most read');
    const kinds = article.blocks.map((b) => b.kind);
    expect(kinds).toContain('caption');
    expect(article.byline).toBe('Priya Shah');
    expect(article.published).toBe('2024-02-14T07:30:00+00:00');
    expect(article.publisher).toBe('Metro Post');
    expect(article.title).toBe('Rail strike called off after late-night deal');
  });

  it('reads a live blog with several authors and keeps the quote as a blockquote', () => {
    const { article } = extract('liveblog.html', 'https://herald.example/live/election-night-results');
    expect(article.byline).toBe('Ana Ruiz, Tom Becker');
    expect(article.published).toBe('2024-11-05T18:00:00-05:00');
    expect(article.modified).toBe('2024-11-06T02:15:00-05:00');
    expect(article.text).toContain('Polls have now closed');
    expect(article.text).toContain('Turnout in the city');
    expect(article.text).not.toContain('Advertisement');
    expect(article.blocks.some((b) => b.kind === 'blockquote')).toBe(true);
  });

  it('handles Russian news of one-sentence paragraphs with a "Автор:" meta line', () => {
    const { article } = extract('cyrillic-short-paragraphs.html', 'https://pavlodarnews.kz/news/most');
    expect(article.blocks.length).toBe(6);
    expect(article.byline).toBe('Иван Петров');
    expect(article.published).toBe('2025-01-21T09:05');
    expect(article.text).not.toContain('Читайте также');
    expect(article.text).not.toContain('Главная');
  });

  it('reads a Kazakh date line', () => {
    const { article } = extract('kazakh-news.html', 'https://altay.kz/kk/news/44123');
    expect(article.published).toBe('2023-11-05T10:15');
    expect(article.langHint).toBe('kk');
    expect(article.text.startsWith('Өскемен қаласында')).toBe(true);
    expect(article.publisher).toBe('Altay Aqparat');
  });

  it('keeps headings and list items with their kinds', () => {
    const doc = docOf(`<html><body><article><h1>A guide to packing for a move</h1>
      <p>Packing is the part of a move that most people leave too late, and it is the part that costs the most stress.</p>
      <h2>Start with the rooms you use least</h2>
      <p>Guest rooms, storage and the garage can be packed weeks ahead without any effect on daily life at home.</p>
      <ul><li>Label every box with its room and contents.</li><li>Keep a box of essentials for the first night.</li></ul>
      <pre>box 1: kitchen</pre></article></body></html>`);
    const { article } = extractArticle(doc, 'https://x.example/blog/packing-guide-for-moving', detectArticle(doc, 'https://x.example/blog/packing-guide-for-moving'));
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'preformatted']);
    expect(article.title).toBe('A guide to packing for a move');
  });

  it('splits paragraphs written with <br><br> and keeps single breaks inside a block', () => {
    const doc = docOf(`<html><body><div class="story">First paragraph of the story, long enough to count as text here.<br><br>Second paragraph starts here<br>and continues on a new line.</div></body></html>`);
    const { article, blockElements } = extractArticle(doc, 'https://x.example/a', detectArticle(doc, 'https://x.example/a'));
    expect(article.text).toBe('First paragraph of the story, long enough to count as text here.\n\nSecond paragraph starts here and continues on a new line.');
    expect(blockElements[0]).toBe(blockElements[1]);
  });

  it('keeps the short paragraphs of a <br>-separated cell that also holds the date line', () => {
    // Old table layouts: headline, date and story in one cell. Only the piece with the date is metadata.
    const doc = docOf(`<html><body><table><tr><td class="text"><b>Мэр открыл новый мост через реку</b><br><font size="1">12 марта 2011 г. 14:25</font><br><br>
      Мост через реку Быструю открыли в субботу после двух лет ремонта, сообщили в мэрии города.<br><br>
      Движение пойдёт в обе стороны.<br><br>
      По словам мэра, ремонт обошёлся городу в 140 миллионов рублей, а работы закончили на месяц раньше срока.<br><br>
      Автобусы вернутся на мост с понедельника.</td></tr></table></body></html>`);
    const url = 'http://www.gorod.example/news.php?id=31001';
    const { article } = extractArticle(doc, url, detectArticle(doc, url));
    expect(article.text).toContain('Движение пойдёт в обе стороны.');
    expect(article.text).toContain('Автобусы вернутся на мост с понедельника.');
    expect(article.text).not.toContain('2011 г.');
  });

  it('cuts the text at MAX_ARTICLE_CHARS and says so', () => {
    const para = `<p>${'слово '.repeat(20_000)}</p>`;
    const doc = docOf(`<html><body><article>${para.repeat(12)}</article></body></html>`);
    const { article } = extractArticle(doc, 'https://x.example/a', detectArticle(doc, 'https://x.example/a'));
    expect(article.truncated).toBe(true);
    expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article.blocks.at(-1)!.end).toBe(article.text.length);
  });

  it('never throws, even without a body', () => {
    const doc = docOf('');
    const ex = extractArticle(doc, 'https://x.example/', detectArticle(doc, 'https://x.example/'));
    expect(ex.article.text).toBe('');
    expect(ex.blockElements).toEqual([]);
  });
});

describe('extractArticle: class words or landmarks that hide the story', () => {
  const story = [
    'The council voted on Tuesday to reopen the old bridge to buses, ending a closure that began last spring.',
    'Engineers said the repairs to the supports were finished two weeks ahead of the schedule set in March.',
    'Residents on both banks had asked for the reopening, saying the detour added half an hour to each trip.',
    'The mayor said lorries would stay banned until a second inspection, expected before the end of the year.',
    'Bus operators will restore the three routes that crossed the bridge from Monday, the transport office said.',
  ];
  const paragraphs = story.map((p) => `<p>${p}</p>`).join('\n');

  it.each([
    ['a wrapper named like an ad', `<div class="article-advert"><div class="share-bar"><a href="/s">Share</a></div>${paragraphs}</div>`],
    ['an <aside> never closed around the page', `<aside class="announcement"><div><h1>Bridge reopens to buses</h1>${paragraphs}</div>`],
  ])('reads the story in %s, still without the share bar', (_, inner) => {
    const doc = docOf(`<html><body><nav><a href="/">Home</a></nav>${inner}<footer>Contact</footer></body></html>`);
    const url = 'https://town.example/news/bridge-reopens-to-buses-after-repairs';
    const { article } = extractArticle(doc, url, detectArticle(doc, url));
    for (const p of story) expect(article.text).toContain(p);
    expect(article.text).not.toContain('Share');
    expect(article.text).not.toContain('Contact');
  });
});

describe('extractArticle: comment threads', () => {
  const story = [
    'The regional court cleared the former police chief of the corruption charges on Wednesday afternoon.',
    'He was sentenced only for threatening the officers who arrested him ten years ago, the judge said.',
  ];
  /** Readers' comments: each a name and time line and a few sentences, as 2011 news sites printed them. */
  const comments = (cls: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<div class="${cls}"><p class="meta">reader${i} (guest), 03.01.12, 20:3${i % 10}</p>
      <p>I do not believe a word of this verdict, the whole affair was covered up from the very start, number ${i}.</p>
      <p>Everyone in the city knows what really happened and who paid whom, and nobody will ever be punished for it.</p></div>`).join('\n');
  const url = 'https://daily.example/news/former-police-chief-cleared-of-corruption';
  const extractHtml = (html: string) => {
    const doc = docOf(html);
    return extractArticle(doc, url, detectArticle(doc, url)).article;
  };

  it('leaves out a thread named in a compound or another language (commentdiv, komentarzWiersz), even under a short story', () => {
    for (const cls of ['commentdiv', 'komentarzWiersz', 'foot facebookcomments']) {
      const article = extractHtml(`<html><body><div class="main"><h1>Former police chief cleared</h1>
        <div class="text">${story.map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="thread">${comments(cls, 12)}</div></div></body></html>`);
      for (const p of story) expect(article.text).toContain(p);
      expect(article.text).not.toContain('covered up');
    }
  });

  it('leaves out a thread without class words that starts with a reply form', () => {
    const longStory = [...story, ...story.map((p) => p.replace('the', 'that'))].map((p) => `<p>${p} It was the last hearing in the case.</p>`).join('');
    const article = extractHtml(`<html><body><div class="col"><h1>Former police chief cleared</h1>
      <div class="lead"><p>${story[0]} The verdict is final.</p></div><div class="txt">${longStory}</div>
      <div class="opinions"><form><p>Your opinion</p><textarea name="body"></textarea></form>${comments('op', 8)}</div></div></body></html>`);
    expect(article.text).toContain('The verdict is final.');
    expect(article.text).toContain('It was the last hearing in the case.');
    expect(article.text).not.toContain('covered up');
  });

  it('still reads a story whose wrapper is named after its comments when it holds the headline', () => {
    const paras = Array.from({ length: 4 }, (_, i) => `<p>${story[i % 2]} Paragraph ${i + 1} of the report adds detail.</p>`).join('');
    const article = extractHtml(`<html><body><div class="post has-comments"><h1>Former police chief cleared</h1>${paras}</div>
      <div class="sidebar"><p>${'Weather and traffic for the whole region today and tomorrow. '.repeat(3)}</p></div></body></html>`);
    expect(article.text).toContain('Paragraph 4 of the report adds detail.');
  });
});
