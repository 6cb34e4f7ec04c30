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

// A photographer before the agency, the agency written in lowercase, in a caption and in a credit line (German and English).
const PAGE_DE = `<!doctype html><html lang="de"><head><title>Werft</title></head><body><article>
<h1>Werft in Vegesack streicht Stellen</h1>
<figure><img src="w.jpg" alt=""><figcaption>Das Dock der Werft in Vegesack. Foto: Jan Weidemann/picture alliance</figcaption></figure>
<p>Die Bremer Werft will bis Ende 2027 rund 300 ihrer 1.400 Stellen abbauen. Das kündigte Geschäftsführerin Anja Riedel am Montag an.</p>
<p>„Wir müssen jetzt handeln“, sagte die 52-Jährige. Die Gewerkschaft reagierte empört und kündigte Proteste an.</p>
</article></body></html>`;

const PAGE_EN = `<!doctype html><html lang="en"><head><title>Plant</title></head><body><article>
<h1>Dayton plant to close next summer</h1>
<figure><img src="p.jpg" alt=""><figcaption>Workers leave the plant on Tuesday. Photo: Danny Lawson/PA Wire</figcaption></figure>
<p>The washing machine plant in Dayton will close by next summer, eliminating about 1,100 jobs, the company said on Tuesday.</p>
<p>"This was the hardest decision I have made in this job," chief executive Martin Greaves said in a statement to staff.</p>
</article></body></html>`;

describe('photo credits with the photographer first, in an HTML caption', () => {
  const sourcesOf = (page: string, url: string, lang: string) => {
    const doc = docOf(page);
    const { article } = extractArticle(doc, url, detectArticle(doc, url));
    return analyzeAttribution(article, lang).sources;
  };

  it('a lowercase agency after the photographer is the credit, not the photographer', () => {
    const sources = sourcesOf(PAGE_DE, 'https://example.org/werft', 'de');
    expect(sources.map((s) => [s.name, s.kind])).toContainEqual(['picture alliance', 'photo']);
    expect(sources.map((s) => s.name)).not.toContain('Jan Weidemann');
  });

  it('an agency alias in a caption credit names the agency', () => {
    const sources = sourcesOf(PAGE_EN, 'https://example.org/plant', 'en');
    expect(sources.map((s) => [s.name, s.kind])).toContainEqual(['PA Media', 'photo']);
  });
});
