/** One article's analysis: the card, then quotes by speaker, people and sources. */
import type { Analysis, Quote } from '../lib/schema';
import { formatPublished, languageName } from './format';
import { t, uiLanguage } from './i18n';

export interface AnalysisViewProps {
  analysis: Analysis;
}

export function AnalysisView({ analysis }: AnalysisViewProps) {
  const locale = uiLanguage();
  const { article } = analysis;
  const published = formatPublished(article.published, locale);
  const signals = analysis.detection.signals.filter((s) => s.weight > 0).map((s) => s.name);
  return (
    <div class="analysis">
      <article class="card" aria-label={article.title}>
        <h2 class="card__title" data-field="title">{article.title || '—'}</h2>
        <dl class="card__facts">
          <Fact label={t('publisher')} field="publisher" value={article.publisher} />
          <Fact label={t('author')} field="byline" value={article.byline} />
          <Fact label={t('published')} field="published" value={published} machine={article.published} />
          <Fact label={t('language')} field="language" value={languageName(article.language, locale)} machine={article.language} />
        </dl>
        {signals.length > 0 && <p class="muted small">{t('detectedBy', signals.slice(0, 4).join(', '))}</p>}
      </article>
      <ul class="counts" aria-label="Summary">
        <li><strong data-count="quotes">{analysis.quotes.length}</strong> {t('quotes')}</li>
        <li><strong data-count="people">{analysis.people.length}</strong> {t('people')}</li>
        <li><strong data-count="sources">{analysis.sources.length}</strong> {t('sources')}</li>
      </ul>
      <QuotesBySpeaker quotes={analysis.quotes} />
      {analysis.people.length > 0 && (
        <section aria-labelledby="people-h">
          <h3 id="people-h">{t('people')}</h3>
          <ul class="list">
            {[...analysis.people]
              .sort((a, b) => Number(b.isOfficial) - Number(a.isOfficial) || b.mentions - a.mentions)
              .map((p) => (
                <li key={p.name}>
                  <strong>{p.name}</strong>
                  {p.roles.length > 0 && <span class="muted"> — {p.roles.join('; ')}</span>}
                  <span class="muted small"> · {t('mentions', p.mentions)}</span>
                </li>
              ))}
          </ul>
        </section>
      )}
      {analysis.sources.length > 0 && (
        <section aria-labelledby="sources-h">
          <h3 id="sources-h">{t('sources')}</h3>
          <ul class="list">
            {analysis.sources.map((s) => (
              <li key={s.name + s.kind}>
                <strong>{s.name}</strong> <span class="badge">{s.kind}</span>
                {s.citedBy && <span class="muted small"> ← {s.citedBy}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {analysis.notes.length > 0 && (
        <section aria-labelledby="notes-h">
          <h3 id="notes-h">{t('notes')}</h3>
          <ul class="list muted">{analysis.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </section>
      )}
    </div>
  );
}

function Fact({ label, value, field, machine }: { label: string; value: string | null; field: string; machine?: string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-field={field} data-value={machine ?? value ?? ''}>{value || <span class="muted">{t('unknown')}</span>}</dd>
    </>
  );
}

function QuotesBySpeaker({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return <p class="muted">{t('noQuotes')}</p>;
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  // Named speakers first, by how much they are quoted; unnamed ones apart at the end.
  const ordered = [...groups.entries()].sort(([a, qa], [b, qb]) => Number(a === '') - Number(b === '') || qb.length - qa.length);
  return (
    <section aria-labelledby="quotes-h">
      <h3 id="quotes-h">{t('quotes')}</h3>
      {ordered.map(([speaker, list]) => (
        <div class="speaker" key={speaker}>
          <h4>{speaker || t('unnamedSpeakers')}</h4>
          <ul class="list">
            {list.map((q) => (
              <li key={q.start}>
                <span class={`badge badge--${q.kind}`}>{t(q.kind)}</span> {q.text}
                {!speaker && q.speakerRef && <span class="muted small"> — {q.speakerRef}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
