import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, type GlossaryHit } from '../../../lib/glossary';

/** term → matched texts, for compact assertions. */
function found(hits: GlossaryHit[]): Record<string, string[]> {
  return Object.fromEntries(hits.map((h) => [h.term, h.matches.map((m) => m.text)]));
}

describe('Russian-language Kazakh text', () => {
  const text =
    'Депутат Мажилиса Парламента РК заявил, что акимы районов избраны впервые. Аким сельского округа ' +
    'отчитался перед маслихатом, а акимату поручено помочь акиму. Сельские округа и аулы получат тенге. ' +
    'Выборы провёл ЦИК, итоги обсудили в Акорде. Акимов Бахыт и жест «руки в боки», или акимбо, тут ни при чём.';
  const hits = findGlossaryTerms(text, 'ru', 'en');
  const terms = found(hits);

  it('finds inflected forms of each term', () => {
    expect(terms['аким']).toEqual(['акимы', 'Аким', 'акиму']);
    expect(terms['маслихат']).toEqual(['маслихатом']);
    expect(terms['акимат']).toEqual(['акимату']);
    expect(terms['Мажилис']).toEqual(['Мажилиса']);
    expect(terms['аул']).toEqual(['аулы']);
    expect(terms['Акорда']).toEqual(['Акорде']);
  });

  it('prefers the longest term', () => {
    expect(terms['Парламент РК']).toEqual(['Парламента РК']);
    // The abbreviation inside the longer term is explained too, at its own offsets.
    expect(terms['РК']).toEqual(['РК']);
    expect(terms['сельский округ']).toEqual(['сельского округа', 'Сельские округа']);
  });

  it('skips look-alike words and surnames', () => {
    const all = hits.flatMap((h) => h.matches.map((m) => m.text));
    expect(all).not.toContain('акимбо');
    expect(all).not.toContain('Акимов');
  });

  it('reports offsets into the text, in text order, with the country', () => {
    for (const hit of hits) {
      expect(hit.country).toBe('KZ');
      for (const m of hit.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
      const starts = hit.matches.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(hits.map((h) => h.matches[0]?.start)).toEqual(hits.map((h) => h.matches[0]?.start).sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('explains in the reader language, falling back to English', () => {
    const aKim = (reader: string) => findGlossaryTerms('Аким области', 'ru', reader)[0]?.explanation ?? '';
    expect(aKim('en')).toMatch(/Kazakhstan/);
    expect(aKim('ru')).toMatch(/Казахстан/);
    expect(aKim('es')).toBe(aKim('en'));
    expect(aKim('en-GB')).toBe(aKim('en'));
  });
});

describe('case-sensitive abbreviations', () => {
  it.each([
    ['ЦИК РК объявил итоги', 'ru', ['ЦИК', 'РК']],
    ['Решение ЦИКа и РКН', 'ru', ['РКН']],
    ['рк и цик в нижнем регистре', 'ru', []],
    ['Голова ОВА підписав розпорядження', 'uk', ['ОВА']],
    ['Овації, ода і ОВАЦІЯ не терміни', 'uk', []],
    ['СБУ та НАБУ провели обшуки', 'uk', ['СБУ', 'НАБУ']],
  ])('%s', (text, language, expected) => {
    expect(findGlossaryTerms(text, language, 'en').flatMap((h) => h.matches.map((m) => m.text))).toEqual(expected);
  });
});

describe('Kazakh-language text', () => {
  it('finds agglutinated forms, longest first', () => {
    const text = 'Облыс әкімі мен аудан әкімдері мәслихат депутаттарымен кездесті. Ауылдық округтің әкімін сайлау өтті. ' +
      'Әкімдігінің хабарлауынша, ОСК ҚР Парламентінің Мәжілісіне есеп берді. Ауылшаруашылығы саласы.';
    const terms = found(findGlossaryTerms(text, 'kk', 'en'));
    expect(terms['әкім']).toEqual(['әкімі', 'әкімдері', 'әкімін']);
    expect(terms['әкімдік']).toEqual(['Әкімдігінің']);
    expect(terms['облыс']).toEqual(['Облыс']);
    expect(terms['ауылдық округ']).toEqual(['Ауылдық округтің']);
    expect(terms['Парламент']).toEqual(['ҚР Парламентінің']);
    expect(terms['Мәжіліс']).toEqual(['Мәжілісіне']);
    expect(terms['ОСК']).toEqual(['ОСК']);
    expect(terms['ауыл']).toBeUndefined();
  });

  it('accepts Latin i typed for Kazakh і', () => {
    expect(found(findGlossaryTerms('Аудан әкiмi', 'kk', 'en'))['әкім']).toEqual(['әкiмi']);
  });
});

describe('other countries', () => {
  it('Ukrainian', () => {
    const text = 'Верховна Рада ухвалила закон. Депутати Верховної Ради та нардепи звернулися до Кабміну; Рада збереться знову. ' +
      'Міська рада і територіальні громади отримали 5 млн гривень.';
    const terms = found(findGlossaryTerms(text, 'uk', 'uk'));
    expect(terms['Верховна Рада']).toEqual(['Верховна Рада', 'Верховної Ради']);
    expect(terms['народний депутат']).toEqual(['нардепи']);
    expect(terms['Кабмін']).toEqual(['Кабміну']);
    expect(terms['Рада']).toEqual(['Рада']);
    expect(terms['міськрада']).toEqual(['Міська рада']);
    expect(terms['громада']).toEqual(['територіальні громади']);
    expect(terms['гривня']).toEqual(['гривень']);
    expect(findGlossaryTerms(text, 'uk', 'uk')[0]?.explanation).toMatch(/парламент України/);
  });

  it('Russian federal terms', () => {
    const text = 'Госдума приняла закон, Совет Федерации одобрил его, а губернаторы и полпреды обсудили это в Кремле; в Государственной думе довольны.';
    const terms = found(findGlossaryTerms(text, 'ru', 'en'));
    expect(terms['Госдума']).toEqual(['Госдума', 'Государственной думе']);
    expect(terms['Совет Федерации']).toEqual(['Совет Федерации']);
    expect(terms['губернатор']).toEqual(['губернаторы']);
    expect(terms['полпред']).toEqual(['полпреды']);
    expect(terms['Кремль']).toEqual(['Кремле']);
  });

  it('German compounds and inflections', () => {
    const text = 'Der Bundestag tagte; die Bundestagswahl und ein Beschluss des Bundesrates. Die Ministerpräsidentin sprach im Landtag, der Landrat im Kreistag.';
    const terms = found(findGlossaryTerms(text, 'de', 'en'));
    expect(terms['Bundestag']).toEqual(['Bundestag', 'Bundestagswahl']);
    expect(terms['Bundesrat']).toEqual(['Bundesrates']);
    expect(terms['Ministerpräsident']).toEqual(['Ministerpräsidentin']);
    expect(terms['Landtag']).toEqual(['Landtag']);
    expect(terms['Landrat']).toEqual(['Landrat']);
    expect(terms['Kreistag']).toEqual(['Kreistag']);
  });

  it('French elision, accents and plurals', () => {
    const text = "Le texte adopté par l'Assemblée nationale passe au Sénat ; les préfets et les maires, les conseils départementaux, " +
      'Matignon et l’Elysée veulent éviter le 49.3.';
    const terms = found(findGlossaryTerms(text, 'fr', 'ru'));
    expect(terms['Assemblée nationale']).toEqual(['Assemblée nationale']);
    expect(terms['Sénat']).toEqual(['Sénat']);
    expect(terms['préfet']).toEqual(['préfets']);
    expect(terms['maire']).toEqual(['maires']);
    expect(terms['conseil départemental']).toEqual(['conseils départementaux']);
    expect(terms['Matignon']).toEqual(['Matignon']);
    expect(terms['Élysée']).toEqual(['Elysée']);
    expect(terms['49.3']).toEqual(['49.3']);
  });

  it('English text with local loanwords', () => {
    const text = 'The Almaty akim met maslikhat deputies and a Mazhilis member; the Bundestag and Verkhovna Rada were mentioned.';
    expect(Object.keys(found(findGlossaryTerms(text, 'en', 'en')))).toEqual(['akim', 'maslikhat', 'Mazhilis', 'Bundestag', 'Verkhovna Rada']);
  });
});

describe('terms several countries share', () => {
  it('follows the evidence in the text', () => {
    const kz = findGlossaryTerms('ЦИК и маслихат области', 'ru', 'en');
    expect(kz.map((h) => `${h.term}:${h.country}`)).toEqual(['ЦИК:KZ', 'маслихат:KZ', 'область:KZ']);
    const ru = findGlossaryTerms('ЦИК, Госдума и губернатор области', 'ru', 'en');
    expect(ru.map((h) => `${h.term}:${h.country}`)).toEqual(['ЦИК:RU', 'Госдума:RU', 'губернатор:RU', 'область:RU']);
  });

  it('uses the caller country when the text does not decide', () => {
    expect(findGlossaryTerms('Конституционный суд', 'ru', 'en')[0]?.country).toBe('KZ');
    expect(findGlossaryTerms('Конституционный суд', 'ru', 'en', { country: 'ru' })[0]?.country).toBe('RU');
  });
});

describe('robustness', () => {
  it('never throws and returns [] for unusable input', () => {
    expect(findGlossaryTerms(null as unknown as string, 'ru', 'en')).toEqual([]);
    expect(findGlossaryTerms('', 'ru', 'en')).toEqual([]);
    expect(findGlossaryTerms('аким', null as unknown as string, undefined as unknown as string)).not.toEqual([]);
    expect(findGlossaryTerms('аким', 'es', 'en')).toEqual([]);
  });

  it('matches every language for an unknown article language', () => {
    expect(Object.keys(found(findGlossaryTerms('аким und Bundestag', 'und', 'en')))).toEqual(['аким', 'Bundestag']);
  });

  it('is fast on long articles', () => {
    const paragraph = 'Аким района и депутаты маслихата обсудили бюджет в тенге, сообщает корреспондент. ';
    const text = paragraph.repeat(1200); // ~100 kB
    findGlossaryTerms('аким', 'ru', 'en'); // compile once
    const t0 = performance.now();
    const hits = findGlossaryTerms(text, 'ru', 'en');
    expect(performance.now() - t0).toBeLessThan(200);
    expect(hits.find((h) => h.term === 'аким')?.matches).toHaveLength(1200);
  });
});

describe('terms inside longer terms', () => {
  it('explains an abbreviation inside a longer term as well as the longer term', () => {
    const hits = findGlossaryTerms('Депутат Мажилиса Парламента РК Марат Башимов', 'ru', 'en');
    const terms = hits.map((h) => h.term);
    expect(terms).toContain('РК');
    expect(terms).toContain('Мажилис');
    const rk = hits.find((h) => h.term === 'РК')!;
    expect(rk.matches.map((m) => m.text)).toEqual(['РК']);
  });
});
