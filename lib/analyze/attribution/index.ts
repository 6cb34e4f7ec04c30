/**
 * Attribution: who said what, who the people are, and which sources an article relies on, from the
 * article's plain text with rules and a per-language lexicon (lib/lang). No model, no network.
 * Language-specific knowledge lives only in the lexicons; this engine is the same for every language.
 *
 * The analysis is a list of named passes (PASSES), each in its own module:
 *   1. prepare text    prepare.ts               quote marks first (marks.ts), then blocks, sentences, words
 *   2. candidates      people/registry.ts       capitalised runs with the evidence that makes them names (people/names.ts)
 *   3. people registry people/registry.ts       the one writer of the people list (attach, roles, mentions, votes)
 *   4. quotes          quotes/finder.ts         marked, dash, indirect and according-to quotes (rule ids: rules.ts)
 *   5. speakers        quotes/speakers.ts       the speaker phrase of each quote (rule ids: rules.ts)
 *   6. resolution      resolution.ts            speakers linked to persons; title-only mentions
 *   7. references      references.ts            unnamed speakers and officials
 *   8. sources         sources.ts               outlets, agencies, press services, photo credits, citation chain
 */
import type { ArticleText, Person, Quote, Reference, Source } from '../../schema';
import { getLexicon } from '../../lang';
import { compile } from './compile';
import { rateLinks } from './confidence';
import { People } from './people/registry';
import { QuoteFinder } from './quotes/finder';
import { findReferences } from './references';
import { linkTitleMentions, resolveSpeakers } from './resolution';
import { findSources } from './sources';
import { prepareText } from './prepare';

export interface Attribution {
  quotes: Quote[];
  people: Person[];
  references: Reference[];
  sources: Source[];
}

/** The passes in the order analyzeAttribution runs them (documentation that tests can read). */
export const PASSES = ['prepare text', 'candidates', 'people registry', 'quotes', 'speakers', 'resolution', 'references', 'sources'] as const;

/** Fresh empty results (callers may mutate what they get). */
function empty(): Attribution {
  return { quotes: [], people: [], references: [], sources: [] };
}

/**
 * Analyses one article. `language` is an ISO 639-1 code from the language detector; an unknown
 * language or "und" gives empty results. Never throws: a failure gives empty results.
 */
export function analyzeAttribution(article: ArticleText, language: string): Attribution {
  try {
    return attributeArticle(article, language);
  } catch {
    // Rules over arbitrary text: a bug must cost the reader this panel, never the page.
    return empty();
  }
}

/** The same analysis, throwing on a bug: evaluations use it, so that a crash counts as one, not as an empty result. */
export function attributeArticle(article: ArticleText, language: string): Attribution {
  const lex = getLexicon(language);
  if (!lex || !article.text || article.blocks.length === 0) return empty();
  const c = compile(lex);
  const { doc, marked } = prepareText(c, article);
  const people = People.fromCandidates(c, doc);
  const found = new QuoteFinder(c, doc, people, marked).run();
  const quotes = resolveSpeakers(c, doc, people, found);
  linkTitleMentions(c, doc, people);
  const persons = people.finish();
  const references = findReferences(c, doc, people, found);
  const sources = findSources(c, doc, people, article.publisher, quotes);
  rateLinks(quotes, persons);
  return { quotes, people: persons, references, sources };
}
