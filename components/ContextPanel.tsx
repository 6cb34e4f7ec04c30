/** Context for a reader abroad: translation hints (language, local terms, Latin names) and related stories. */
import type { Analysis } from '../lib/schema';
import { languageName } from './format';
import { t, uiLanguage } from './i18n';

export interface ContextPanelProps {
  analysis: Analysis;
}

export function ContextPanel({ analysis }: ContextPanelProps) {
  const locale = uiLanguage();
  const foreign = analysis.article.language !== 'und' && analysis.article.language !== analysis.readerLanguage;
  const names = analysis.people.filter((p) => p.latin?.some((l) => l.latin !== p.name));
  return (
    <div>
      <section aria-labelledby="translation-h">
        <h3 id="translation-h">{t('translation')}</h3>
        {!foreign && <p class="muted">{t('translationSame')}</p>}
        {foreign && (
          <p data-field="translation-language">
            {languageName(analysis.article.language, locale)} → {languageName(analysis.readerLanguage, locale)}
          </p>
        )}
        {foreign && analysis.glossary.length > 0 && (
          <dl class="glossary" data-section="glossary">
            {analysis.glossary.map((g) => (
              <div key={g.term} class="glossary__entry">
                <dt data-term={g.term}>{g.term}</dt>
                <dd>{g.explanation}</dd>
              </div>
            ))}
          </dl>
        )}
        {foreign && names.length > 0 && (
          <ul class="list" data-section="latin-names">
            {names.map((p) => (
              <li key={p.name}>
                {p.name} → <strong>{p.latin!.find((l) => l.latin !== p.name)!.latin}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="related-h">
        <h3 id="related-h">{t('related')}</h3>
        <p class="muted">{t('relatedEmpty')}</p>
      </section>
    </div>
  );
}
