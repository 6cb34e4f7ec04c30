/** Why there is no analysis for this tab, with the one action that helps. */
import type { TabState } from '../lib/schema';
import { t } from './i18n';
import { IDLE_TEXT } from './state-text';

export interface StatePanelProps {
  state: Exclude<TabState, { status: 'analyzed' }>;
  onAnalyze: () => void;
  onRetry: () => void;
}

export function StatePanel({ state, onAnalyze, onRetry }: StatePanelProps) {
  if (state.status === 'unavailable') {
    return (
      <section class="state" data-state="unavailable">
        <h2>{t('unavailableTitle')}</h2>
        <p class="muted">{t('unavailableBody')}</p>
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section class="state" data-state="error" role="alert">
        <h2>{t('errorTitle')}</h2>
        <p class="muted">{state.message}</p>
        <button type="button" class="button" onClick={onRetry}>{t('retry')}</button>
      </section>
    );
  }
  const [title, body, action] = IDLE_TEXT[state.reason] ?? IDLE_TEXT['not-article']!;
  return (
    <section class="state" data-state={state.reason}>
      <h2>{t(title)}</h2>
      {body && <p class="muted">{t(body)}</p>}
      <button type="button" class="button button--primary" onClick={onAnalyze}>{t(action)}</button>
    </section>
  );
}
