// Unit tests: fast, in Node, with the WebExtension API replaced by @webext-core/fake-browser.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config.js';

export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      // src/shared/browser.ts imports the polyfill, which refuses to load outside an extension; tests get the fake.
      alias: [{ find: /^webextension-polyfill$/, replacement: `${import.meta.dirname}/test/unit/fake-polyfill.ts` }],
    },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
      environment: 'node',
      // Ten test files import build/data: a fresh clone's `npm run test:unit` builds it first instead of failing.
      globalSetup: ['test/unit/build-data-setup.ts'],
    },
  }),
);
