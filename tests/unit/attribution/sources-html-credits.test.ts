/**
 * Issue 15: a photo credit in an HTML page is read as in plain text — a "©" credit in a <figcaption>, a
 * credit in <small> under a picture, "(Photo by …/…)" closing a caption, a Kazakh "Сурет:" credit. Pages
 * written for this test (people invented; the agencies are the credits).
 */
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { detectArticle, extractArticle } from '../../../lib/page';
import { sameSource } from '../../../scripts/eval/attribution/golden';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { docOf } from '../page/helpers';

const BODY = {
  fr: `<p>Le port de Dunkerque restera fermé jusqu’à lundi, a annoncé la préfecture du Nord dans un communiqué. Les vents ont atteint 130 km/h dans la nuit.</p>
<p>« Nous ne prendrons aucun risque avec les équipages », a déclaré le directeur du port, Marc Lefèvre, jeudi matin.</p>
<p>Selon Météo-France, la tempête doit faiblir samedi après-midi sur tout le littoral.</p>`,
  es: `<p>El puerto de Vigo permanecerá cerrado hasta el lunes, informó la Autoridad Portuaria en un comunicado. Las rachas superaron los 120 km/h.</p>
<p>«No vamos a arriesgar la vida de nadie», declaró el presidente del puerto, Carlos Otero, a primera hora del jueves.</p>
<p>Según Meteogalicia, el temporal amainará el sábado por la tarde.</p>`,
  en: `<p>The port will stay closed until Monday, officials said on Thursday. Gusts reached 80 mph overnight.</p>
<p>"We will not take any risk with the crews," harbour master Mark Ellis said on Thursday morning.</p>
<p>The storm is expected to ease on Saturday afternoon, according to the Met Office.</p>`,
  kk: `<p>Ақтау портында дауыл салдарынан жұмыс тоқтатылды. Жел екпіні секундына 30 метрге жетті.</p>
<p>«Біз ешкімнің өмірін қатерге тікпейміз», – деді порт директоры Марат Сейітов.</p>
<p>Қазгидромет мәліметінше, дауыл сенбіде басылады.</p>`,
};

function page(lang: string, figure: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>Port</title></head><body><article>
<h1>Port</h1>
${figure}
${BODY[lang as keyof typeof BODY]}
</article></body></html>`;
}

const CASES: Array<[lang: string, figure: string, expected: string]> = [
  ['fr', '<figure><img src="a.jpg" alt=""><figcaption>Le port de Dunkerque jeudi matin. © Ludovic Marin / AFP</figcaption></figure>', 'AFP'],
  ['es', '<figure><img src="a.jpg" alt=""><figcaption>El puerto de Vigo, este jueves.<small>Foto: EFE/Salvador Sas</small></figcaption></figure>', 'EFE'],
  ['en', '<figure><img src="a.jpg" alt=""><figcaption>Waves hit the harbour wall on Thursday. (Photo by Jane Doe/Getty Images)</figcaption></figure>', 'Getty Images'],
  ['kk', '<figure><img src="a.jpg" alt=""><figcaption>Ақтау порты. Сурет: Kazinform</figcaption></figure>', 'Kazinform'],
];

describe('photo credits: an HTML page as plain text', () => {
  for (const [lang, figure, expected] of CASES) {
    it(`${lang}: ${expected} credited in a caption`, () => {
      const url = `https://example.org/${lang}/port`;
      const doc = docOf(page(lang, figure));
      const { article } = extractArticle(doc, url, detectArticle(doc, url));
      const fromPage = analyzeAttribution(article, lang).sources;
      expect(fromPage.map((s) => [s.kind, sameSource(expected, s.name)])).toContainEqual(['photo', true]);
      // The same credit written as a line of plain text is found the same way.
      const caption = figure.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      const fromText = analyzeAttribution(articleFromText(`${caption}\n\nLe texte. The text.`), lang).sources;
      expect(fromText.some((s) => sameSource(expected, s.name))).toBe(true);
    });
  }
});
