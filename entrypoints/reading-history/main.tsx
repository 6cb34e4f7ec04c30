import { render } from 'preact';
import { HistoryApp } from './HistoryApp';
import '../../components/theme.css';
import '../../components/reader.css';
import './history.css';

document.documentElement.lang = navigator.language || 'en';
render(<HistoryApp />, document.getElementById('app')!);
