// Toolbar popup entry: mounts the popup UI (src/ui/popup) with the browser-backed API.
/// <reference types="vite/client" />
import { render } from 'preact';
import { browserApi } from '../ui/popup/api';
import { PopupApp } from '../ui/popup/app';
import '../ui/popup/popup.css';

render(<PopupApp api={browserApi} />, document.getElementById('app')!);
