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
  }): Promise<TranslatorInstance>;
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
    return (await api.availability({ sourceLanguage: from, targetLanguage: to })) !== 'unavailable';
  } catch {
    return false;
  }
}

/** Translates on the device; `onProgress` gets 0..1 while the language model downloads. */
export async function translateOnDevice(text: string, from: string, to: string, onProgress?: (p: number) => void): Promise<string> {
  const api = translatorApi();
  if (!api) throw new Error('On-device translation is not available in this browser.');
  const translator = await api.create({
    sourceLanguage: from,
    targetLanguage: to,
    monitor: (m) => m.addEventListener('downloadprogress', (e) => onProgress?.((e as unknown as { loaded: number }).loaded)),
  });
  return translator.translate(text);
}

/** A translation site link: opened only when the reader clicks it, and it says where it goes. */
export function translateLink(text: string, from: string, to: string): string {
  const params = new URLSearchParams({ sl: from === 'und' ? 'auto' : from, tl: to, text: text.slice(0, 4000), op: 'translate' });
  return `https://translate.google.com/?${params.toString()}`;
}
