/**
 * The probe's second part, injected by the background into the probe's isolated world the first time a page
 * needs another look (a route change, a page that grew after load): the work budget those looks go through.
 * Most pages never need it, so the every-page probe does not carry it (entrypoints/probe).
 */
import { pageState } from '../content/page-state';
import { WorkBudget } from '../content/work-budget';

export default defineUnlistedScript(() => {
  const state = pageState();
  const look = state.look;
  if (state.relook || !look) return;
  const budget = (state.budget ??= new WorkBudget());
  state.relook = (delayMs) => budget.request(look, delayMs);
  if (state.relookWanted !== undefined) state.relook(state.relookWanted);
  state.relookWanted = undefined;
});
