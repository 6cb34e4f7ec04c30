/**
 * Quotes grouped by speaker: named speakers by how much they are quoted, then quotes whose speaker link is
 * too unsure to show (unresolved: the phrase as written, no guess), then unnamed ones.
 */
import { isUnresolved, shownSpeaker } from '../lib/highlight/sure';
import type { Analysis, Quote, RevealTarget } from '../lib/schema';
import { t } from './i18n';
import { CiteButton } from './CiteButton';

export interface QuotesPanelProps {
  analysis: Analysis;
  onReveal: (target: RevealTarget) => void;
}

/** Group key of the quotes whose speaker link is too unsure to show (no name is a single NUL). */
const UNRESOLVED = '\u0000';

/** The speaker as the article words it, for a quote shown without a name ("a source", "he"). */
function writtenSpeaker(q: Quote): string | null {
  return q.speakerRef ?? (isUnresolved(q) ? (q.speakerSpan?.selector.exact ?? null) : null);
}

export function QuotesPanel({ analysis, onReveal }: QuotesPanelProps) {
  if (analysis.quotes.length === 0) return <p class="muted empty">{t('noQuotes')}</p>;
  const groups = new Map<string, { quote: Quote; index: number }[]>();
  analysis.quotes.forEach((quote, index) => {
    const key = shownSpeaker(quote) ?? (isUnresolved(quote) ? UNRESOLVED : '');
    groups.set(key, [...(groups.get(key) ?? []), { quote, index }]);
  });
  const rank = (key: string) => (key === '' ? 2 : key === UNRESOLVED ? 1 : 0);
  const ordered = [...groups.entries()].sort(([a, qa], [b, qb]) => rank(a) - rank(b) || qb.length - qa.length);
  return (
    <div class="quotes">
      {ordered.map(([key, list]) => {
        const speaker = key === UNRESOLVED ? '' : key;
        const person = speaker ? analysis.people.find((p) => p.name === speaker) : undefined;
        const heading = speaker || t(key === UNRESOLVED ? 'unresolvedSpeaker' : 'unnamedSpeakers');
        return (
          <section class="speaker" key={key} aria-label={heading}>
            <h3 class="speaker__name" data-speaker={speaker} data-unresolved={key === UNRESOLVED ? '' : undefined}>
              {heading}
              {person?.roles[0] && <span class="muted speaker__role"> · {person.roles[0]}</span>}
            </h3>
            <ul class="list">
              {list.map(({ quote, index }) => (
                <li key={index}>
                  <button type="button" class="quote" data-quote={index} title={t('showOnPage')} onClick={() => onReveal({ list: 'quotes', index })}>
                    <span class={`badge badge--${quote.kind}`}>{t(quote.kind)}</span>{' '}
                    <span class="quote__text">{quote.text}</span>
                    {(quote.cue || (!speaker && writtenSpeaker(quote))) && (
                      <span class="muted small quote__cue">
                        {' '}— {!speaker && writtenSpeaker(quote) ? `${writtenSpeaker(quote)}, ` : ''}{quote.cue}
                      </span>
                    )}
                  </button>
                  <CiteButton analysis={analysis} quote={quote} index={index} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
