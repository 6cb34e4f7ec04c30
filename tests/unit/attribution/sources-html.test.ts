/**
 * Issue 15: photo credits read from an HTML page as from plain text — a credit in a <figcaption> after the
 * caption's text, a credit set as its own paragraph, an agency credit in brackets. Page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { detectArticle, extractArticle } from '../../../lib/page';
import { docOf } from '../page/helpers';

const PAGE = `<!doctype html><html lang="uk"><head><title>Ремонт мосту</title></head><body><article>
<h1>Міст через Ворсклу відремонтують до зими</h1>
<figure><img src="a.jpg" alt=""><figcaption>Міст через Ворсклу у вересні. Фото: Полтавська ОВА</figcaption></figure>
<p>Ремонт мосту через Ворсклу в Полтаві завершать до кінця листопада, повідомили в обласній військовій адміністрації. Роботи коштуватимуть 48 мільйонів гривень.</p>
<p>«Ми закриємо рух лише на одну смугу, щоб не паралізувати місто», — розповіла заступниця начальника управління капітального будівництва Олена Гребенюк.</p>
<p>За її словами, підрядника обрали на тендері в системі Prozorro, а нагляд за роботами вестиме незалежна лабораторія.</p>
<p>Фото: Укрінформ</p>
</article></body></html>`;

describe('photo credits in an HTML page', () => {
  const url = 'https://example.org/news/mist';
  const doc = docOf(PAGE);
  const { article } = extractArticle(doc, url, detectArticle(doc, url));
  const names = analyzeAttribution(article, 'uk').sources.map((s) => s.name);

  it('a credit after the text of a figure caption', () => {
    expect(names).toContain('Полтавська ОВА');
  });

  it('a credit set as a paragraph of its own', () => {
    expect(names).toContain('Ukrinform');
  });
});
