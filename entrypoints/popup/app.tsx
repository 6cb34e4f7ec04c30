/** The full popup (preact, schemas), loaded by main.ts once the stored result is on screen. */
import { render } from 'preact';
import { PopupApp, readPopupStart } from './PopupApp';
import '../../components/reader.css';

// Storage is asked before preact renders anything: the answer travels while the page is built.
const start = readPopupStart();
const app = document.getElementById('app')!;
// The first paint (main.ts) is replaced in the same task: no blank frame between the two.
app.replaceChildren();
render(<PopupApp start={start} />, app);
