/** The article at a glance: title, publisher, author, date, language, and how Byline recognised it. */
import type { Analysis } from '../lib/schema';
import { formatPublished, languageName } from './format';
import { t, uiLanguage } from './i18n';

export interface ArticleCardProps {
  analysis: Analysis;
}

export function ArticleCard({ analysis }: ArticleCardProps) {
  const locale = uiLanguage();
  const { article } = analysis;
  const signals = analysis.detection.signals.filter((s) => s.weight > 0).map((s) => s.name);
  return (
    <article class="card" aria-label={article.title || article.url}>
      <h2 class="card__title" data-field="title">{article.title || '—'}</h2>
      <dl class="card__facts">
        <Fact label={t('publisher')} field="publisher" value={article.publisher} />
        <Fact label={t('author')} field="byline" value={article.byline} />
        <Fact label={t('published')} field="published" value={formatPublished(article.published, locale)} machine={article.published} />
        <Fact label={t('language')} field="language" value={languageName(article.language, locale)} machine={article.language} />
      </dl>
      {signals.length > 0 && <p class="muted small card__why">{t('detectedBy', signals.slice(0, 4).join(', '))}</p>}
    </article>
  );
}

function Fact({ label, value, field, machine }: { label: string; value: string | null; field: string; machine?: string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-field={field} data-value={machine ?? value ?? ''}>
        {value || <span class="muted">{t('unknown')}</span>}
      </dd>
    </>
  );
}
