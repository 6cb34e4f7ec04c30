/**
 * What the every-page probe and the content script share in one page. Both run in the extension's isolated
 * world of the page's top frame (the content script is injected there by the background), so they meet on
 * its global object; the page's own scripts live in another world and cannot see it.
 */
import type { Detection, IdleReason, TimingEntry } from '../../lib/schema';
import type { WorkBudget } from './work-budget';
import type { HoverCard } from './hover-card';

export interface PageState {
  /** The current route's detection, as the background made it from the page the probe sent (or the gate's). */
  detection: Detection | null;
  /** Why nothing is analysed on this route; null while an article is (being) analysed. */
  idle: IdleReason | null;
  /** Main-thread steps of both scripts, oldest first (timing.ts). */
  timeline: TimingEntry[];
  /** Every step's duration added up, both scripts' (each bundles its own timing module; the work budget reads this). */
  spentMs: number;
  /** Set by the content script once it runs: the probe hands it candidates and route changes. */
  full?: FullScript | null;
  /** One rate limit and work budget for every trigger in this page (route changes, late checks, DOM changes, the reader). */
  budget?: WorkBudget;
  /**
   * Makes the hover card (set by entrypoints/hover-card, which the background injects when the content script first
   * needs a card: the reader moved the pointer over a painted page, or asked for a reveal).
   */
  hoverCard?: (...args: ConstructorParameters<typeof HoverCard>) => HoverCard;
  /** The probe's look at the current route (set by the probe). */
  look?: () => Promise<void>;
  /** Looks again through the budget after `delayMs` of quiet (set by the relook script, entrypoints/probe-relook). */
  relook?: (delayMs: number) => void;
  /** A look the probe wanted before the relook script ran: its delay (the latest wins). */
  relookWanted?: number;
  /**
   * The probe's answer to whoever reads the page's state through `scripting.executeScript`
   * (lib/extension/page-status.ts): the probe listens for no message. Once the content script runs, it answers instead.
   */
  status?: () => Promise<ProbeStatus>;
  /** Set by the background on the pages of a site the reader always has analysed: the gate does not stop them. */
  alwaysOn?: boolean;
  /**
   * The probe past its gate (set by entrypoints/probe-pass, which the background injects the first time a page
   * passes the gate, or the status of a page the gate stopped is asked): most pages never need it.
   */
  pass?: ProbePass;
}

/** What the probe's second part does for it. */
export interface ProbePass {
  /**
   * The rest of a look at a page past the gate: the site rules, the size check, the page sent, the answer handed
   * to the content script. `current` is false once a newer look began; `lateChecks` schedules the late checks
   * of a page the background found not to be an article.
   */
  look(current: () => boolean, lateChecks: () => void): Promise<void>;
  /**
   * The status of a page the gate stopped (its reading): where Byline is off, that reason, as it would have been
   * had the site rules been read first; else not an article, with the gate's explanation.
   */
  stopped(gate: { stage: number; score: number; values: readonly number[] }): Promise<Pick<ProbeStatus, 'idle' | 'detection'>>;
}

/** What the probe reports: `ContentStatus`'s shape without the content script's parts. */
export interface ProbeStatus {
  detection: Detection | null;
  idle: IdleReason | null;
  timings: TimingEntry[];
}

export interface FullScript {
  /** Paint the background's answer to the page the probe sent (its `paint` a `PaintReply`, parsed here). */
  paint(reply: unknown): void;
  /** The route changed: drop what was shown for the old one. */
  navigated(): void;
  /** False once this copy's extension is gone (updated, reloaded): a newer copy then takes over. */
  alive(): boolean;
  /** Stops this copy (its listeners, observers, highlights). */
  stop(): void;
}

const KEY = Symbol.for('byline.page-state');

export function pageState(): PageState {
  const world = globalThis as unknown as Record<symbol, PageState | undefined>;
  return (world[KEY] ??= { detection: null, idle: 'pending', timeline: [], spentMs: 0 });
}
