/** The reader's history of analysed articles: searchable by people, outlets and titles, exportable, deletable. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HISTORY_VERSION, type HistoryRecord } from '../../lib/schema';
import { importHistory, loadHistory } from '../../lib/extension/history-store';
import { loadSettings } from '../../lib/extension/settings-store';
import { downloadCsv, downloadJson } from '../../components/download';
import { historyToCsv, httpUrl } from '../../components/export';
import { formatPublished } from '../../components/format';
import { t, uiLanguage } from '../../components/i18n';
import { historySearch } from './search';

export function HistoryApp() {
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');

  const refresh = async () => setRecords(await loadHistory());
  useEffect(() => {
    void refresh();
    // New analyses (and deletions from the options page) show up while the page is open.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('history'))) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const search = useMemo(() => historySearch(records ?? []), [records]);
  const shown = useMemo(() => search(query), [search, query]);

  /** Keeps every record but `gone`, through the store's own validated import. */
  const remove = async (gone: readonly HistoryRecord[]) => {
    const urls = new Set(gone.map((r) => r.url));
    const kept = (await loadHistory()).filter((r) => !urls.has(r.url));
    await importHistory({ version: HISTORY_VERSION, records: kept }, await loadSettings());
    setMessage(t('historyDeleted', gone.length === 1 ? gone[0]!.title || gone[0]!.url : String(gone.length)));
    await refresh();
  };

  const locale = uiLanguage();
  return (
    <main class="history">
      <h1>{t('historyTitle')}</h1>
      <input
        type="search"
        class="history__search"
        name="historySearch"
        aria-label={t('historySearch')}
        placeholder={t('historySearch')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div class="history__bar">
        <span class="muted" role="status" data-field="history-shown">{records ? t('historyCount', shown.length) : '…'}</span>
        <button type="button" class="button" disabled={!shown.length} onClick={() => downloadJson('byline-history.json', { version: HISTORY_VERSION, records: shown })}>
          {t('historyExportJson')}
        </button>
        <button type="button" class="button" disabled={!shown.length} onClick={() => downloadCsv('byline-history.csv', historyToCsv(shown))}>
          {t('historyExportCsv')}
        </button>
        <button type="button" class="button" name="deleteShown" disabled={!shown.length} onClick={() => void remove(shown)}>
          {t('historyDeleteShown')}
        </button>
      </div>
      {message && <p role="status" data-field="history-message">{message}</p>}
      {records && records.length === 0 && <p class="muted">{t('historyEmpty')}</p>}
      {records && records.length > 0 && shown.length === 0 && <p class="muted">{t('historyNoMatch')}</p>}
      <ul class="list" aria-label={t('historyTitle')}>
        {shown.map((r) => {
          const link = httpUrl(r.url);
          const published = formatPublished(r.published, locale);
          return (
            <li key={r.url} class="history__item" data-url={r.url}>
              <div>
                {link ? (
                  <a class="history__title" href={link} target="_blank" rel="noreferrer noopener">{r.title || r.url}</a>
                ) : (
                  <span class="history__title">{r.title || r.url}</span>
                )}
                <p class="muted small history__meta">
                  {[r.publisher ?? r.site, published, t('historyAnalyzed', formatPublished(new Date(r.analyzedAt).toISOString().slice(0, 10), locale) ?? '')]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {r.people.length > 0 && <p class="small history__who">{t('people')}: {r.people.slice(0, 8).join(', ')}</p>}
                {r.sources.length > 0 && <p class="small history__who">{t('sources')}: {r.sources.slice(0, 8).join(', ')}</p>}
                {r.quotes?.[0] && <p class="small muted history__who">“{r.quotes[0]}”</p>}
              </div>
              <button type="button" class="button" aria-label={`${t('historyDelete')}: ${r.title || r.url}`} onClick={() => void remove([r])}>
                {t('historyDelete')}
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
