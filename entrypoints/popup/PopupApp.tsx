/**
 * The toolbar popup, and the side panel (the same view, kept beside the page): the active tab's analysis,
 * or a clear word on why there is none. Both follow settings and the tab's result as they change.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ContentStatus, DEFAULT_SETTINGS, RelatedStory, TabState, type RevealTarget, type Settings } from '../../lib/schema';
import { droppedSiteEntries, loadSettings, readerLanguages } from '../../lib/extension/settings-store';
import { watchSettings } from '../../lib/extension/settings-watch';
import { readStoredTabState, tabStateKey } from '../../lib/extension/tab-store';
import { askPageStatus } from '../../lib/extension/page-status';
import { SiteSwitch } from '../../components/SiteSwitch';
import { followActiveTab } from '../sidepanel/follow';
import type { RawStart } from './start';
import { openHistory, openOptions, panelOpener } from './bar';
import { z } from '../../lib/schema/zod';
import { AnalysisView } from '../../components/AnalysisView';
import { StatePanel } from '../../components/StatePanel';
import { t } from '../../components/i18n';

type View = { kind: 'loading' } | { kind: 'busy' } | { kind: 'state'; state: TabState };

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
 * The answers the popup's first script read as it began (start.ts, handed over by main.ts), parsed: the stored
 * result is then ready by the time preact has mounted. The page's own word on why there is no result needs no service worker woken;
 * an article without a stored result is left to the background, which analyses it.
 */
export async function readPopupStart(raw: Promise<RawStart>): Promise<PopupStart> {
  const { tabId, stored: rawStored, live: rawLive } = await raw;
  const parsed = rawStored === undefined ? null : TabState.safeParse(rawStored);
  const stored = parsed?.success ? parsed.data : null;
  const live = stored ? null : liveState(rawLive);
  return { tabId, stored, live };
}

/** The page's status (lib/extension/page-status.ts) as a state to show: why there is no result (null while it is still pending). */
function liveState(raw: unknown): TabState | null {
  const status = ContentStatus.safeParse(raw);
  if (!status.success || status.data.idle === null || status.data.idle === 'pending') return null;
  return { status: 'idle', reason: status.data.idle, detection: status.data.detection };
}

/** The page's own word on why there is no result, asked directly: no service worker woken. */
async function askPage(tabId: number): Promise<TabState | null> {
  return liveState(await askPageStatus(browser, tabId));
}

export function PopupApp({ start, mode = 'popup' }: { start: Promise<PopupStart>; mode?: 'popup' | 'panel' }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [related, setRelated] = useState<RelatedStory[]>([]);
  /** The tab shown now, and the reading language its glossary was written for, for listeners registered once. */
  const shownTab = useRef<number | null>(null);
  const glossaryLanguage = useRef<string | null>(null);
  glossaryLanguage.current = view.kind === 'state' && view.state.status === 'analyzed' ? view.state.analysis.readerLanguage : null;
  const settingsNow = useRef<Settings | null>(null);
  settingsNow.current = settings;
  /** Glossary explanations are written in the reading language: a result for another one is asked for anew. */
  const staleLanguage = (analysisLanguage: string | null, current: Settings | null) =>
    !!analysisLanguage && !!current && analysisLanguage !== readerLanguages(current)[0];
  const [droppedSites, setDroppedSites] = useState<string[]>([]);

  const load = async (type: 'popup:get-state' | 'popup:analyze', id: number | null, first?: Promise<PopupStart>) => {
    try {
      const begun = first ? await first : null;
      if (begun) id = begun.tabId;
      shownTab.current = id;
      if (id === null) return setView({ kind: 'state', state: { status: 'unavailable' } });
      setTabId(id);
      setRelated([]);
      setView({ kind: type === 'popup:analyze' ? 'busy' : 'loading' });
      // A stored analysis shows at once, read straight from session storage; the background's answer
      // (which wakes the service worker and asks the page what is painted) refines it when it comes.
      const stored = begun ? begun.stored : type === 'popup:get-state' ? await readStoredTabState(id) : null;
      // Shown at once: a stored analysis, else the page's own word (not an article, switched off…).
      const shown = stored?.status === 'analyzed' ? stored : (begun?.live ?? null);
      if (shown && shownTab.current === id) setView({ kind: 'state', state: shown });
      const answer = await request({ type, tabId: id }).catch((error: unknown) => {
        if (shown) return shown;
        throw error;
      });
      // Another tab took over while this one was asked (the panel follows the active tab).
      if (shownTab.current !== id) return;
      // A worker that failed to answer does not take away what is already shown.
      const state = answer.status === 'error' && shown ? shown : answer;
      setView({ kind: 'state', state });
      if (state.status !== 'analyzed') return;
      if (type === 'popup:get-state' && staleLanguage(state.analysis.readerLanguage, settingsNow.current)) return void load('popup:analyze', id);
      void loadRelated(id);
    } catch (error) {
      setView({ kind: 'state', state: { status: 'error', message: String(error) } });
    }
  };

  /** Related stories need the whole history: asked after the first render, shown when ready. */
  const loadRelated = async (id: number) => {
    const raw: unknown = await browser.runtime.sendMessage({ type: 'popup:get-related', tabId: id }).catch(() => []);
    const parsed = z.array(RelatedStory).safeParse(raw);
    if (parsed.success && shownTab.current === id) setRelated(parsed.data);
  };

  const reveal = (target: RevealTarget) => {
    if (tabId !== null) void browser.runtime.sendMessage({ type: 'popup:reveal', tabId, target }).catch(() => undefined);
  };

  // A layout effect runs right after the first render, so the early read is applied as soon as it lands.
  useLayoutEffect(() => {
    // The panel picks its own tab (the active one of its window) and follows it.
    if (mode === 'popup') void load('popup:get-state', null, start);
  }, []);
  useEffect(() => {
    void loadSettings()
      .then(setSettings)
      .then(droppedSiteEntries)
      .then(setDroppedSites, () => undefined);
    // Settings apply at once: the reading language, site switches, history and providers.
    const stopSettings = watchSettings((next) => {
      setSettings(next);
      if (staleLanguage(glossaryLanguage.current, next)) void load('popup:analyze', shownTab.current);
    });
    // The tab's result as the background stores or drops it (a new analysis, the site switched off, a navigation).
    const onStored = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const id = shownTab.current;
      if (area !== 'session' || id === null || !(tabStateKey(id) in changes)) return;
      const parsed = TabState.safeParse(changes[tabStateKey(id)]!.newValue);
      if (parsed.success) {
        setView({ kind: 'state', state: parsed.data });
        if (parsed.data.status === 'analyzed') void loadRelated(id);
      } else if (changes[tabStateKey(id)]!.newValue === undefined) {
        // Dropped: ask the page why (switched off, a new route loading…), without analysing anew.
        void askPage(id).then((live) => {
          if (shownTab.current === id) setView(live ? { kind: 'state', state: live } : { kind: 'loading' });
        });
      }
    };
    browser.storage.onChanged.addListener(onStored);
    const stopFollowing = mode === 'panel' ? followActiveTab((id) => void load('popup:get-state', id)) : () => undefined;
    return () => {
      stopSettings();
      stopFollowing();
      browser.storage.onChanged.removeListener(onStored);
    };
  }, []);

  const languages = readerLanguages(settings ?? DEFAULT_SETTINGS);

  return (
    <main class={mode} aria-live="polite" aria-busy={view.kind !== 'state'} data-tab-id={tabId ?? ''}>
      <header class="popup__bar">
        <h1 class="popup__brand">Byline</h1>
        <div class="popup__links">
          {mode === 'popup' && tabId !== null && <OpenPanelButton tabId={tabId} />}
          <button class="link-button" type="button" onClick={openHistory}>
            {t('openHistory')}
          </button>
          <button class="link-button" type="button" onClick={openOptions}>
            {t('openOptions')}
          </button>
        </div>
      </header>
      {tabId !== null && settings && <SiteSwitch tabId={tabId} settings={settings} analysis={view.kind === 'state' && view.state.status === 'analyzed' ? view.state.analysis : null} />}
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
          onAnalyze={() => void load('popup:analyze', tabId)}
          onRetry={() => void load('popup:get-state', tabId)}
        />
      )}
    </main>
  );
}

/** Chrome's side panel or Firefox's sidebar, opened from the popup (a click is the gesture both require). */
function OpenPanelButton({ tabId }: { tabId: number }) {
  const open = panelOpener();
  if (!open) return null;
  return (
    <button class="link-button" type="button" data-action="open-panel" onClick={() => open(tabId)}>
      {t('openPanel')}
    </button>
  );
}
