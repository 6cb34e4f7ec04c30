import { render } from 'preact';
import { PopupApp, type PopupStart } from '../popup/PopupApp';
import '../../components/theme.css';
import '../popup/popup.css';
import '../../components/reader.css';
import './sidepanel.css';

// The panel picks its tab itself (the active tab of its window), and follows it.
const start = Promise.resolve<PopupStart>({ tabId: null, stored: null, live: null });
document.documentElement.lang = navigator.language || 'en';
render(<PopupApp start={start} mode="panel" />, document.getElementById('app')!);
