/**
 * On-device translation gives up for the link when the model never arrives: a download stuck at 0%,
 * or an API that never answers; a download that keeps moving is waited for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDeviceAvailable, translateLink, translateOnDevice, TranslateTimeout, TRANSLATE_STALL_MS } from '../../../components/translate';

type Monitor = EventTarget;
interface FakeOptions {
  /** Download progress values emitted, one per second, before the model is ready (null: never ready). */
  progress: number[];
  ready: boolean;
  availability?: 'available' | 'downloadable' | 'downloading' | 'unavailable' | 'hang';
}

let aborted = false;
function installTranslator(o: FakeOptions): void {
  aborted = false;
  (globalThis as Record<string, unknown>).Translator = {
    availability: () => (o.availability === 'hang' ? new Promise(() => {}) : Promise.resolve(o.availability ?? 'downloadable')),
    create: (options: { monitor?: (m: Monitor) => void; signal?: AbortSignal }) =>
      new Promise((resolve) => {
        const monitor = new EventTarget();
        options.monitor?.(monitor);
        options.signal?.addEventListener('abort', () => (aborted = true));
        o.progress.forEach((loaded, i) =>
          setTimeout(() => monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded })), (i + 1) * 1000),
        );
        if (o.ready) setTimeout(() => resolve({ translate: async (t: string) => `[en] ${t}` }), (o.progress.length + 1) * 1000);
      }),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>).Translator;
});

describe('on-device translation timeout', () => {
  it('gives up when the download sits at 0%, and aborts it', async () => {
    installTranslator({ progress: Array(30).fill(0), ready: false });
    const seen: number[] = [];
    const result = translateOnDevice('Сәлем', 'kk', 'en', (p) => seen.push(p)).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(TRANSLATE_STALL_MS + 100);
    expect(await result).toBeInstanceOf(TranslateTimeout);
    expect(seen.length).toBeGreaterThan(5);
    expect(aborted).toBe(true);
  });

  it('waits for a download that keeps moving, past the stall time', async () => {
    // One progress step a second for longer than the stall time, then the model is ready.
    const seconds = Math.ceil((TRANSLATE_STALL_MS * 1.5) / 1000);
    const steps = Array.from({ length: seconds }, (_, i) => (i + 1) / seconds);
    installTranslator({ progress: steps, ready: true });
    const result = translateOnDevice('Сәлем', 'kk', 'en');
    await vi.advanceTimersByTimeAsync((seconds + 2) * 1000);
    expect(await result).toBe('[en] Сәлем');
  });

  it('treats an availability check that never answers as no on-device translation', async () => {
    installTranslator({ progress: [], ready: false, availability: 'hang' });
    const answer = onDeviceAvailable('kk', 'en');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await answer).toBe(false);
  });

  it('offers on-device translation when the model can be had, never for the same language', async () => {
    installTranslator({ progress: [], ready: true, availability: 'downloadable' });
    expect(await onDeviceAvailable('kk', 'en')).toBe(true);
    expect(await onDeviceAvailable('en', 'en')).toBe(false);
  });

  it('the fallback link carries the quote and languages, and nothing else', () => {
    const url = new URL(translateLink('Сәлем', 'kk', 'en'));
    expect(url.origin).toBe('https://translate.google.com');
    expect(Object.fromEntries(url.searchParams)).toEqual({ sl: 'kk', tl: 'en', text: 'Сәлем', op: 'translate' });
  });
});
