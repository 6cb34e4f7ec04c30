/**
 * Detection's first stage for the probe's world, injected by the background the first time the probe finds a
 * page past its gate (or with the content script on the reader's request): the every-page probe does not carry
 * it, so the many pages the gate stops never load or evaluate it. The content script finishes detection with the
 * same function (PageState.firstStage) instead of bundling it again.
 */
// First, so it stamps the time before the other modules are evaluated.
import { SCRIPT_START } from '../content/script-start';
import { detectFirstStage } from '../../lib/page/detect';
import { pageState } from '../content/page-state';
import { stepSince } from '../content/timing';

// The definition defineUnlistedScript would return, written out (as the probe's).
export default {
  main() {
    const state = pageState();
    if (state.firstStage) return;
    // Its start (module evaluation) is Byline's cost on the page like any step.
    stepSince('stage-init', SCRIPT_START);
    state.firstStage = (doc, url) => {
      const first = detectFirstStage(doc, url);
      state.head = first.head;
      return first;
    };
  },
};
