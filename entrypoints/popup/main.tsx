import { render } from 'preact';
import { PopupApp } from './PopupApp';
import '../../components/theme.css';
import './popup.css';

document.documentElement.lang = navigator.language || 'en';
render(<PopupApp />, document.getElementById('app')!);
