/** The options page: every setting, saved as soon as it changes, always through the schema. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, HIGHLIGHT_SETTING_KINDS, HISTORY_VERSION, SitePattern, type Settings } from '../../lib/schema';
import { downloadJson } from '../../components/download';
import { droppedSiteEntries, loadSettings, saveSettings, takeResetNotice } from '../../lib/extension/settings-store';
import { browser } from 'wxt/browser';
import { PROVIDER_ORIGINS, PROVIDERS } from '../../lib/providers';
import { clearHistory, importHistory, loadHistory, takeHistoryResetNotice } from '../../lib/extension/history-store';
import { languageName } from '../../components/format';
import { t, uiLanguage, type MessageKey } from '../../components/i18n';
import { watchSettings } from '../../lib/extension/settings-watch';
import { loadToolbarOpens, saveToolbarOpens, type ToolbarOpens } from '../../lib/extension/toolbar';

const READER_LANGUAGES = ['en', 'ru', 'kk', 'uk', 'de', 'fr', 'es', 'cs'] as const;

/** Splits a textarea into hostnames; lines that are not site names are reported, not saved. */
function parseSites(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/[\n,]+/)) {
    if (!line.trim()) continue;
    const parsed = SitePattern.safeParse(line);
    if (!parsed.success) invalid.push(line.trim());
    else if (!sites.includes(parsed.data)) sites.push(parsed.data);
  }
  return { sites, invalid };
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [resetNotice, setResetNotice] = useState(false);
  const [droppedSites, setDroppedSites] = useState<string[]>([]);
  const [historyNotice, setHistoryNotice] = useState(false);
  const [historyCount, setHistoryCount] = useState<number | null>(null);
  const [historyMessage, setHistoryMessage] = useState('');
  const [providerMessage, setProviderMessage] = useState('');
  const [toolbar, setToolbar] = useState<ToolbarOpens>('popup');

  const refreshHistory = async () => setHistoryCount((await loadHistory()).length);

  useEffect(() => {
    void (async () => {
      setSettings(await loadSettings());
      setResetNotice(await takeResetNotice());
      setDroppedSites(await droppedSiteEntries());
      await refreshHistory();
      setHistoryNotice(await takeHistoryResetNotice());
      setToolbar(await loadToolbarOpens());
    })();
    // A change made elsewhere (the popup's "Turn off on this site", another options tab) shows here at once.
    return watchSettings((next) => setSettings(next));
  }, []);

  const exportHistory = async () => downloadJson('byline-history.json', { version: HISTORY_VERSION, records: await loadHistory() });

  const importFile = async (file: File | undefined) => {
    if (!file || !settings) return;
    try {
      const kept = await importHistory(JSON.parse(await file.text()), settings);
      setHistoryMessage(t('optHistoryImported', kept));
    } catch {
      setHistoryMessage(t('optHistoryImportFailed'));
    }
    await refreshHistory();
  };

  const update = async (next: Settings) => {
    setSettings(await saveSettings(next));
    setSaved(true);
  };

  if (!settings) return <main class="options"><p class="muted">…</p></main>;
  const locale = uiLanguage();
  const h = settings.highlights;

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {resetNotice && <p class="notice" role="alert">{t('optResetNotice')}</p>}
      {droppedSites.length > 0 && <p class="notice" role="alert">{t('droppedSitesNotice', droppedSites.join(', '))}</p>}
      {historyNotice && <p class="notice" role="alert">{t('optHistoryResetNotice')}</p>}
      <p class="muted">{t('optPrivacy')}</p>

      <fieldset>
        <Check
          name="autoAnalyze"
          label={t('optAutoAnalyze')}
          help={t('optAutoAnalyzeHelp')}
          checked={settings.autoAnalyze}
          onChange={(v) => void update({ ...settings, autoAnalyze: v })}
        />
        <SiteList
          id="disabledSites"
          label={t('optDisabledSites')}
          sites={settings.disabledSites}
          onSave={(sites) => void update({ ...settings, disabledSites: sites })}
        />
        <SiteList
          id="alwaysOnSites"
          label={t('optAlwaysOnSites')}
          sites={settings.alwaysOnSites}
          onSave={(sites) => void update({ ...settings, alwaysOnSites: sites })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('optReaderLanguage')}</legend>
        <select
          id="readerLanguage"
          name="readerLanguage"
          aria-label={t('optReaderLanguage')}
          value={settings.readerLanguage}
          onChange={(e) => void update({ ...settings, readerLanguage: e.currentTarget.value })}
        >
          <option value="auto">{t('optReaderLanguageAuto')}</option>
          {READER_LANGUAGES.map((code) => <option key={code} value={code}>{languageName(code, locale)}</option>)}
        </select>
        <p class="field-label">{t('optOtherLanguages')}</p>
        <div class="chips">
          {READER_LANGUAGES.map((code) => (
            <label key={code} class="chip">
              <input
                type="checkbox"
                name={`otherLanguage-${code}`}
                checked={settings.otherLanguages.includes(code)}
                onChange={(e) => {
                  const others = settings.otherLanguages.filter((c) => c !== code);
                  void update({ ...settings, otherLanguages: e.currentTarget.checked ? [...others, code] : others });
                }}
              />
              {languageName(code, locale)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optToolbar')}</legend>
        <select
          id="toolbarOpens"
          name="toolbarOpens"
          aria-label={t('optToolbar')}
          value={toolbar}
          onChange={(e) => {
            const value = e.currentTarget.value === 'panel' ? 'panel' : 'popup';
            setToolbar(value);
            void saveToolbarOpens(value).then(() => setSaved(true));
          }}
        >
          <option value="popup">{t('optToolbarPopup')}</option>
          <option value="panel">{t('optToolbarPanel')}</option>
        </select>
        <p class="help muted">{t('optShortcuts')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optHighlights')}</legend>
        <Check
          name="highlightsEnabled"
          label={t('optHighlightsEnabled')}
          help={t('optHighlightsShortcut')}
          checked={h.enabled}
          onChange={(v) => void update({ ...settings, highlights: { ...h, enabled: v } })}
        />
        <table class="kinds">
          <tbody>
            {HIGHLIGHT_SETTING_KINDS.map((kind) => (
              <tr key={kind}>
                <td>
                  <label class="check">
                    <input
                      type="checkbox"
                      name={`kind-${kind}`}
                      checked={h.kinds[kind]}
                      disabled={!h.enabled}
                      onChange={(e) => void update({ ...settings, highlights: { ...h, kinds: { ...h.kinds, [kind]: e.currentTarget.checked } } })}
                    />
                    {t(`kind_${kind.replace('-', '_')}` as MessageKey)}
                  </label>
                </td>
                <td>
                  <input
                    type="color"
                    name={`color-${kind}`}
                    aria-label={`${t('optColor')}: ${t(`kind_${kind.replace('-', '_')}` as MessageKey)}`}
                    value={h.colors[kind]}
                    disabled={!h.enabled}
                    onChange={(e) => void update({ ...settings, highlights: { ...h, colors: { ...h.colors, [kind]: e.currentTarget.value } } })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Check
          name="tintBySpeaker"
          label={t('optTintBySpeaker')}
          checked={h.tintBySpeaker}
          onChange={(v) => void update({ ...settings, highlights: { ...h, tintBySpeaker: v } })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('optHistory')}</legend>
        <Check
          name="historyEnabled"
          label={t('optHistoryEnabled')}
          checked={settings.history.enabled}
          onChange={(v) => void update({ ...settings, history: { ...settings.history, enabled: v } })}
        />
        <NumberField
          name="historyMax"
          label={t('optHistoryMax')}
          value={settings.history.maxArticles}
          min={10}
          max={10_000}
          onSave={(n) => void update({ ...settings, history: { ...settings.history, maxArticles: n } })}
        />
        <NumberField
          name="historyAge"
          label={t('optHistoryAge')}
          value={settings.history.maxAgeDays}
          min={1}
          max={3650}
          onSave={(n) => void update({ ...settings, history: { ...settings.history, maxAgeDays: n } })}
        />
        <p>
          <a href={browser.runtime.getURL('/reading-history.html')} target="_blank" rel="noopener">{t('optOpenHistory')}</a>
        </p>
        <p class="muted" data-field="history-count">{historyCount !== null ? t('optHistoryCount', historyCount) : ''}</p>
        <div class="actions actions--tight">
          <button type="button" class="button" onClick={() => void exportHistory()}>{t('optHistoryExport')}</button>
          <label class="button">
            {t('optHistoryImport')}
            <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
          </label>
          <button
            type="button"
            class="button"
            name="clearHistory"
            onClick={async () => {
              await clearHistory();
              await refreshHistory();
              setHistoryMessage(t('optHistoryCleared'));
            }}
          >
            {t('optHistoryClear')}
          </button>
        </div>
        {historyMessage && <p role="status">{historyMessage}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('optProviders')}</legend>
        <p class="help muted">{t('optProvidersHelp')}</p>
        {PROVIDERS.map((p) => (
          <label key={p} class="check">
            <input
              type="checkbox"
              name={`provider-${p}`}
              checked={settings.providers[p]}
              onChange={async (e) => {
                const on = e.currentTarget.checked;
                const origins = [PROVIDER_ORIGINS[p]];
                // The host permission is asked for now, while the reader is choosing, and given back when off.
                const granted = on ? await browser.permissions.request({ origins }).catch(() => false) : true;
                if (!on) await browser.permissions.remove({ origins }).catch(() => false);
                setProviderMessage(on && !granted ? t('optProviderDenied') : '');
                void update({ ...settings, providers: { ...settings.providers, [p]: on && granted } });
              }}
            />
            {p === 'gdelt' ? 'GDELT DOC 2.0' : 'Google News'}
          </label>
        ))}
        {providerMessage && <p class="error" role="alert">{providerMessage}</p>}
      </fieldset>

      <div class="actions">
        <button type="button" class="button" onClick={() => void update(DEFAULT_SETTINGS)}>{t('optReset')}</button>
        <p class="muted" role="status" data-saved={saved ? 'yes' : 'no'}>{saved ? t('optSaved') : ''}</p>
      </div>
    </main>
  );
}

function Check(props: { name: string; label: string; help?: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="field">
      <label class="check">
        <input type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
        {props.label}
      </label>
      {props.help && <p class="help muted">{props.help}</p>}
    </div>
  );
}

/** A textarea of site names, saved when it loses focus; bad lines are named, good ones kept. */
function SiteList(props: { id: string; label: string; sites: string[]; onSave: (sites: string[]) => void }) {
  const [text, setText] = useState(props.sites.join('\n'));
  const [invalid, setInvalid] = useState<string[]>([]);
  useEffect(() => setText(props.sites.join('\n')), [props.sites.join('\n')]);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        name={props.id}
        rows={3}
        spellcheck={false}
        aria-describedby={`${props.id}-help`}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          const { sites, invalid: bad } = parseSites(text);
          setInvalid(bad);
          props.onSave(sites);
        }}
      />
      <p id={`${props.id}-help`} class="help muted">{t('optDisabledSitesHelp')}</p>
      {invalid.length > 0 && <p class="error" role="alert">{t('optInvalidSites', invalid.join(', '))}</p>}
    </div>
  );
}

function NumberField(props: { name: string; label: string; value: number; min: number; max: number; onSave: (n: number) => void }) {
  return (
    <div class="field field--inline">
      <label for={props.name}>{props.label}</label>
      <input
        id={props.name}
        name={props.name}
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(e) => {
          const n = Math.round(Number(e.currentTarget.value));
          if (Number.isFinite(n)) props.onSave(Math.min(props.max, Math.max(props.min, n)));
        }}
      />
    </div>
  );
}
