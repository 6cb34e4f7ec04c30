/**
 * The page of a tab's top frame, serialised in Byline's isolated world when the reader asks for an analysis (the
 * probe may not have sent it, or stopped at its size check). A page beyond what the background reads is refused in
 * the page, before its copy crosses to the background: the reader is told it is too large.
 */
import { MAX_REQUESTED_HTML_CHARS } from '../schema/page-html';
import { RequestedPage } from '../schema/messages';

/** The one API call this needs, as Chrome's `chrome`, Firefox's and the polyfill's `browser` all have it (MV3, promises). */
export interface PageRequestApi {
  scripting: {
    executeScript(injection: { target: { tabId: number; frameIds: number[] }; func: (max: number) => unknown; args: [number] }): Promise<{ result?: unknown }[] | undefined>;
  };
}

/** Runs in the page's isolated world, serialised by `executeScript`: self-contained (no imports, no module constants). */
export function pageHtmlWithin(max: number): { url: string; html: string | null } {
  const html = document.documentElement.outerHTML;
  return { url: location.href, html: html.length > max ? null : html };
}

/**
 * The page's address and HTML; 'too-large' when its HTML is over `max` characters; null when the page cannot be
 * scripted (browser pages, stores) or answers nonsense.
 */
export async function requestPageHtml(api: PageRequestApi, tabId: number, max = MAX_REQUESTED_HTML_CHARS): Promise<{ url: string; html: string } | 'too-large' | null> {
  let result: unknown;
  try {
    result = (await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: pageHtmlWithin, args: [max] }))?.[0]?.result;
  } catch {
    return null;
  }
  const page = RequestedPage.safeParse(result);
  if (!page.success) return null;
  if (page.data.html === null) return 'too-large';
  return page.data.html.length <= max ? { url: page.data.url, html: page.data.html } : null;
}
