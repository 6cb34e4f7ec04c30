/** Quotes grouped by speaker: named speakers by how much they are quoted, unnamed ones apart. */
import type { Analysis, Quote, RevealTarget } from '../lib/schema';
import { t } from './i18n';
import { CiteButton } from './CiteButton';

export interface QuotesPanelProps {
  analysis: Analysis;
  onReveal: (target: RevealTarget) => void;
}

export function QuotesPanel({ analysis, onReveal }: QuotesPanelProps) {
  if (analysis.quotes.length === 0) return <p class="muted empty">{t('noQuotes')}</p>;
  const groups = new Map<string, { quote: Quote; index: number }[]>();
  analysis.quotes.forEach((quote, index) => {
    const key = quote.speaker ?? '';
    groups.set(key, [...(groups.get(key) ?? []), { quote, index }]);
  });
  const ordered = [...groups.entries()].sort(
    ([a, qa], [b, qb]) => Number(a === '') - Number(b === '') || qb.length - qa.length,
  );
  return (
    <div class="quotes">
      {ordered.map(([speaker, list]) => {
        const person = analysis.people.find((p) => p.name === speaker);
        return (
          <section class="speaker" key={speaker} aria-label={speaker || t('unnamedSpeakers')}>
            <h3 class="speaker__name" data-speaker={speaker}>
              {speaker || t('unnamedSpeakers')}
              {person?.roles[0] && <span class="muted speaker__role"> · {person.roles[0]}</span>}
            </h3>
            <ul class="list">
              {list.map(({ quote, index }) => (
                <li key={index}>
                  <button type="button" class="quote" data-quote={index} title={t('showOnPage')} onClick={() => onReveal({ list: 'quotes', index })}>
                    <span class={`badge badge--${quote.kind}`}>{t(quote.kind)}</span>{' '}
                    <span class="quote__text">{quote.text}</span>
                    {(quote.cue || (!speaker && quote.speakerRef)) && (
                      <span class="muted small quote__cue">
                        {' '}— {!speaker && quote.speakerRef ? `${quote.speakerRef}, ` : ''}{quote.cue}
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
