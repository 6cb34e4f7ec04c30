/**
 * Known outlets and sites by name (lib/lang/outlets.ts): whether a text opens with one, and its canonical
 * name. Apart from sources.ts so the people registry can end a name at an outlet without importing the source finder.
 */
import { OUTLETS, SITE_TLDS } from '../../lang/outlets';
import { type Compiled, lexiconMemo } from './compile';

const aliasToOutlet = new Map<string, (typeof OUTLETS)[number]>();
for (const o of OUTLETS) for (const a of o.aliases) aliasToOutlet.set(a.toLowerCase(), o);
/** Aliases that are also common phrases in lowercase ("le point", "the times"): they name the outlet only as written. */
const casedAliases = new Set(OUTLETS.filter((o) => o.cased).flatMap((o) => o.aliases));
/** Aliases that also name other things ("Keystone"): outlets only in a source context. */
const contextualAliases = new Set(OUTLETS.flatMap((o) => o.contextual ?? []).map((a) => a.toLowerCase()));
export const OUTLET_ALT = [...aliasToOutlet.keys()]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/** A known outlet at the start of a string (check the match with `outletByName`: some aliases count only as written). */
export const OUTLET_START_RE = new RegExp(`^(?:${OUTLET_ALT})(?![\\p{L}\\p{N}])`, 'iu');
export const SITE_SRC = `[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${SITE_TLDS.join('|')})(?![\\p{L}\\p{N}])`;
export const SITE_START_RE = new RegExp(`^${SITE_SRC}`, 'iu');

/**
 * The outlet a name is (canonical name and kind), or null. An alias that also names other things ("Keystone") counts only
 * `inContext`: where the source finder reads it in a source context (sources.ts); elsewhere it is no outlet.
 */
export function outletByName(raw: string, inContext = false): { name: string; kind: 'agency' | 'outlet'; editions?: boolean } | null {
  const o = aliasToOutlet.get(raw.toLowerCase());
  if (o && (!o.cased || casedAliases.has(raw)) && (inContext || !contextualAliases.has(raw.toLowerCase()))) return { name: o.name, kind: o.kind, ...(o.editions ? { editions: true } : {}) };
  if (SITE_START_RE.exec(raw)?.[0].length === raw.length) return { name: raw, kind: 'outlet' };
  return null;
}

/**
 * A speaker phrase cut before the outlet it was told to ("analytik Hospodářským novinám" → "analytik",
 * "бас бапкер Vesti.kz сайтына" → "бас бапкер"): the outlet is a source, not part of the speaker.
 */
export function cutAtOutlet(phrase: string): string {
  for (const m of phrase.matchAll(/(?<=[\s\u00a0])[^\s\u00a0]/gu)) {
    if (isOutletName(phrase.slice(m.index))) return phrase.slice(0, m.index).trimEnd();
  }
  return phrase;
}

/** Length of the known outlet or site opening `text` ("РИА Новости Сергей …" → 11), or 0. */
export function outletLengthAt(text: string, inContext = false): number {
  const known = OUTLET_START_RE.exec(text);
  // "NBC’s Dante Chinni": a possessive before a name is someone of the outlet, not the outlet.
  if (known && /^['’]s[\s\u00a0]+\p{Lu}/u.test(text.slice(known[0].length))) return 0;
  return (known && outletByName(known[0], inContext) ? known : SITE_START_RE.exec(text))?.[0].length ?? 0;
}

/** Whether a name (or its oblique case form) is an outlet only in a source context ("Keystone", not "Keystone-SDA"). */
export function contextualOutlet(c: Compiled, raw: string): boolean {
  const base = inflectedOutletRe(c)?.start.exec(raw);
  const name = base && base[0].length === raw.length ? base[1]! : raw;
  return !outletByName(name) && !!outletByName(name, true);
}

/** Whether a capitalised word sequence names an outlet or site rather than a person. */
export function isOutletName(raw: string): boolean {
  return outletLengthAt(raw) > 0;
}


/** Per lexicon: a known outlet's name in an oblique case, at the start and at the end of a string ("Укрінформу", "Интерфаксом"). */
export const inflectedOutletRe = lexiconMemo((c): { start: RegExp; end: RegExp } | null => {
  const endings = (c.lex.sourceCues.nameEndings ?? []).join('|');
  return endings
    ? {
        start: new RegExp(`^(${OUTLET_ALT})-?(?:${endings})(?![\\p{L}\\p{N}])`, 'iu'),
        end: new RegExp(`(?<![\\p{L}\\p{N}])(${OUTLET_ALT})-?(?:${endings})$`, 'iu'),
      }
    : null;
});

/** Length of a known outlet in an oblique case opening `text` ("Deníku starostka" → 6, "Tengrinews-ке" → 13), or 0. */
export function obliqueOutletLengthAt(c: Compiled, text: string): number {
  const m = inflectedOutletRe(c)?.start.exec(text);
  return m && outletByName(m[1]!) ? m[0].length : 0;
}
