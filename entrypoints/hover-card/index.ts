/**
 * The hover card's script (entrypoints/content/hover-card), injected by the background into the content script's
 * isolated world the first time the content script needs a card: the reader moved the pointer over a painted page,
 * or asked the popup to reveal a passage. Pages read without a pointer never load it, and the content script
 * (its budget: 35 kB gzip) does not carry it. It only hands the content script the card's constructor.
 */
import { pageState } from '../content/page-state';
import { HoverCard } from '../content/hover-card';

// The plain definition (what defineUnlistedScript returns) keeps WXT's helper out of the bundle, as in entrypoints/full.
export default {
  main() {
    // Set again by every injection: a copy left by an older version of the extension is replaced.
    pageState().hoverCard = (...args) => new HoverCard(...args);
  },
};
