/** Candidate text signals of the main block (scripts/eval/detect-text.ts), read on small built pages. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { textFeatures } from '../../../scripts/eval/detect-text';

const page = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
const para = (s: string) => `<p>${s}</p>`;

describe('main-block text signals', () => {
  it('reads the block holding most prose words, not a smaller one beside it', () => {
    const story = [
      'The mayor said on Monday that the bridge would reopen in March after two years of repairs.',
      '“We are nearly there,” she told reporters at the site, where crews worked through the night.',
      'Is the city ready for the traffic? Officials expect about 40,000 cars a day in 2025.',
    ].map(para).join('');
    const aside = para('Click here to sign up for our weekly letter about the city and its news.');
    const f = textFeatures(page(`<div id="a">${aside}</div><div id="s">${story}</div>`));
    // Four sentences: one with quote marks, one question.
    expect(f['cand:quotes']).toBeCloseTo(1 / 4);
    expect(f['cand:questions']).toBeCloseTo(1 / 4);
    expect(f['cand:exclaims']).toBe(0);
    expect(f['cand:digits']).toBeGreaterThan(0);
    expect(f['cand:block-links']).toBe(0);
  });

  it('counts words in links and lists inside the block', () => {
    const text = para('Our team builds <a href="/x">websites for small firms</a> and shops across the region every year.').repeat(3);
    const f = textFeatures(page(`<div>${text}<ul><li>Design and build</li><li>Hosting</li></ul></div>`));
    expect(f['cand:block-links']).toBeCloseTo(12 / 42);
    expect(f['cand:block-lists']).toBeCloseTo(4 / 46);
    expect(f['cand:quotes']).toBe(0);
  });

  it('gives nothing for a page without a block of prose', () => {
    expect(textFeatures(page('<p>Home</p><p>About us</p>'))).toEqual({});
  });
});
