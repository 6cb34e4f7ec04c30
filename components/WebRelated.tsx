/** Related coverage from a web provider the reader turned on: what was searched, and what came back. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WebSearchResult } from '../lib/schema';
import { formatPublished, languageName } from './format';
import { t, uiLanguage } from './i18n';

export interface WebRelatedProps {
  tabId: number;
  provider: 'gdelt' | 'googleNews';
}

export function WebRelated({ tabId, provider }: WebRelatedProps) {
  const [result, setResult] = useState<WebSearchResult | null>(null);
  useEffect(() => {
    void browser.runtime
      .sendMessage({ type: 'popup:search-web', tabId, provider })
      .then((raw) => {
        const parsed = WebSearchResult.safeParse(raw);
        setResult(parsed.success ? parsed.data : { ok: false, message: t('errorTitle') });
      })
      .catch(() => setResult({ ok: false, message: t('errorTitle') }));
  }, [tabId, provider]);

  const name = provider === 'gdelt' ? 'GDELT' : 'Google News';
  return (
    <div class="web-related" data-provider={provider}>
      <h4>{name}</h4>
      {!result && <p class="muted">{t('loading')}</p>}
      {result && !result.ok && <p class="muted" role="status" data-provider-message>{result.message}</p>}
      {result?.ok && (
        <>
          <p class="muted small">{t('webSearched', result.query)}</p>
          {result.stories.length === 0 && <p class="muted">{t('webNothing')}</p>}
          <ul class="list">
            {result.stories.map((s) => (
              <li key={s.url} data-web-related={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title || s.url}</a>
                <span class="block muted small">{[s.site, formatPublished(s.published, uiLanguage()), languageName(s.language, uiLanguage())].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
