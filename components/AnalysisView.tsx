/** One article's analysis in the popup and side panel: the card, highlight notes, sourcing, tabs, and export. */
import { useState } from 'preact/hooks';
import type { Analysis, HighlightStatus, RelatedStory, RevealTarget } from '../lib/schema';
import { languageName } from './format';
import { ArticleCard } from './ArticleCard';
import { ContextPanel } from './ContextPanel';
import { downloadCsv, downloadJson } from './download';
import { analysisToCsv, analysisToMarkdown } from './export';
import { t, uiLanguage } from './i18n';
import { PeoplePanel } from './PeoplePanel';
import { QuotesPanel } from './QuotesPanel';
import { SourcesPanel } from './SourcesPanel';
import { SourcingSummary } from './SourcingSummary';
import { Tabs } from './Tabs';

export interface AnalysisViewProps {
  analysis: Analysis;
  highlights?: HighlightStatus;
  related: RelatedStory[];
  /** Languages the reader reads: no translation hint for these. */
  readerLanguages: string[];
  historyEnabled: boolean;
  tabId: number | null;
  providers: ('gdelt' | 'googleNews')[];
  onReveal: (target: RevealTarget) => void;
}

export function AnalysisView({ analysis, highlights, related, readerLanguages, historyEnabled, tabId, providers, onReveal }: AnalysisViewProps) {
  const [copied, setCopied] = useState(false);
  const [tab, setTab] = useState<string | undefined>(undefined);
  const language = analysis.article.language;
  const foreign = language !== 'und' && !readerLanguages.includes(language);
  const copyMarkdown = async () => {
    await navigator.clipboard.writeText(analysisToMarkdown(analysis));
    setCopied(true);
  };

  const notes = [...analysis.notes];
  if (highlights && !highlights.supported) notes.push(t('highlightsUnsupported'));
  if (highlights && highlights.failed > 0) notes.push(t('highlightsFailed', highlights.failed));

  return (
    <div class="analysis">
      <ArticleCard analysis={analysis} />
      {notes.length > 0 && (
        <ul class="notes" aria-label={t('notes')}>
          {notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {foreign && (
        <p class="hint" data-field="foreign-hint">
          {t('foreignHint', languageName(language, uiLanguage()))}{' '}
          <button type="button" class="link-button" onClick={() => setTab('context')}>{t('showHints')}</button>
        </p>
      )}
      <SourcingSummary analysis={analysis} />
      <Tabs
        label="Byline"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'quotes', label: t('quotes'), count: analysis.quotes.length, render: () => <QuotesPanel analysis={analysis} onReveal={onReveal} /> },
          { id: 'people', label: t('people'), count: analysis.people.length, render: () => <PeoplePanel analysis={analysis} onReveal={onReveal} /> },
          { id: 'sources', label: t('sources'), count: analysis.sources.length, render: () => <SourcesPanel analysis={analysis} onReveal={onReveal} /> },
          {
            id: 'context',
            label: t('translation'),
            count: related.length || undefined,
            render: () => (
              <ContextPanel
                analysis={analysis}
                related={related}
                foreign={foreign}
                historyEnabled={historyEnabled}
                tabId={tabId}
                providers={providers}
              />
            ),
          },
        ]}
      />
      <div class="export">
        <button type="button" class="button" onClick={() => void copyMarkdown()}>{copied ? t('copied') : t('copyMarkdown')}</button>
        <button type="button" class="button" onClick={() => downloadJson('byline-analysis.json', analysis)}>{t('downloadJson')}</button>
        <button type="button" class="button" onClick={() => downloadCsv('byline-quotes.csv', analysisToCsv(analysis))}>{t('downloadCsv')}</button>
      </div>
    </div>
  );
}
