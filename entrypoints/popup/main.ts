/**
 * The popup's first script: paints the bar and the tab's stored result (its title), or the page's word on why there is
 * none, with plain DOM before any framework or schema is loaded; then loads the full popup (app.tsx) and hands it
 * the same answers, which it parses with the schemas, replacing this paint in one task. Built as one file
 * (wxt.config.ts: selfContainedEntry): nothing else is fetched before the first paint but the stylesheet. The paint carries no
 * `data-field`/`data-state` of the full popup: only the parsed view is something to act on.
 */
import { t } from '../../components/i18n';
import { IDLE_TEXT } from '../../components/state-text';
import { readRawStart, type RawStart } from './start';
import { openHistory, openOptions, panelOpener } from './bar';
import './first.css';

document.documentElement.lang = navigator.language || 'en';
const start = readRawStart();
// An async script may run before the page is parsed: the paint and the full popup wait for `#app` if need be.
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});
void start
  .then(async (raw) => {
    await parsed;
    // Put in once it can show as it will look (the frame waits for the stylesheet anyway): what is in the
    // page is what is on screen, which is also what the benchmark stamps.
    await Promise.all([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(loaded));
    paint(raw);
  })
  .catch(() => undefined)
  .finally(async () => {
    await parsed;
    (await import('./app')).mount(start);
  });

function loaded(link: HTMLLinkElement): Promise<unknown> | undefined {
  if (link.sheet) return undefined;
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
}

function paint({ tabId, stored, live }: RawStart): void {
  const app = document.getElementById('app');
  if (!app || app.childElementCount > 0) return;
  const main = element('main', 'popup');
  main.dataset.firstPaint = '';
  main.append(header(tabId));
  const title = storedTitle(stored);
  const reason = title === null ? idleReason(live) : null;
  if (title !== null) {
    const card = element('article', 'card');
    card.append(element('h2', 'card__title', title || '—'));
    main.append(card);
  } else if (reason) {
    const [heading, body] = IDLE_TEXT[reason]!;
    const section = element('section', 'state');
    section.append(element('h2', null, t(heading)));
    if (body) section.append(element('p', 'muted', t(body)));
    main.append(section);
  } else return;
  app.append(main);
}

/** The stored analysis's title, if the stored value looks like one (the full popup validates it). */
function storedTitle(stored: unknown): string | null {
  const state = stored as { status?: unknown; analysis?: { article?: { title?: unknown } } } | undefined;
  const title = state?.status === 'analyzed' ? state.analysis?.article?.title : undefined;
  return typeof title === 'string' ? title : null;
}

/** The page's reason for having no analysis, when it is one the popup has words for (and not still pending). */
function idleReason(live: unknown): string | null {
  const idle = (live as { idle?: unknown } | null)?.idle;
  return typeof idle === 'string' && idle !== 'pending' && Object.hasOwn(IDLE_TEXT, idle) ? idle : null;
}

/** The full popup's bar, links and all (PopupApp renders the same): its height is the same from the first frame. */
function header(tabId: number | null): HTMLElement {
  const bar = element('header', 'popup__bar');
  bar.append(element('h1', 'popup__brand', 'Byline'));
  const links = element('div', 'popup__links');
  const openPanel = tabId === null ? null : panelOpener();
  if (openPanel) links.append(button(t('openPanel'), () => openPanel(tabId!)));
  links.append(button(t('openHistory'), openHistory), button(t('openOptions'), openOptions));
  bar.append(links);
  return bar;
}

function button(label: string, onClick: () => void): HTMLElement {
  const el = element('button', 'link-button', label);
  el.setAttribute('type', 'button');
  el.addEventListener('click', onClick);
  return el;
}

function element(tag: string, className: string | null, text?: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
