// The one seam to the WebExtension API: everything else imports `browser` from here, never the polyfill itself.
//
// In the extension this is webextension-polyfill (promise-based `browser.*` on Chrome, the native object on
// Firefox). Unit tests run in Node, where the polyfill refuses to load, so vitest.config.ts aliases
// `webextension-polyfill` to test/unit/fake-polyfill.ts, which exports @webext-core/fake-browser instead.
import polyfill, { type Browser } from 'webextension-polyfill';

export type { Browser };

export const browser: Browser = polyfill;
