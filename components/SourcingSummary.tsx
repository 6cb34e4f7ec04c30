/** At the top of the attribution view: whom the article's quotes come from, at a glance. */
import type { Analysis } from '../lib/schema';
import { sourcingSummary, type QuoteOrigin } from './sourcing';
import { t, type MessageKey } from './i18n';

const ORIGIN_LABEL: Record<QuoteOrigin, MessageKey> = {
  named: 'sourcingNamed',
  official: 'sourcingOfficials',
  anonymous: 'sourcingAnonymous',
  agency: 'sourcingAgencies',
};

export function SourcingSummary({ analysis }: { analysis: Analysis }) {
  const s = sourcingSummary(analysis);
  if (s.total === 0 && s.outlets.length === 0) return null;
  return (
    <section class="sourcing" aria-label={t('sourcingTitle')} data-field="sourcing">
      {s.total > 0 && (
        <dl class="sourcing__counts" aria-label={t('sourcingQuotes')}>
          {(Object.keys(ORIGIN_LABEL) as QuoteOrigin[]).map((origin) => (
            <div key={origin} class={`sourcing__count${s.byOrigin[origin] ? '' : ' sourcing__count--zero'}`} data-origin={origin}>
              <dt>{t(ORIGIN_LABEL[origin])}</dt>
              <dd>{s.byOrigin[origin]}</dd>
            </div>
          ))}
        </dl>
      )}
      {s.topSpeakers.length > 0 && (
        <p class="small sourcing__line" data-field="top-speakers">
          {t('sourcingTopSpeakers', s.topSpeakers.map((p) => `${p.name} (${p.quotes})`).join(', '))}
        </p>
      )}
      {s.outlets.length > 0 && (
        <p class="small sourcing__line" data-field="outlets">
          {t('sourcingOutlets', s.outlets.map((o) => o.name).join(', '))}
        </p>
      )}
    </section>
  );
}
