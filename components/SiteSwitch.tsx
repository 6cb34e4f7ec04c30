/** "Turn off on this site" and "Always analyse this site", for the tab the popup or panel shows. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSiteDisabled, LiveSiteAnswer, siteListed, type Analysis, type Settings } from '../lib/schema';
import { setSiteMode, siteOf } from '../lib/extension/settings-watch';
import { t } from './i18n';

export interface SiteSwitchProps {
  tabId: number;
  settings: Settings;
  /** The tab's analysis, when there is one: its URL names the site without asking the page. */
  analysis: Analysis | null;
}

export function SiteSwitch({ tabId, settings, analysis }: SiteSwitchProps) {
  const [asked, setAsked] = useState<string | null>(null);
  useEffect(() => {
    setAsked(null);
    // No analysis (not an article, switched off): the page's content script says where it is.
    void browser.tabs
      .sendMessage(tabId, { type: 'live:site' }, { frameId: 0 })
      .then((raw) => {
        const parsed = LiveSiteAnswer.safeParse(raw);
        if (parsed.success) setAsked(siteOf(parsed.data.url));
      })
      .catch(() => undefined);
  }, [tabId, analysis?.article.url]);
  const host = asked ?? (analysis ? siteOf(analysis.article.url) : null);
  if (!host) return null;
  const off = isSiteDisabled(settings, host);
  const always = siteListed(settings.alwaysOnSites, host);
  return (
    <div class="site-switch" data-site={host}>
      <span class="muted small site-switch__name">{t('siteName', host)}</span>
      <button
        type="button"
        class="link-button"
        data-action={off ? 'site-on' : 'site-off'}
        onClick={() => void setSiteMode(host, { off: !off })}
      >
        {off ? t('siteTurnOn') : t('siteTurnOff')}
      </button>
      <label class="check small">
        <input type="checkbox" name="alwaysAnalyse" checked={always} onChange={(e) => void setSiteMode(host, { always: e.currentTarget.checked })} />
        {t('siteAlways')}
      </label>
    </div>
  );
}
