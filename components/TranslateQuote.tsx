/** A quote's translation on request: on-device when the browser can, else a link the reader chooses to open. */
import { useEffect, useState } from 'preact/hooks';
import { onDeviceAvailable, translateLink, translateOnDevice, TranslateTimeout } from './translate';
import { t } from './i18n';

export interface TranslateQuoteProps {
  text: string;
  from: string;
  to: string;
}

export function TranslateQuote({ text, from, to }: TranslateQuoteProps) {
  const [onDevice, setOnDevice] = useState<boolean | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void onDeviceAvailable(from, to).then(setOnDevice);
  }, [from, to]);

  if (result) return <p class="translation" lang={to}>{result}</p>;
  const link = (
    <a class="link-button small translate" href={translateLink(text, from, to)} target="_blank" rel="noopener noreferrer" title={t('translateLinkTitle')}>
      {t('translateQuote')} ↗
    </a>
  );
  if (onDevice && error) {
    // On-device translation failed or timed out: say so and offer the link the reader may choose.
    return (
      <span class="translate" data-field="translate-fallback">
        <span class="muted small">{error} </span>
        {link}
      </span>
    );
  }
  if (onDevice) {
    return (
      <span class="translate">
        <button
          type="button"
          class="link-button small"
          onClick={async () => {
            try {
              setProgress(0);
              setResult(await translateOnDevice(text, from, to, setProgress));
            } catch (e) {
              setError(e instanceof TranslateTimeout ? t('translateTimeout') : String(e instanceof Error ? e.message : e));
            } finally {
              setProgress(null);
            }
          }}
        >
          {t('translateQuote')}
        </button>
        {progress !== null && <span class="muted small"> {Math.round(progress * 100)}%</span>}
      </span>
    );
  }
  return link;
}
