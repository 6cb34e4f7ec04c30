import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import '../../components/theme.css';
import './options.css';

document.documentElement.lang = navigator.language || 'en';
render(<OptionsApp />, document.getElementById('app')!);
