/**
 * Making a text-quote selector (the `TextQuoteSelector` schema is in ./analysis.ts). Kept apart from the schemas
 * so code that only makes or matches selectors (lib/anchor) does not pull zod into its bundle.
 */

/** The selector for [start, end) of `text`, with `context` characters each side (a `TextQuoteSelector`). */
export function selectorFor(text: string, start: number, end: number, context = 32): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
