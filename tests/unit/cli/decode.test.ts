/** The CLI's decoding and depth guard as functions: the edges the process tests do not reach. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binaryKind, decode, headSpan } from '../../../scripts/cli/decode';
import { guardDepth, MAX_DEPTH } from '../../../scripts/cli/depth';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/encoding');

function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('decode', () => {
  it('reads plain UTF-8 without a note', () => {
    const d = decode(new TextEncoder().encode('<p>Привет, мир</p>'), { html: true });
    expect(d).toMatchObject({ text: '<p>Привет, мир</p>', encoding: 'utf-8', notes: [] });
  });

  it('does not take Western windows-1252 text for Cyrillic', () => {
    const text = '<p>Die Bürgermeisterin äußerte sich über die Größe des Gebäudes. Später mehr.</p>'.repeat(5);
    const d = decode(encodeSingleByte(text, 'windows-1252'), { html: true });
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(text);
  });

  it('tells windows-1251 from KOI8-R by which makes lower-case letters', () => {
    const text = '<p>Аким области заявил, что выборы пройдут в срок. Он добавил, что всё готово.</p>';
    expect(decode(encodeSingleByte(text, 'windows-1251'), { html: true })).toMatchObject({ encoding: 'windows-1251', text });
    expect(decode(encodeSingleByte(text, 'koi8-r'), { html: true })).toMatchObject({ encoding: 'koi8-r', text });
  });

  it('reads real undeclared KOI8-R and windows-1251 pages (tests/fixtures/encoding)', () => {
    for (const [file, encoding] of [['ria-koi8-r-undeclared.html', 'koi8-r'], ['ria-windows-1251-undeclared.html', 'windows-1251']] as const) {
      const d = decode(readFileSync(path.join(FIXTURES, file)), { html: true });
      expect(d.encoding).toBe(encoding);
      expect(d.text).toContain('МОСКВА, 9 янв - РИА Новости.');
    }
  });

  it('reads Ukrainian KOI8-U with its own letters, not KOI8-R box drawing', () => {
    const text = '<p>Голова обласної ради заявив, що вибори пройдуть у строк. Їхні депутати підтримали рішення, є ґрунт для змін.</p>';
    expect(decode(encodeSingleByte(text, 'koi8-u'), { html: true })).toMatchObject({ encoding: 'koi8-u', text });
  });

  it('takes the charset from the head only, and believes the first one', () => {
    const inBody = '<html><head><title>t</title></head><body><meta charset="koi8-r"><p>x</p></body></html>';
    expect(decode(new TextEncoder().encode(inBody), { html: true }).encoding).toBe('utf-8');
    const httpEquiv = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><meta charset="koi8-r"></head></html>';
    expect(decode(new TextEncoder().encode(httpEquiv), { html: true }).encoding).toBe('windows-1251');
  });

  it('reads a page saved as UTF-8 that still declares its old legacy charset as UTF-8, and says so', () => {
    // Crawlers and corpora store pages as UTF-8 and keep the original head: read as declared, every letter is two.
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Губернатор заявил, что дорогу откроют в срок.</p></body></html>';
    const d = decode(new TextEncoder().encode(page), { html: true });
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'utf-8 over meta', text: page });
    expect(d.notes[0]).toContain('charset=windows-1251');
  });

  it('keeps a declared legacy charset when the bytes are ASCII or not UTF-8', () => {
    const ascii = '<head><meta charset="windows-1251"></head><p>plain</p>';
    expect(decode(new TextEncoder().encode(ascii), { html: true })).toMatchObject({ encoding: 'windows-1251', source: 'meta' });
    const text = '<head><meta charset="windows-1251"></head><p>Мэр сказал, что всё будет готово.</p>';
    expect(decode(encodeSingleByte(text, 'windows-1251'), { html: true })).toMatchObject({ encoding: 'windows-1251', text });
  });

  it('reads Cyrillic single-byte text under a false UTF-8 declaration from its letters', () => {
    const text = '<head><meta charset="utf-8"></head><p>Аким области заявил, что выборы пройдут в срок. Он добавил, что всё готово.</p>';
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const d = decode(encodeSingleByte(text, encoding), { html: true });
      expect(d).toMatchObject({ encoding, source: 'sniffed over meta', text });
    }
    // A UTF-8 page with a stray broken byte stays UTF-8.
    const bytes = new TextEncoder().encode(text + '<p>Ещё одна фраза для проверки.</p>');
    const broken = Uint8Array.from([...bytes.subarray(0, 80), 0xff, ...bytes.subarray(80)]);
    expect(decode(broken, { html: true }).encoding).toBe('utf-8');
  });

  it('mends pages read once as windows-1252 and saved again as UTF-8 (mojibake), and says so', () => {
    const story = '<html><head><title>Губернатор открыл мост</title></head><body><p>Губернатор области заявил, что мост через реку откроют в субботу, а движение автобусов возобновится с понедельника.</p><p>По его словам, ремонт обошёлся в 140 миллионов рублей.</p></body></html>';
    const latin = (bytes: Uint8Array) => new TextEncoder().encode(new TextDecoder('latin1').decode(bytes).replace(/[\x80-\x9f]/g, (c) => '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'[c.charCodeAt(0) - 0x80]!));
    // windows-1251 bytes taken for windows-1252 (`Ãóáåðíàòîð`), and UTF-8 bytes taken for windows-1252 (`Ð“ÑƒÐ±`).
    for (const [bytes, was] of [[encodeSingleByte(story, 'windows-1251'), 'windows-1251'], [new TextEncoder().encode(story), 'utf-8']] as const) {
      const d = decode(latin(bytes), { html: true });
      expect(d.text).toBe(story);
      expect(d.notes.join(' ')).toContain(`it was ${was}`);
    }
  });

  it('leaves Western accented text alone', () => {
    for (const text of [
      '<p>Þjóðin kýs á laugardaginn; ráðherrann sagði að kjörfundur hæfist klukkan níu. Þá verður talið í Reykjavík.</p>'.repeat(8),
      '<p>Der Bürgermeister äußerte sich über die Größe des Gebäudes, später mehr dazu. Öffnung im März.</p>'.repeat(8),
      '<p>À l’été, le théâtre reçoit élèves et étrangers ; « Très bien », a déclaré le maire. Où ? Là-bas.</p>'.repeat(8),
    ]) {
      const d = decode(new TextEncoder().encode(text), { html: true });
      expect(d.text).toBe(text);
      expect(d.notes).toEqual([]);
    }
  });

  it('ignores a <meta charset> in a .txt file', () => {
    const d = decode(new TextEncoder().encode('<meta charset="koi8-r"> Привет'), { html: false });
    expect(d.encoding).toBe('utf-8');
  });

  it('reads UTF-16 without a byte-order mark from its zero bytes', () => {
    const text = 'The minister said the vote would go ahead.';
    const d = decode(Buffer.from(text, 'utf16le'), { html: false });
    expect(d).toMatchObject({ encoding: 'utf-16le', text });
  });

  it('removes NULs and counts them', () => {
    const d = decode(new TextEncoder().encode('a\u0000b\u0000c'), { html: true });
    expect(d.text).toBe('abc');
    expect(d.notes).toEqual(['Removed 2 NUL characters.']);
  });

  it('knows binary files from text with a few stray NULs', () => {
    expect(binaryKind(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toBe('JPEG image');
    expect(binaryKind(Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256))).toBe('binary data');
    const text = new TextEncoder().encode('<p>' + 'word '.repeat(2000) + '</p>');
    for (let i = 0; i < 90; i++) text[100 + i * 50] = 0;
    expect(binaryKind(text)).toBeNull();
  });
});

describe('guardDepth', () => {
  it('leaves ordinary pages alone, unclosed <p> and <li> included', () => {
    const html = `<html><body>${'<p>para'.repeat(2000)}<ul>${'<li>item'.repeat(2000)}</ul><script>if (a<b) {}</script></body></html>`;
    expect(guardDepth(html)).toEqual({ html, dropped: 0 });
  });

  it('stops nesting past the limit and keeps the text', () => {
    const depth = MAX_DEPTH + 100;
    const html = `${'<div>'.repeat(depth)}<b>deep</b>${'</div>'.repeat(depth)}<p>after</p>`;
    const guarded = guardDepth(html);
    expect(guarded.dropped).toBe(101);
    expect(guarded.html).toContain('deep');
    expect(guarded.html).toContain('<p>after</p>');
    expect(guarded.html.match(/<div>/g)).toHaveLength(MAX_DEPTH);
    expect(guarded.html.match(/<\/div>/g)).toHaveLength(MAX_DEPTH);
  });

  it('reads tags as the browser-like token pattern does: quoted ">", comments, raw text, self-closing', () => {
    // With a limit of 2, every tag that opens a third level is dropped: what is dropped shows how each was read.
    const cases: [string, string, number][] = [
      // A ">" inside a quoted value does not end the tag.
      ['<a><b title="x>y"><i>t</i></b></a>', '<a><b title="x>y">t</b></a>', 1],
      // An unclosed quote: no tag at that "<" (nothing opens); the next one is read.
      ['<a><b><i title="x>t</i></b></a>', '<a><b><i title="x>t</i></b></a>', 0],
      // Comments, declarations and processing instructions are skipped whole, tags inside them too.
      ['<a><b><!-- <i> --><?x <i>?><!x <i>><u>t</u></b></a>', '<a><b><!-- <i> --><?x <i>?><!x <i>>t</b></a>', 1],
      // Raw text runs to its end tag in any case; tags inside it are not read.
      ['<a><b></b><script>"<i>"</SCRIPT><u>t</u></a>', '<a><b></b><script>"<i>"</SCRIPT><u>t</u></a>', 0],
      ['<a><b><script>"<i>"</SCRIPT></b></a>', '<a><b></b></a>', 1],
      // Self-closing and void elements open nothing.
      ['<a><b><br><img/><x /><i>t</i></b></a>', '<a><b><br><img/><x />t</b></a>', 1],
    ];
    for (const [html, kept, dropped] of cases) expect(guardDepth(html, 2), html).toEqual({ html: kept, dropped });
  });

  it('is linear: 200,000 levels in well under a second', () => {
    const html = `${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}`;
    const t0 = performance.now();
    guardDepth(html);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('headSpan', () => {
  const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
  /** What the scan did before: the whole window as one string, the first end in it. */
  const whole = (text: string) => {
    const m = /<\/head\s*>|<body[\s>]/i.exec(text.slice(0, 512 * 1024));
    return m ? m.index : Math.min(text.length, 512 * 1024);
  };

  it('finds the same end from a short first try as from the whole window, wherever the end falls', () => {
    // Pieces that make ends, near-ends and ends cut at the first try's edge (lengths 8 to 24 around it).
    const piece = fc.constantFrom('</head>', '</HEAD  >', '</head', '<body>', '<BODY\t', '<body', '<bodyx', ' ', '\u00a0', 'x', '<meta charset=utf-8>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 24 }), (pieces, firstTry) => {
        const text = pieces.join('');
        const span = headSpan(latin1(text), firstTry);
        expect(span.end).toBe(whole(text));
        expect(span.head.slice(0, span.end)).toBe(text.slice(0, span.end));
      }),
      { numRuns: 3000 },
    );
  });

  it('falls back to the whole window when the head runs past the first try', () => {
    const text = '<html><head>' + '<meta name="x">'.repeat(2000) + '</head><body>';
    expect(headSpan(latin1(text)).end).toBe(text.indexOf('</head>'));
    expect(decode(latin1(text.replace('<html><head>', '<html><head>' + ' '.repeat(20000) + '<meta charset="koi8-r">')), { html: true }).encoding).toBe('koi8-r');
  });
});
