// Stands in for webextension-polyfill in unit tests (see vitest.config.ts): the in-memory fake browser.
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Browser } from 'webextension-polyfill';

// The fake is typed against @wxt-dev/browser; at runtime it has the same promise-based shape.
export default fakeBrowser as unknown as Browser;
