/** The full popup (preact, schemas), loaded by main.ts once the stored result is on screen. */
import { render } from 'preact';
import { PopupApp, readPopupStart } from './PopupApp';
import type { RawStart } from './start';
import '../../components/reader.css';

/** Mounts the full popup on the answers the first script has read (or is still reading). */
export function mount(raw: Promise<RawStart>): void {
  const start = readPopupStart(raw);
  const app = document.getElementById('app')!;
  // The first paint (main.ts) is replaced in the same task: no blank frame between the two.
  app.replaceChildren();
  render(<PopupApp start={start} />, app);
}
