// `npm start` (after scripts/ensure-setup.mjs): builds the extension and opens the demo story page in Chromium with Counterpoint loaded.
// With no display (CI, SSH) it runs headless and saves a screenshot to docs/screenshot-demo.png instead.
// `npm start -- --no-build` skips the build.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SITE_PAGES } from '../test/fixtures/sites/sites';
import { launchWithExtension } from '../test/e2e/chromium';

const root = resolve(import.meta.dirname, '..');
const SCREENSHOT = 'docs/screenshot-demo.png';

if (!process.argv.includes('--no-build')) {
  // The extension bundles build/data, so the data build comes first; the CLI is not needed here.
  execSync('npm run build:data && npm run build:ext', { cwd: root, stdio: 'inherit' });
}

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
const { url } = SITE_PAGES.rnzSharmaArticle;
// The saved page is served at its real address; nothing else is fetched (see test/e2e/chromium.ts).
await page.goto(url);
await page.locator('counterpoint-root').waitFor({ state: 'attached', timeout: 15_000 });
// Let the in-page UI finish drawing before anyone looks.
await page.waitForTimeout(1000);

if (headless) {
  await page.screenshot({ path: resolve(root, SCREENSHOT) });
  console.log(`No display found, so Chromium ran headless. Opened ${url}\nScreenshot saved to ${SCREENSHOT}`);
  await browser.close();
} else {
  console.log(`Opened ${url} (the demo page, served offline). Close the browser window to finish.`);
  await new Promise<void>((done) => browser.context.once('close', () => done()));
  await browser.close().catch(() => undefined);
}
