/** Sources with their kinds, and the chain of who cites whom (this site → correspondent → cited outlet). */
import type { Analysis, RevealTarget, Source } from '../lib/schema';
import { sourceKindLabel, t } from './i18n';

export interface SourcesPanelProps {
  analysis: Analysis;
  onReveal: (target: RevealTarget) => void;
}

/** Walks `citedBy` links back to the start: [publisher, …, source]. Cycles are cut. */
export function citationChain(source: Source, all: Source[], publisher: string | null): string[] {
  const chain = [source.name];
  const seen = new Set(chain);
  let current: Source | undefined = source;
  while (current?.citedBy && !seen.has(current.citedBy)) {
    chain.unshift(current.citedBy);
    seen.add(current.citedBy);
    const by: string = current.citedBy;
    current = all.find((s) => s.name === by);
  }
  if (publisher && !seen.has(publisher) && chain.length > 1) chain.unshift(publisher);
  return chain;
}

export function SourcesPanel({ analysis, onReveal }: SourcesPanelProps) {
  if (analysis.sources.length === 0) return <p class="muted empty">—</p>;
  const chains = analysis.sources
    .filter((s) => s.citedBy)
    .map((s) => citationChain(s, analysis.sources, analysis.article.publisher));
  return (
    <div>
      <ul class="list">
        {analysis.sources.map((source, index) => (
          <li key={`${source.name}|${source.kind}`}>
            <button type="button" class="row-button" data-source={index} onClick={() => onReveal({ list: 'sources', index })}>
              <strong>{source.name}</strong> <span class="badge" data-kind={source.kind}>{sourceKindLabel(source.kind)}</span>
              <span class="block muted small">{source.evidence}</span>
            </button>
          </li>
        ))}
      </ul>
      {chains.length > 0 && (
        <>
          <h3>{t('citationChain')}</h3>
          <ul class="list">
            {chains.map((chain) => (
              <li key={chain.join('>')} class="chain">{chain.join(' → ')}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
