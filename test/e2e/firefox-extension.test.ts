// Firefox ESR smoke test over WebDriver BiDi: the built extension installs, injects main on a story article,
// and its popup page renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { launchFirefoxWithExtension, openTab, waitUntil, type ExtensionFirefox } from './firefox';

let firefox: ExtensionFirefox;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
});

describe('Firefox ESR with the built extension', () => {
  it('injects content/main on a story article', async () => {
    // The proxy serves fixtures over plain http at the same host and path.
    const url = SITE_PAGES.rnzSharmaArticle.url.replace('https://', 'http://');
    const tab = await openTab(firefox.bidi, url);
    expect(await firefox.bidi.evaluate<string>(tab, 'document.title')).toContain('Gaurav Sharma');
    expect(await waitUntil(firefox.bidi, tab, "document.querySelector('counterpoint-root')")).toBe(true);
    // The extension's UI lives in the root's open shadow root.
    const shadowContent = "document.querySelector('counterpoint-root').shadowRoot?.childNodes.length > 0";
    expect(await waitUntil(firefox.bidi, tab, shadowContent)).toBe(true);
  });

  it('renders the popup page', async () => {
    const tab = await openTab(firefox.bidi, `moz-extension://${firefox.extensionUuid}/src/popup/index.html`);
    expect(await waitUntil(firefox.bidi, tab, "document.querySelector('h1')?.textContent === 'Counterpoint'")).toBe(true);
    expect(
      await waitUntil(firefox.bidi, tab, "!document.querySelector('[role=status]')?.textContent.includes('Checking')"),
    ).toBe(true);
  });
});
