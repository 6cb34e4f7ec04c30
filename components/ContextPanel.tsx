/** Context for a reader abroad: translation hints (language, local terms, Latin names, quotes) and related stories. */
import type { Analysis, RelatedStory } from '../lib/schema';
import { formatPublished, languageName } from './format';
import { t, uiLanguage } from './i18n';
import { TranslateQuote } from './TranslateQuote';
import { WebRelated } from './WebRelated';

export interface ContextPanelProps {
  analysis: Analysis;
  related: RelatedStory[];
  /** The article is in a language the reader doesn't list as theirs. */
  foreign: boolean;
  historyEnabled: boolean;
  tabId: number | null;
  /** Web providers the reader turned on. */
  providers: ('gdelt' | 'googleNews')[];
}

/** Quotes offered for translation at most, to keep the panel short. */
const MAX_TRANSLATABLE_QUOTES = 12;

export function ContextPanel({ analysis, related, foreign, historyEnabled, tabId, providers }: ContextPanelProps) {
  const locale = uiLanguage();
  const from = analysis.article.language;
  const to = analysis.readerLanguage;
  const names = analysis.people
    .map((p) => ({ name: p.name, latin: p.latin?.find((l) => l.latin !== p.name)?.latin }))
    .filter((p): p is { name: string; latin: string } => !!p.latin);
  return (
    <div>
      <section aria-labelledby="translation-h" data-section="translation">
        <h3 id="translation-h">{t('translation')}</h3>
        {!foreign && <p class="muted">{t('translationSame')}</p>}
        {foreign && (
          <>
            <p data-field="translation-language">
              {languageName(from, locale)} → {languageName(to, locale)}
            </p>
            {analysis.glossary.length > 0 && (
              <>
                <h4>{t('glossary')}</h4>
                <dl class="glossary" data-section="glossary">
                  {analysis.glossary.map((g) => (
                    <div key={g.term} class="glossary__entry">
                      <dt data-term={g.term}>{g.term}</dt>
                      <dd>{g.explanation}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            {names.length > 0 && (
              <>
                <h4>{t('latinNames')}</h4>
                <ul class="list" data-section="latin-names">
                  {names.map((p) => (
                    <li key={p.name}>
                      {p.name} → <strong data-latin={p.latin}>{p.latin}</strong>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {analysis.quotes.length > 0 && (
              <>
                <h4>{t('quotesTranslated')}</h4>
                <ul class="list" data-section="translate-quotes">
                  {analysis.quotes.slice(0, MAX_TRANSLATABLE_QUOTES).map((q) => (
                    <li key={q.start}>
                      <span lang={from}>{q.text}</span> <TranslateQuote text={q.text} from={from} to={to} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="related-h" data-section="related">
        <h3 id="related-h">{t('related')}</h3>
        {!historyEnabled && <p class="muted">{t('historyOff')}</p>}
        {historyEnabled && related.length === 0 && <p class="muted">{t('relatedEmpty')}</p>}
        {related.length > 0 && <h4>{t('relatedFromHistory')}</h4>}
        {related.length > 0 && (
          <ul class="list">
            {related.map((r) => (
              <li key={r.url} data-related={r.url}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">{r.title || r.url}</a>
                <span class="block muted small">
                  {[r.site, formatPublished(r.published, locale), languageName(r.language, locale)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {tabId !== null && providers.map((p) => <WebRelated key={p} tabId={tabId} provider={p} />)}
      </section>
    </div>
  );
}
