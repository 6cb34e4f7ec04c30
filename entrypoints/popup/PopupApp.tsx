/** The toolbar popup: the active tab's analysis, or a clear word on why there is none. */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ContentStatus, DEFAULT_SETTINGS, RelatedStory, TabState, type RevealTarget, type Settings } from '../../lib/schema';
import { droppedSiteEntries, loadSettings, readerLanguages } from '../../lib/extension/settings-store';
import { readStoredTabState } from '../../lib/extension/tab-store';
import { AnalysisView } from '../../components/AnalysisView';
import { StatePanel } from '../../components/StatePanel';
import { t } from '../../components/i18n';

type View = { kind: 'loading' } | { kind: 'busy' } | { kind: 'state'; state: TabState };

/** Tests (and the demo's screenshot) open the popup as a page with `?tabId=N`. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function request(message: { type: 'popup:get-state' | 'popup:analyze'; tabId: number }): Promise<TabState> {
  const parsed = TabState.safeParse(await browser.runtime.sendMessage(message));
  return parsed.success ? parsed.data : { status: 'error', message: 'Byline sent an unreadable answer.' };
}

/** What the popup starts from: the tab it is about and the result storage already holds for it. */
export interface PopupStart {
  tabId: number | null;
  stored: TabState | null;
  /** What the page's content script says when nothing is stored (not an article, switched off…). */
  live: TabState | null;
}

/**
 * Started as the popup's script begins, before its first render: the stored result is then ready by the time
 * preact has mounted (waiting for an effect would add a frame or more).
 */
export async function readPopupStart(): Promise<PopupStart> {
  const tabId = await targetTabId();
  if (tabId === null) return { tabId, stored: null, live: null };
  const stored = await readStoredTabState(tabId);
  return { tabId, stored, live: stored ? null : await askPage(tabId) };
}

/**
 * The page's own word on why there is no result, asked directly: showing "not an article" needs no
 * service worker woken. An article without a stored result is left to the background, which analyses it.
 */
async function askPage(tabId: number): Promise<TabState | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'bg:status' }, { frameId: 0 }).catch(() => null);
  const status = ContentStatus.safeParse(reply);
  if (!status.success || status.data.idle === null || status.data.idle === 'pending') return null;
  return { status: 'idle', reason: status.data.idle, detection: status.data.detection };
}

export function PopupApp({ start }: { start: Promise<PopupStart> }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [related, setRelated] = useState<RelatedStory[]>([]);
  const [droppedSites, setDroppedSites] = useState<string[]>([]);

  const load = async (type: 'popup:get-state' | 'popup:analyze', first?: Promise<PopupStart>) => {
    try {
      const begun = first ? await first : null;
      const id = begun ? begun.tabId : (tabId ?? (await targetTabId()));
      if (id === null) return setView({ kind: 'state', state: { status: 'unavailable' } });
      setTabId(id);
      setView({ kind: type === 'popup:analyze' ? 'busy' : 'loading' });
      // A stored analysis shows at once, read straight from session storage; the background's answer
      // (which wakes the service worker and asks the page what is painted) refines it when it comes.
      const stored = begun ? begun.stored : type === 'popup:get-state' ? await readStoredTabState(id) : null;
      // Shown at once: a stored analysis, else the page's own word (not an article, switched off…).
      const shown = stored?.status === 'analyzed' ? stored : (begun?.live ?? null);
      if (shown) setView({ kind: 'state', state: shown });
      const answer = await request({ type, tabId: id }).catch((error: unknown) => {
        if (shown) return shown;
        throw error;
      });
      // A worker that failed to answer does not take away what is already shown.
      const state = answer.status === 'error' && shown ? shown : answer;
      setView({ kind: 'state', state });
      // Related stories need the whole history: asked after the first render, shown when ready.
      if (state.status === 'analyzed') {
        const raw: unknown = await browser.runtime.sendMessage({ type: 'popup:get-related', tabId: id }).catch(() => []);
        const parsed = RelatedStory.array().safeParse(raw);
        if (parsed.success) setRelated(parsed.data);
      }
    } catch (error) {
      setView({ kind: 'state', state: { status: 'error', message: String(error) } });
    }
  };

  const reveal = (target: RevealTarget) => {
    if (tabId !== null) void browser.runtime.sendMessage({ type: 'popup:reveal', tabId, target }).catch(() => undefined);
  };

  // A layout effect runs right after the first render, so the early read is applied as soon as it lands.
  useLayoutEffect(() => {
    void load('popup:get-state', start);
  }, []);
  useEffect(() => {
    void loadSettings()
      .then(setSettings)
      .then(droppedSiteEntries)
      .then(setDroppedSites, () => undefined);
  }, []);

  const languages = readerLanguages(settings ?? DEFAULT_SETTINGS);

  return (
    <main class="popup" aria-live="polite" aria-busy={view.kind !== 'state'}>
      <header class="popup__bar">
        <h1 class="popup__brand">Byline</h1>
        <button class="link-button" type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {droppedSites.length > 0 && <p class="notice" role="alert">{t('droppedSitesNotice', droppedSites.join(', '))}</p>}
      {view.kind === 'loading' && <p class="muted" role="status">{t('loading')}</p>}
      {view.kind === 'busy' && <p class="muted" role="status">{t('analyzing')}</p>}
      {view.kind === 'state' && view.state.status === 'analyzed' && (
        <AnalysisView
          analysis={view.state.analysis}
          highlights={view.state.highlights}
          related={related}
          readerLanguages={languages}
          historyEnabled={settings?.history.enabled ?? true}
          tabId={tabId}
          providers={settings ? (['gdelt', 'googleNews'] as const).filter((p) => settings.providers[p]) : []}
          onReveal={reveal}
        />
      )}
      {view.kind === 'state' && view.state.status !== 'analyzed' && (
        <StatePanel
          state={view.state}
          onAnalyze={() => void load('popup:analyze')}
          onRetry={() => void load('popup:get-state')}
        />
      )}
    </main>
  );
}
