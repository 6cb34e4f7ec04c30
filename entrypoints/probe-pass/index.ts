/**
 * The probe's second part, injected by the background into the probe's isolated world the first time a page is
 * past the gate (or the status of a page the gate stopped is asked): the site rules, the size check, the page
 * serialised and sent, and the gate's explanation. Most pages are stopped by the gate and never need it, so the
 * every-page probe (entrypoints/probe) does not carry it: every page parses what it ships.
 */
import { gateDetection } from '../../lib/page/gate';
import { readSiteRules, siteListed } from '../../lib/schema/sites';
import type { Detection } from '../../lib/schema/article';
import { pageTooLarge } from '../content/page-size';
import { pageState, type ProbePass } from '../content/page-state';
import { extension } from '../content/probe-api';
import { sendPage } from '../content/send-page';

const SETTINGS_KEY = 'settings';

const readRules = async () => readSiteRules((await extension().storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

export default defineUnlistedScript(() => {
  const state = pageState();
  if (state.pass) return;
  const pass: ProbePass = {
    async look(current, lateChecks) {
      const rules = await readRules();
      // A probe whose extension was reloaded meanwhile has no extension to talk to any more.
      if (!current() || extension().runtime.id === undefined) return;
      const host = location.hostname;
      const alwaysOn = state.alwaysOn === true || siteListed(rules.alwaysOnSites, host);
      if (siteListed(rules.disabledSites, host)) return void (state.idle = 'site-disabled');
      if (!rules.autoAnalyze) return void (state.idle = 'auto-off');
      const tooLarge = await pageTooLarge(document);
      if (!current()) return;
      if (tooLarge) return void (state.idle = 'too-large');
      // Detection and extraction run in the background on the copy sent; an article comes back as what to paint.
      const sent = sendPage((message) => extension().runtime.sendMessage(message), alwaysOn);
      if (!sent) return void (state.idle = 'too-large');
      const reply = (await sent.catch(() => null)) as { status?: unknown; reason?: unknown; detection?: Detection } | null;
      if (!current()) return;
      if (reply?.status === 'analyzed' && state.full) {
        // The detection is for whoever reads the page's state, which parses it (ContentStatus).
        state.idle = null;
        state.detection = reply.detection ?? null;
        state.full.paint(reply);
      } else if (reply?.status === 'idle' && reply.reason === 'not-article') {
        state.idle = 'not-article';
        state.detection = reply.detection ?? null;
        lateChecks();
      }
    },
    async stopped(gate) {
      const rules = await readRules().catch(() => null);
      const host = location.hostname;
      if (rules && siteListed(rules.disabledSites, host)) return { idle: 'site-disabled', detection: null };
      if (rules && !rules.autoAnalyze) return { idle: 'auto-off', detection: null };
      return { idle: 'not-article', detection: gateDetection(gate) };
    },
  };
  state.pass = pass;
});
