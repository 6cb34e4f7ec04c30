/**
 * Letter-level data for language identification that is not an alphabet: Latin look-alikes typed
 * inside Cyrillic words, and the apostrophes Ukrainian and Belarusian write inside words.
 */

/**
 * Latin letters typed inside Cyrillic words, which look the same (Ukrainian and Belarusian text
 * often has Latin i for і: "вiн", "Iшоу"), mapped to the Cyrillic letters they stand for.
 */
export const CYRILLIC_HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', ï: 'ї',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У', Ï: 'Ї',
};

/**
 * A lone lower-case Latin i in Cyrillic text is the Ukrainian/Belarusian conjunction і ("вгорі i
 * внизу"); a capital I is left alone, it is more often a Roman numeral ("Петр I").
 */
export const LONE_LATIN_I = { latin: 'i', cyrillic: 'і' } as const;

/** Apostrophes written inside Ukrainian and Belarusian words (м'ясо, аб'ём). */
export const WORD_APOSTROPHES: readonly string[] = ["'", '’', 'ʼ'];
