// Where the e2e tests and `npm start` find the system browsers (Debian packages chromium and firefox-esr; see scripts/ensure-setup.mjs).
import { browserPath } from '../../scripts/ensure-setup.mjs';

export const CHROMIUM_PATH = browserPath('chromium');
export const FIREFOX_PATH = browserPath('firefox-esr');
