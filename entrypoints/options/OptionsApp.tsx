/** The options page: every setting, saved as soon as it changes, always through the schema. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, SitePattern, type Settings } from '../../lib/schema';
import { loadSettings, saveSettings, takeResetNotice } from '../../lib/extension/settings-store';
import { t } from '../../components/i18n';
import { languageName } from '../../components/format';
import { uiLanguage } from '../../components/i18n';

const READER_LANGUAGES = ['en', 'ru', 'kk', 'uk', 'de', 'fr', 'es'] as const;

/** Splits the textarea into hostnames; lines that are not site names are reported, not saved. */
function parseSites(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/[\n,]+/)) {
    if (!line.trim()) continue;
    const parsed = SitePattern.safeParse(line);
    if (parsed.success) {
      if (!sites.includes(parsed.data)) sites.push(parsed.data);
    } else invalid.push(line.trim());
  }
  return { sites, invalid };
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sitesText, setSitesText] = useState('');
  const [invalidSites, setInvalidSites] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [resetNotice, setResetNotice] = useState(false);

  useEffect(() => {
    void (async () => {
      const loaded = await loadSettings();
      setSettings(loaded);
      setSitesText(loaded.disabledSites.join('\n'));
      setResetNotice(await takeResetNotice());
    })();
  }, []);

  const update = async (patch: Partial<Settings>) => {
    if (!settings) return;
    const next = await saveSettings({ ...settings, ...patch });
    setSettings(next);
    setSaved(true);
  };

  if (!settings) return <main class="options"><p class="muted">…</p></main>;
  const locale = uiLanguage();

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {resetNotice && <p class="notice" role="alert">{t('optResetNotice')}</p>}
      <p class="muted">{t('optPrivacy')}</p>

      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            name="autoAnalyze"
            checked={settings.autoAnalyze}
            onChange={(e) => void update({ autoAnalyze: e.currentTarget.checked })}
          />
          {t('optAutoAnalyze')}
        </label>
        <p class="help muted">{t('optAutoAnalyzeHelp')}</p>
      </div>

      <div class="field">
        <label for="disabledSites">{t('optDisabledSites')}</label>
        <textarea
          id="disabledSites"
          name="disabledSites"
          rows={5}
          spellcheck={false}
          aria-describedby="disabledSites-help"
          value={sitesText}
          onInput={(e) => setSitesText(e.currentTarget.value)}
          onBlur={() => {
            const { sites, invalid } = parseSites(sitesText);
            setInvalidSites(invalid);
            void update({ disabledSites: sites });
          }}
        />
        <p id="disabledSites-help" class="help muted">{t('optDisabledSitesHelp')}</p>
        {invalidSites.length > 0 && <p class="error" role="alert">{t('optInvalidSites', invalidSites.join(', '))}</p>}
      </div>

      <div class="field">
        <label for="readerLanguage">{t('optReaderLanguage')}</label>
        <select
          id="readerLanguage"
          name="readerLanguage"
          value={settings.readerLanguage}
          onChange={(e) => void update({ readerLanguage: e.currentTarget.value })}
        >
          <option value="auto">{t('optReaderLanguageAuto')}</option>
          {READER_LANGUAGES.map((code) => <option key={code} value={code}>{languageName(code, locale)}</option>)}
        </select>
      </div>

      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            setSitesText('');
            setInvalidSites([]);
            void update(DEFAULT_SETTINGS);
          }}
        >
          {t('optReset')}
        </button>
        <p class="muted" role="status" data-saved={saved ? 'yes' : 'no'}>{saved ? t('optSaved') : ''}</p>
      </div>
    </main>
  );
}
