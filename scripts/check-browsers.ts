// Stops `npm test` early, with one line saying what to install, when a browser the e2e tests need is missing.
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../test/e2e/browsers';

const needed = [
  { path: CHROMIUM_PATH, pkg: 'chromium', env: 'CHROMIUM_PATH' },
  { path: FIREFOX_PATH, pkg: 'firefox-esr', env: 'FIREFOX_PATH' },
];

const missing = needed.filter(({ path }) => {
  try {
    accessSync(path, constants.X_OK);
    return false;
  } catch {
    return true;
  }
});

if (missing.length) {
  const what = missing.map((m) => `${m.path} (${m.env})`).join(' and ');
  console.error(`Browser missing for e2e tests: ${what}; install with: apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`);
  process.exit(1);
}
