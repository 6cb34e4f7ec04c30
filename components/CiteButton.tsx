/** Copies one quote with its citation: who, their role, the outlet, the date and a link to the passage. */
import { useState } from 'preact/hooks';
import type { Analysis, Quote } from '../lib/schema';
import { citationParts, formatCitation } from './citation';
import { formatPublished } from './format';
import { t, uiLanguage } from './i18n';

export function CiteButton({ analysis, quote, index }: { analysis: Analysis; quote: Quote; index: number }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    // The date as the article states it, without the time: a citation names the day.
    const date = (iso: string | null) => formatPublished(iso?.slice(0, 10) ?? null, uiLanguage());
    const text = formatCitation(citationParts(analysis, quote, date));
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <button type="button" class="link-button small cite" data-cite={index} data-copied={copied ? 'yes' : 'no'} onClick={() => void copy().catch(() => undefined)}>
      {copied ? t('citationCopied') : t('copyCitation')}
    </button>
  );
}
