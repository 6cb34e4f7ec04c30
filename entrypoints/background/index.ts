/**
 * The background worker: analyses articles the content scripts hand over, keeps each tab's
 * result, paints the badge, and answers the popup. Every message is parsed and its sender checked.
 */
import { browser, type Browser } from 'wxt/browser';
import { analyzeArticle } from '../../lib/analyze';
import { ContentStatus, ToBackgroundMessage } from '../../lib/schema';
import type { ArticleText, Settings, TabState } from '../../lib/schema';
import { detailsFor, paintReply, type PageAnswer } from './paint-reply';
import { clearTabState, getTabState, setTabState } from './tab-states';
import { loadSettings, readerLanguages } from '../../lib/extension/settings-store';
import { loadHistory, remember } from '../../lib/extension/history-store';
import { findRelated, historyRecord } from '../../lib/related';
import { searchWeb } from './web-search';
import { isExtensionPage } from '../../lib/extension/senders';
import { askPageStatus, markAlwaysOn } from '../../lib/extension/page-status';
import { siteListed } from '../../lib/schema/sites';
import { registerSidePanel } from './side-panel';
import { injectContentScript, injectHoverCard, injectPassScript, injectRelookScript } from './inject';
import { requestPageHtml } from '../../lib/extension/page-request';
import { chromeI18n } from '../../lib/extension/ui-locale';
import { readPage } from './page-read';
import { leanHtml } from '../../lib/page/lean-html';
import { forgetAnalysis, rememberAnalysis, sameAsBefore } from './analysis-memo';

type Sender = Browser.runtime.MessageSender;

const BADGE_COLOR = '#2f5d8a';
/** Declared in wxt.config.ts `commands`. */
const TOGGLE_COMMAND = 'toggle-highlights';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const parsed = ToBackgroundMessage.safeParse(raw);
    if (!parsed.success || sender.id !== browser.runtime.id) return undefined;
    return handle(parsed.data, sender).catch(
      (error: unknown): TabState => ({ status: 'error', message: describe(error) }),
    );
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Chrome says 'loading' for same-document URL changes too (history.replaceState): a page doing that every
    // 50 ms must not cost a storage write each time. Only a stored result is cleared; the content memo stays
    // (the same article again is the same analysis).
    if (change.status === 'loading') void forgetStoredTab(tabId);
    if (change.status === 'complete' && tab.url) void markIfAlwaysOn(tabId, tab.url).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetAnalysis(tabId);
    void clearTabState(tabId);
  });

  registerSidePanel(sendToTab);
  browser.commands?.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void sendToTab(tab.id, { type: 'bg:toggle-highlights' });
    });
  });
});

async function handle(message: ToBackgroundMessage, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'page:html': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : readAndAnalyse(tabId, message.html, message.url, message.force);
    }
    case 'probe:relook': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : injectRelookScript(tabId);
    }
    case 'probe:pass': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : injectPassScript(tabId);
    }
    case 'content:hover-card': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : injectHoverCard(tabId);
    }
    case 'content:details': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : detailsFor(tabId, message.url);
    }
    case 'content:styles': {
      const tabId = contentTabId(sender);
      if (tabId === null) return undefined;
      const target = { tabId, frameIds: [0] };
      if (message.remove !== null) await browser.scripting.removeCSS({ target, css: message.remove }).catch(() => undefined);
      if (message.add !== null) await browser.scripting.insertCSS({ target, css: message.add });
      return true;
    }
    case 'content:navigated': {
      const tabId = contentTabId(sender);
      return tabId === null ? undefined : forgetTab(tabId);
    }
    case 'popup:get-state': {
      if (!isExtensionPage(sender)) return undefined;
      const stored = await getTabState(message.tabId);
      // The page's word, unless its analysis was stored while it was asked (the analysis runs here, in this worker).
      if (!stored) return askContentScript(message.tabId).then(async (live) => (await getTabState(message.tabId)) ?? live);
      if (stored.status !== 'analyzed') return stored;
      // What the page shows right now: painted highlights, anchors that failed.
      const live = ContentStatus.safeParse(await sendToTab(message.tabId, { type: 'bg:status' }));
      return live.success && live.data.highlights ? { ...stored, highlights: live.data.highlights } : stored;
    }
    case 'popup:get-related': {
      if (!isExtensionPage(sender)) return undefined;
      const state = await getTabState(message.tabId);
      if (state?.status !== 'analyzed') return [];
      return findRelated(historyRecord(state.analysis, Date.now()), await loadHistory());
    }
    case 'popup:search-web': {
      if (!isExtensionPage(sender)) return undefined;
      const state = await getTabState(message.tabId);
      if (state?.status !== 'analyzed') return { ok: false, message: 'Analyse the page first.' };
      return searchWeb(message.provider, state.analysis);
    }
    case 'popup:reveal':
      if (!isExtensionPage(sender)) return undefined;
      return (await sendToTab(message.tabId, { type: 'bg:reveal', target: message.target })) === true;
    case 'popup:analyze': {
      if (!isExtensionPage(sender)) return undefined;
      return analyzeOnRequest(message.tabId);
    }
  }
}

/** Content-script messages come from a tab's top frame; anything else (iframes, other extensions) is ignored. */
function contentTabId(sender: Sender): number | null {
  if (!sender.tab || sender.tab.id === undefined || sender.frameId !== 0) return null;
  return sender.tab.id;
}

/**
 * The page as its probe or content script sent it: detected and extracted here (page-read.ts); an article is
 * analysed, the content script injected (a copy already there stays), and the answer is what it paints.
 */
async function readAndAnalyse(tabId: number, html: string, url: string, force: boolean): Promise<PageAnswer | TabState> {
  const read = readPage(html, url, force);
  if (!read.article) return { status: 'idle', reason: 'not-article', detection: read.detection };
  // Injected before the result is stored: whoever sees the stored analysis finds the content script in the page.
  if (!(await injectContentScript(tabId))) return { status: 'unavailable' };
  const settings = await loadSettings();
  const state = await analyzeInto(tabId, read.article, settings);
  return paintReply(state, read, settings);
}

async function analyzeInto(tabId: number, article: ArticleText, settings: Settings): Promise<TabState> {
  // The same article again (the page only changed its URL): no new analysis, no new history entry.
  const readerLanguage = readerLanguages(settings)[0]!;
  const before = sameAsBefore(tabId, article);
  const again = before?.readerLanguage === readerLanguage ? before : null;
  const analysis = again ?? analyzeArticle(article, { readerLanguage });
  rememberAnalysis(tabId, article, analysis);
  const state: TabState = { status: 'analyzed', analysis, related: [] };
  await setTabState(tabId, state);
  if (!again && settings.history.enabled && analysis.isArticle) {
    await remember(historyRecord(analysis, Date.now()), settings).catch(() => undefined);
  }
  await setBadge(tabId, analysis.quotes.length > 0 ? String(analysis.quotes.length) : '✓');
  return state;
}

async function forgetStoredTab(tabId: number): Promise<void> {
  if (await getTabState(tabId)) await forgetTab(tabId);
}

async function forgetTab(tabId: number): Promise<void> {
  await clearTabState(tabId);
  await setBadge(tabId, '');
}

/**
 * A page of a site the reader always has analysed: the probe reads the site rules only past its gate, so it is
 * told here, before or after its first look (lib/extension/page-status.ts).
 */
async function markIfAlwaysOn(tabId: number, url: string): Promise<void> {
  if (!/^https?:/.test(url)) return;
  const settings = await loadSettings();
  if (!settings.alwaysOnSites.length || !siteListed(settings.alwaysOnSites, new URL(url).hostname)) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: markAlwaysOn }).catch(() => undefined);
}

/** No stored result: ask the page why (not an article, site off, auto off), or learn it can't be reached. */
async function askContentScript(tabId: number): Promise<TabState> {
  const reply = await askPageStatus(browser, tabId);
  if (reply === null) return { status: 'unavailable' };
  const status = ContentStatus.safeParse(reply);
  if (!status.success) return { status: 'error', message: 'The page sent an unreadable answer.' };
  // The page holds an article but the result is gone (the worker slept before it was stored): analyse again.
  if (status.data.idle === null && status.data.detection) return analyzeOnRequest(tabId);
  return { status: 'idle', reason: status.data.idle ?? 'pending', detection: status.data.detection };
}

/**
 * The reader asked for an analysis, even if the page doesn't look like an article: the page is serialised now
 * (the probe may have stopped it, or not run at all: a tab opened before Byline was installed), read here,
 * analysed, and painted by the content script, injected now (a copy already there stays).
 */
async function analyzeOnRequest(tabId: number): Promise<TabState> {
  const page = await requestPageHtml(browser, tabId);
  if (page === 'too-large') return { status: 'error', message: chromeI18n().getMessage('tooLargeOnRequest') };
  if (!page) return { status: 'unavailable' };
  const read = readPage(leanHtml(page.html), page.url, true);
  if (!read.article) return { status: 'error', message: 'Nothing to read on this page.' };
  const injected = await injectContentScript(tabId);
  const settings = await loadSettings();
  const state = await analyzeInto(tabId, read.article, settings);
  if (state.status === 'analyzed' && injected) {
    void sendToTab(tabId, { type: 'bg:paint', reply: paintReply(state, read, settings), analysis: state.analysis });
  }
  return state;
}

/** null when no content script answers (browser pages, stores, tabs opened before install). */
async function sendToTab(tabId: number, message: unknown): Promise<unknown> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) ?? null;
  } catch {
    return null;
  }
}

async function setBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab may have closed meanwhile.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
