/** Issue 18, attack 8: exports escape page-controlled text for their format. */
import { describe, expect, it } from 'vitest';
import { analysisToCsv, analysisToMarkdown, csvCell, historyToCsv, markdownText, markdownUrl } from '../../../components/export';
import { ATTACKS, hostileAnalysis } from './hostile-analysis';

/** Undoes CommonMark backslash escapes: what a renderer would show as text. */
const unescapeMd = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Characters a Markdown renderer would act on, when not backslash-escaped. */
function unescaped(md: string, chars: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++;
      continue;
    }
    if (chars.includes(md[i]!)) found.push(md.slice(Math.max(0, i - 15), i + 15));
  }
  return found;
}

/** Parses one CSV document (RFC 4180) into rows of cells. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

describe('attack 8: Markdown export carries no live markup from the page', () => {
  const md = analysisToMarkdown(hostileAnalysis());

  it('attack 8 (markdown): no raw HTML — every < and > from the page is escaped', () => {
    // The only unescaped angle brackets are the autolinks Byline builds for http(s) URLs.
    const withoutAutolinks = md.replace(/<https:\/\/[^\s<>]*>/g, '');
    expect(unescaped(withoutAutolinks, '<>')).toEqual([]);
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/i);
  });

  it('attack 8 (markdown): no javascript: or data: link, link text or image from the page', () => {
    expect(md).not.toMatch(/\]\(\s*(javascript|data|vbscript):/i);
    expect(md).not.toMatch(/(^|[^\\])<(javascript|data):/i);
    // Parentheses alone are plain text (Byline writes "(direct)"); without [ ] ! ` nothing links or embeds.
    expect(unescaped(md, '[]!`')).toEqual([]);
  });

  it('attack 8 (markdown): =HYPERLINK(…) cannot start a value as a live formula', () => {
    expect(md).not.toMatch(/(^|\s|\*\*)=HYPERLINK/);
    expect(md).toContain('\\=HYPERLINK');
  });

  it('keeps what the page said, readable once unescaped', () => {
    const shown = unescapeMd(md);
    for (const attack of [ATTACKS.link, ATTACKS.img, ATTACKS.script, ATTACKS.formula]) expect(shown).toContain(attack);
    // http(s) URLs stay links, with characters that would end the autolink encoded.
    expect(md).toContain('<https://news.example/a?b=1>');
    expect(md).toContain('<https://agency.example/x%20y(1)>');
  });

  it('markdownText and markdownUrl on their own', () => {
    expect(markdownText('<b>x</b>')).toBe('\\<b\\>x\\</b\\>');
    expect(markdownText('a\n\n# heading')).toBe('a \\# heading');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
    expect(markdownUrl('data:text/html,<script>')).not.toMatch(/^</);
    expect(markdownUrl('https://a.example/<x>')).toBe('<https://a.example/%3Cx%3E>');
  });
});

describe('attack 8: CSV export defuses formulas', () => {
  it('attack 8 (csv): cells starting with = + - @ tab or CR are prefixed with an apostrophe', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${lead}HYPERLINK("http://evil.example")`);
      const [[parsed]] = parseCsv(`${cell}\r\n`) as [[string]];
      expect(parsed.startsWith(`'${lead}`)).toBe(true);
    }
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });

  it('attack 8 (csv): the quotes export parses back to the same cells, none of them a formula', () => {
    const a = hostileAnalysis();
    const rows = parseCsv(analysisToCsv(a));
    expect(rows).toHaveLength(1 + a.quotes.length);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const speaker = rows[0]!.indexOf('speaker');
    expect(rows[1]![speaker]).toBe(`'${ATTACKS.formula}`);
    const ref = rows[0]!.indexOf('speaker_reference');
    expect(rows[2]![ref]).toBe("'@SUM(1+1)*cmd|/C calc!A0");
  });

  it('attack 8 (csv): the history export defuses the same way', () => {
    const csv = historyToCsv([
      {
        url: 'https://a.example/', title: '=cmd|" /C calc"!A0', site: 'a.example', publisher: '+x', published: null,
        language: 'en', analyzedAt: 0, people: ['-1+1'], peopleKeys: [], sources: ['@x'], keywords: [],
      },
    ]);
    const [, row] = parseCsv(csv) as [string[], string[]];
    expect(row[0]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row[3]).toBe("'+x");
    expect(row[7]).toBe("'-1+1");
    expect(row[8]).toBe("'@x");
  });
});
