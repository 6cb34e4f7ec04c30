/**
 * The one runtime message protocol. Names say the direction; every message is parsed
 * with these schemas on arrival, and anything else is ignored.
 */
import { lazySchema, z } from './zod';
import { Block, Detection } from './article';
import { Analysis, Span } from './analysis';
import { HIGHLIGHT_SETTING_KINDS } from './settings';
import { MAX_PAINT_CHARS, MAX_PATH_DEPTH, PAINT_WIRE } from './paint-grammar';

export { MAX_PATH_DEPTH };
import { RelatedStory } from './history';
import { MAX_PAGE_HTML_CHARS, MAX_PAGE_URL_CHARS, MAX_REQUESTED_HTML_CHARS } from './page-html';

const TabId = lazySchema(() =>
  z.int().check(z.nonnegative()),
);

export { MAX_PAGE_HTML_CHARS };

/**
 * probe or content script → background: the page as serialised now (README, "Two stages"); the background parses it,
 * detects and extracts off the page's thread. `force`: extract even if it is not an article (a site always analysed,
 * or a page that was one and changed). The answer is a `PaintReply`, or a `TabState` that is not painted.
 */
export const PageHtmlMessage = lazySchema(() =>
  z.object({
    type: z.literal('page:html'),
    url: z.string().check(z.maxLength(MAX_PAGE_URL_CHARS)),
    html: z.string().check(z.maxLength(MAX_PAGE_HTML_CHARS)),
    force: z.boolean(),
  }),
);

/**
 * What "Analyse anyway" gets back from the page (lib/extension/page-request.ts, through `executeScript`): its address and
 * its HTML, or null HTML when the page found it over the cap (its copy then never crossed).
 */
export const RequestedPage = lazySchema(() =>
  z.object({
    url: z.string().check(z.maxLength(MAX_PAGE_URL_CHARS)),
    html: z.nullable(z.string().check(z.maxLength(MAX_REQUESTED_HTML_CHARS))),
  }),
);

/** probe → background: the page needs another look (route change, late growth); inject the probe's relook script. */
export const ProbeRelookMessage = lazySchema(() =>
  z.object({ type: z.literal('probe:relook') }),
);

/** probe → background: the page is past the gate (or its status is asked); inject the probe's second part, probe-pass. */
export const ProbePassMessage = lazySchema(() =>
  z.object({ type: z.literal('probe:pass') }),
);

/** content script → background: the reader points at the painted page or asks for a reveal; inject the hover card's script. */
export const ContentHoverCardMessage = lazySchema(() =>
  z.object({ type: z.literal('content:hover-card') }),
);

/**
 * content script → background: the hover card needs the whole analysis behind the highlights painted for `url`
 * (the article's address when it was analysed); the answer is that `Analysis`, or nothing.
 */
export const ContentDetailsMessage = lazySchema(() =>
  z.object({ type: z.literal('content:details'), url: z.string().check(z.maxLength(8192)) }),
);

/**
 * Byline's highlight rules as the painter writes them (lib/highlight/paint.ts stylesheetText): `::highlight(name){…}`
 * lines and nothing else: no braces, parentheses (no `url()`), at-rules, escapes or markup inside a declaration block,
 * so the background inserts no other CSS (colours are `#rrggbb`, lib/schema/settings.ts).
 */
const HIGHLIGHT_RULES = /^::highlight\([a-z][a-z0-9]*\)\{[^{}()<>@\\]*\}(\n::highlight\([a-z][a-z0-9]*\)\{[^{}()<>@\\]*\})*$/;
const HighlightRules = z.string().check(z.maxLength(16_384), z.regex(HIGHLIGHT_RULES));

/**
 * content script → background: insert (`add`) or take out (`remove`) the highlight rules in the sender's frame, where
 * the content script cannot adopt a sheet into the page's document itself (Firefox's Xray wrappers; StyleInserter).
 */
export const ContentStylesMessage = lazySchema(() =>
  z.object({ type: z.literal('content:styles'), add: z.nullable(HighlightRules), remove: z.nullable(HighlightRules) }),
);

/** content script → background: the page moved to another route (SPA); what was shown is stale. */
export const ContentNavigatedMessage = lazySchema(() =>
  z.object({ type: z.literal('content:navigated') }),
);

/** popup → background */
export const PopupGetStateMessage = lazySchema(() =>
  z.object({ type: z.literal('popup:get-state'), tabId: TabId }),
);
export const PopupAnalyzeMessage = lazySchema(() =>
  z.object({ type: z.literal('popup:analyze'), tabId: TabId }),
);
/** Something the popup lists and the page shows: the nth quote, person or source of the analysis. */
export const RevealTarget = lazySchema(() =>
  z.object({
    list: z.enum(['quotes', 'people', 'sources']),
    index: z.int().check(z.nonnegative(), z.lte(100_000)),
  }),
);
export type RevealTarget = z.infer<typeof RevealTarget>;
/** popup → background: related stories from the local history (asked after the first render). */
export const PopupGetRelatedMessage = lazySchema(() =>
  z.object({ type: z.literal('popup:get-related'), tabId: TabId }),
);

/** popup → background: related coverage from an opt-in web provider, for the tab's article. */
export const PopupSearchWebMessage = lazySchema(() =>
  z.object({
    type: z.literal('popup:search-web'),
    tabId: TabId,
    provider: z.enum(['gdelt', 'googleNews']),
  }),
);
export const WebSearchResult = lazySchema(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), stories: z.array(RelatedStory), query: z.string(), cached: z.boolean() }),
    z.object({ ok: z.literal(false), message: z.string() }),
  ]),
);
export type WebSearchResult = z.infer<typeof WebSearchResult>;

export const PopupRevealMessage = lazySchema(() =>
  z.object({ type: z.literal('popup:reveal'), tabId: TabId, target: RevealTarget }),
);

export const ToBackgroundMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    PageHtmlMessage,
    ProbeRelookMessage,
    ProbePassMessage,
    ContentNavigatedMessage,
    ContentStylesMessage,
    ContentHoverCardMessage,
    ContentDetailsMessage,
    PopupGetStateMessage,
    PopupAnalyzeMessage,
    PopupRevealMessage,
    PopupSearchWebMessage,
    PopupGetRelatedMessage,
  ]),
);
export type ToBackgroundMessage = z.infer<typeof ToBackgroundMessage>;

/** background → content script */
export const ContentStatusRequest = lazySchema(() =>
  z.object({ type: z.literal('bg:status') }),
);
/**
 * background → content script: an analysis of this page to paint (after an on-request analysis): what to paint, and
 * the whole analysis for the hover card (the reader asked for it: the card will be wanted).
 */
export const ContentPaintRequest = lazySchema(() =>
  z.object({ type: z.literal('bg:paint'), reply: PaintReply, analysis: Analysis }),
);
/** background → content script: scroll to and flash a quote, person or source. */
export const ContentRevealRequest = lazySchema(() =>
  z.object({ type: z.literal('bg:reveal'), target: RevealTarget }),
);
/** background → content script: the keyboard shortcut was pressed in this tab. */
export const ContentToggleRequest = lazySchema(() =>
  z.object({ type: z.literal('bg:toggle-highlights') }),
);
export const ToContentMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    ContentStatusRequest,
    ContentPaintRequest,
    ContentRevealRequest,
    ContentToggleRequest,
  ]),
);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

/** popup or side panel → content script: which page is this (for "Turn off on this site")? */
export const LiveSiteRequest = lazySchema(() =>
  z.object({ type: z.literal('live:site') }),
);
export const LiveSiteAnswer = lazySchema(() =>
  z.object({ url: z.string().check(z.maxLength(8192)) }),
);
export type LiveSiteAnswer = z.infer<typeof LiveSiteAnswer>;

/** Why the content script did not analyse a page on its own. */
export const IdleReason = lazySchema(() =>
  z.enum([
    'not-article',
    'site-disabled',
    'auto-off',
    'pending',
    // Added for hostile pages: far more elements or text than any article (analysed only on request).
    'too-large',
  ]),
);
export type IdleReason = z.infer<typeof IdleReason>;

/** Highlights painted on the page, and spans that could not be anchored. */
export const HighlightStatus = lazySchema(() =>
  z.object({
    painted: z.int(),
    failed: z.int(),
    supported: z.boolean(),
    visible: z.boolean(),
    /** Painted ranges per highlight kind, so the popup (and tests) can tell what the reader sees. */
    byKind: z.record(z.string(), z.int()),
    /** This page's random highlight names → style key ("quote-direct-0"): tests find Byline's highlights by them. */
    names: z.optional(z.record(z.string(), z.string())),
  }),
);
export type HighlightStatus = z.infer<typeof HighlightStatus>;

/** content script's answer to `bg:status`. */
/** One entry of the content script's own timeline: a step (one task) or a point event. */
export const TimingEntry = lazySchema(() =>
  z.object({
    name: z.string().check(z.maxLength(40)),
    kind: z.enum(['step', 'event']),
    /** ms since the page's time origin (comparable with the page's long-task entries). */
    start: z.number(),
    duration: z.number().check(z.gte(0)),
  }),
);
export type TimingEntry = z.infer<typeof TimingEntry>;

export const ContentStatus = lazySchema(() =>
  z.object({
    detection: z.nullable(Detection),
    idle: z.nullable(IdleReason),
    highlights: z.optional(HighlightStatus),
    /** What each content-script step cost, for tests and the benchmark (never written where the page can read it). */
    timings: z.optional(z.array(TimingEntry).check(z.maxLength(300))),
    /** What the hover card shows (its shadow root is closed: only the extension can read it). */
    card: z.optional(
      z.object({
        visible: z.boolean(),
        who: z.string().check(z.maxLength(500)),
        text: z.string().check(z.maxLength(2000)),
        rect: z.nullable(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })),
      }),
    ),
  }),
);
export type ContentStatus = z.infer<typeof ContentStatus>;

/** What the popup shows for a tab. Stored per tab in `storage.session` when analysed. */
export const TabState = lazySchema(() =>
  z.discriminatedUnion('status', [
    z.object({
      status: z.literal('analyzed'),
      analysis: Analysis,
      highlights: z.optional(HighlightStatus),
      /** Related stories from the reader's own history (filled in by `popup:get-related`). */
      related: z._default(z.array(RelatedStory), []),
    }),
    z.object({ status: z.literal('idle'), reason: IdleReason, detection: z.nullable(Detection) }),
    /** No content script answers: a browser page, the web store, or a tab opened before install. */
    z.object({ status: z.literal('unavailable') }),
    z.object({ status: z.literal('error'), message: z.string() }),
  ]),
);
export type TabState = z.infer<typeof TabState>;

/** One highlight to paint: a span, its kind, the speaker or name it stands for (lib/highlight/items.ts makes them). */
export const PaintItem = lazySchema(() =>
  z.object({
    kind: z.enum(HIGHLIGHT_SETTING_KINDS),
    span: Span,
    label: z.nullable(z.string()),
    /** Speaker tint for quotes, -1 for none. */
    tint: z.int().check(z.gte(-1)),
    /** Index into the analysis' quotes, people or sources, for the hover card. */
    ref: z.int().check(z.nonnegative()),
  }),
);

/** An analysis as painting needs it: the page it is for, and its highlights. */
export const Paint = lazySchema(() =>
  z.object({ url: z.string(), items: z.array(PaintItem) }),
);
export type Paint = z.infer<typeof Paint>;

/**
 * What the content script paints from, the background's answer to `page:html` for an analysed page (its `paint`) and
 * what `bg:paint` carries: how the reader wants highlights painted (on, tints by speaker, the kinds shown, a colour per
 * kind), per highlight its kind, span, speaker tint, reference and selector texts and label, per block its start, its
 * element's path from `<html>` and its local name to check on the live page. Kept to what painting needs, and one
 * string whose whole grammar is one regular expression (lib/schema/paint-grammar.ts; written and read by
 * lib/highlight/paint-wire.ts): reading it is the page's cost, and zod's cold first use costs per schema node. The whole
 * analysis never crosses to the page unless the hover card asks for it (`content:details`). Anything else is not painted.
 */
export const PaintReply = lazySchema(() =>
  // One schema node (a string with two checks is three): zod's cost on a cold page grows with the nodes it builds and runs.
  z.custom<string>((value) => typeof value === 'string' && value.length <= MAX_PAINT_CHARS && PAINT_WIRE.test(value)),
);
export type PaintReply = z.infer<typeof PaintReply>;
