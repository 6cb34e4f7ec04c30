/** The words for each reason a tab has no analysis: title, explanation, the one action (StatePanel, popup first paint). */
import type { MessageKey } from './i18n';

export const IDLE_TEXT: Record<string, [MessageKey, MessageKey | null, MessageKey]> = {
  'not-article': ['notArticleTitle', 'notArticleBody', 'analyzeAnyway'],
  'site-disabled': ['siteDisabledTitle', 'siteDisabledBody', 'analyzeAnyway'],
  'auto-off': ['autoOffTitle', 'autoOffBody', 'analyzeNow'],
  pending: ['pendingTitle', null, 'analyzeNow'],
  'too-large': ['tooLargeTitle', 'tooLargeBody', 'analyzeAnyway'],
};
