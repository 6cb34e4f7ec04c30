/** The article at a glance: title, publisher, author, date, language, and how Byline recognised it. */
import type { Analysis } from '../lib/schema';
import { formatList, formatPublished, languageName } from './format';
import { t, uiLanguage, type MessageKey } from './i18n';

/** Detection signals come in families ("og:type", "meta:author" → page metadata): the reader sees the families. */
const SIGNAL_FAMILIES: Record<string, MessageKey> = {
  jsonld: 'why_structured', microdata: 'why_structured', og: 'why_meta', meta: 'why_meta', declared: 'why_meta', url: 'why_url', dom: 'why_dom', text: 'why_text',
};

/** Plain words for the positive signals, each family once, in the order first seen. */
export function detectionReasons(signals: readonly { name: string; weight: number }[]): MessageKey[] {
  const keys = signals.filter((s) => s.weight > 0).map((s) => SIGNAL_FAMILIES[s.name.split(':')[0] ?? '']);
  return [...new Set(keys.filter((k): k is MessageKey => !!k))];
}

export interface ArticleCardProps {
  analysis: Analysis;
}

export function ArticleCard({ analysis }: ArticleCardProps) {
  const locale = uiLanguage();
  const { article } = analysis;
  const signals = analysis.detection.signals.filter((s) => s.weight > 0).map((s) => s.name);
  const reasons = detectionReasons(analysis.detection.signals).map((key) => t(key));
  return (
    <article class="card" aria-label={article.title || article.url}>
      <h2 class="card__title" data-field="title">{article.title || '—'}</h2>
      <dl class="card__facts">
        <Fact label={t('publisher')} field="publisher" value={article.publisher} />
        <Fact label={t('author')} field="byline" value={article.byline} />
        <Fact label={t('published')} field="published" value={formatPublished(article.published, locale)} machine={article.published} />
        <Fact label={t('language')} field="language" value={languageName(article.language, locale)} machine={article.language} />
      </dl>
      {reasons.length > 0 && (
        <details class="muted small card__why">
          <summary>{t('detectedBy', formatList(reasons, locale))}</summary>
          {/* The raw signal names, for the curious and for bug reports. */}
          <code class="card__signals" data-field="signals">{signals.join(', ')}</code>
        </details>
      )}
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
