import { render } from 'preact';
import { PopupApp, readPopupStart } from './PopupApp';
import '../../components/theme.css';
import './popup.css';
import '../../components/reader.css';

// Storage is asked before preact renders anything: the answer travels while the page is built.
const start = readPopupStart();
document.documentElement.lang = navigator.language || 'en';
render(<PopupApp start={start} />, document.getElementById('app')!);
