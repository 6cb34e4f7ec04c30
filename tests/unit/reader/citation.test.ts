import { describe, expect, it } from 'vitest';
import { citationParts, encodeFragmentTerm, formatCitation, textDirective, textFragmentUrl } from '../../../components/citation';
import { selectorFor } from '../../../lib/schema';
import { hostileAnalysis } from './hostile-analysis';

/** Splits a text directive back into its terms, as a browser would (WICG Text Fragments §3.3.1). */
function parseDirective(directive: string) {
  const terms = directive.replace(/^text=/, '').split(',');
  const prefix = terms[0]!.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : null;
  const suffix = terms[terms.length - 1]!.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : null;
  return { prefix, start: decodeURIComponent(terms[0]!), end: terms[1] ? decodeURIComponent(terms[1]) : null, suffix };
}

describe('text fragment links', () => {
  it('encodes the characters the directive reserves', () => {
    expect(encodeFragmentTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    expect(encodeFragmentTerm('Қазақ')).toBe(encodeURIComponent('Қазақ'));
  });

  it('a short quote is linked whole, with whole words of context from its own paragraph', () => {
    const text = 'Intro paragraph.\n\nThe akim said: «We will build - and, yes, finish - the road» on Monday in Almaty.';
    const start = text.indexOf('We will');
    const end = text.indexOf('»');
    const directive = textDirective(selectorFor(text, start, end));
    const d = parseDirective(directive);
    expect(d.start).toBe('We will build - and, yes, finish - the road');
    expect(d.end).toBeNull();
    // 32 characters back reach into "Intro paragraph.": the other paragraph is left out.
    expect(d.prefix).toBe('akim said: «');
    expect(d.suffix).toBe('» on Monday');
    // The quote's own hyphens and commas are encoded, so they can't split the directive.
    expect(directive).toContain('build%20%2D%20and%2C%20yes%2C');
  });

  it('drops the word the selector cut in half', () => {
    const before = 'Reporters gathered outside the akimat where the akim said: ';
    const text = `${before}road works start today, and the unreliable contractors will be replaced soon.`;
    const start = before.length;
    const end = start + 'road works start today'.length;
    const d = parseDirective(textDirective(selectorFor(text, start, end)));
    // The 32 characters before begin "…e akimat where…": the partial "e" is dropped; 3 whole words kept.
    expect(d.prefix).toBe('the akim said:');
    // The 32 after end inside "contractors": the partial word is dropped.
    expect(d.suffix).toBe(', and the');
  });

  it('a long quote is linked by its first and last words', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    const text = `He said "${quote}" yesterday.`;
    const start = text.indexOf(quote);
    const d = parseDirective(textDirective(selectorFor(text, start, start + quote.length)));
    expect(d.start).toBe('one two three four');
    expect(d.end).toBe('fourteen fifteen sixteen seventeen');
    expect(d.prefix).toBe('He said "');
    expect(d.suffix).toBe('" yesterday.');
  });

  it('replaces the page URL\'s own fragment', () => {
    const sel = { exact: 'hello world', prefix: '', suffix: '' };
    expect(textFragmentUrl('https://a.example/p?x=1#top', sel)).toBe('https://a.example/p?x=1#:~:text=hello%20world');
  });

  it('a citation names speaker, role, outlet, date and the link', () => {
    const a = hostileAnalysis();
    const parts = citationParts(a, a.quotes[0]!, (iso) => iso?.slice(0, 10) ?? null);
    expect(parts.speaker).toBe(a.quotes[0]!.speaker);
    expect(parts.role).toBe(a.people[0]!.roles[0]);
    expect(parts.date).toBe('2023-11-05');
    expect(parts.link.startsWith('https://news.example/a?b=1#:~:text=')).toBe(true);
    const text = formatCitation(parts);
    expect(text).toContain(`“${a.quotes[0]!.text}” — ${parts.speaker}, ${parts.role}`);
    expect(text).toContain(`${a.article.publisher}, 2023-11-05`);
    expect(text.endsWith(parts.link)).toBe(true);
  });

  it('a citation never names a speaker whose link is under the shown confidence', () => {
    const a = hostileAnalysis();
    const quote = { ...a.quotes[0]!, speakerConfidence: 0 };
    const parts = citationParts(a, quote, () => null);
    expect(parts.speaker).toBe(quote.speakerRef);
    expect(parts.role).toBeNull();
    // The sure link names the speaker.
    expect(citationParts(a, { ...quote, speakerConfidence: 1 }, () => null).speaker).toBe(a.quotes[0]!.speaker);
  });
});
