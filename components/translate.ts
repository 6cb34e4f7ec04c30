/**
 * Quote translation without sending text anywhere on its own: the browser's on-device
 * Translator API where it exists (Chrome 138+, window contexts), else a link the reader may click.
 */

interface TranslatorInstance {
  translate(text: string): Promise<string>;
}
interface TranslatorStatic {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (m: EventTarget) => void;
    signal?: AbortSignal;
  }): Promise<TranslatorInstance>;
}

/** Without an answer or any download progress for this long, on-device translation is given up for the link. */
export const TRANSLATE_STALL_MS = 12_000;
/** `availability()` should answer at once; one that doesn't means no on-device translation. */
const AVAILABILITY_TIMEOUT_MS = 3_000;

export class TranslateTimeout extends Error {
  constructor() {
    super('On-device translation did not answer in time.');
  }
}

/**
 * Runs `work`, failing with TranslateTimeout once `stallMs` pass without it calling `alive()` (download
 * progress) or finishing; the signal it gets is aborted then, so the browser can drop the download.
 */
export function withStallTimeout<T>(work: (alive: () => void, signal: AbortSignal) => Promise<T>, stallMs: number): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        controller.abort();
        reject(new TranslateTimeout());
      }, stallMs);
    };
    arm();
    work(arm, controller.signal).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function translatorApi(): TranslatorStatic | null {
  const api = (globalThis as unknown as { Translator?: TranslatorStatic }).Translator;
  return api && typeof api.availability === 'function' ? api : null;
}

/** Whether on-device translation from→to can be used at all (possibly after a download). */
export async function onDeviceAvailable(from: string, to: string): Promise<boolean> {
  const api = translatorApi();
  if (!api || from === 'und' || from === to) return false;
  try {
    const answer = await withStallTimeout(() => api.availability({ sourceLanguage: from, targetLanguage: to }), AVAILABILITY_TIMEOUT_MS);
    return answer !== 'unavailable';
  } catch {
    return false;
  }
}

/**
 * Translates on the device; `onProgress` gets 0..1 while the language model downloads. Rejects with
 * TranslateTimeout when the model neither answers nor makes download progress for `stallMs`
 * (offline, blocked, or stuck at 0%), so the caller can offer the link instead.
 */
export async function translateOnDevice(
  text: string,
  from: string,
  to: string,
  onProgress?: (p: number) => void,
  stallMs = TRANSLATE_STALL_MS,
): Promise<string> {
  const api = translatorApi();
  if (!api) throw new Error('On-device translation is not available in this browser.');
  return withStallTimeout(async (alive, signal) => {
    const translator = await api.create({
      sourceLanguage: from,
      targetLanguage: to,
      signal,
      monitor: (m) =>
        m.addEventListener('downloadprogress', (e) => {
          const loaded = (e as unknown as { loaded: number }).loaded;
          // Progress that moves keeps the download alive; a repeated 0% does not.
          if (loaded > 0) alive();
          onProgress?.(loaded);
        }),
    });
    alive();
    return translator.translate(text);
  }, stallMs);
}

/** A translation site link: opened only when the reader clicks it, and it says where it goes. */
export function translateLink(text: string, from: string, to: string): string {
  const params = new URLSearchParams({ sl: from === 'und' ? 'auto' : from, tl: to, text: text.slice(0, 4000), op: 'translate' });
  return `https://translate.google.com/?${params.toString()}`;
}
