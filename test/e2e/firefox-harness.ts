// Shared steps for the Firefox e2e files: saved page fixtures served at their addresses, and the popup's search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../fixtures/pages/replay';
import { waitUntil, type ExtensionFirefox } from './firefox';

/** Saved page fixtures (test/fixtures/pages), served through the proxy at their real addresses over http. */
export function fixturePages(names: readonly string[]): (url: string) => string | null {
  const key = (u: string) => u.replace(/^https?:\/\//, '');
  const byUrl = new Map(
    names.map((n) => {
      const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, `${n}.expected.json`), 'utf8')) as { url: string };
      return [key(expected.url), readFileSync(join(FIXTURE_DIR, `${n}.html`), 'utf8')] as const;
    }),
  );
  return (url) => byUrl.get(key(url)) ?? null;
}

export function fixtureUrl(name: string): string {
  const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as { url: string };
  return expected.url.replace(/^https:/, 'http:');
}

/** Types into the popup's search box and returns the result rows' text once the count shows. */
export async function searchInPopup(ff: ExtensionFirefox, popup: string, query: string): Promise<string[]> {
  await ff.bidi.evaluate(
    popup,
    `(() => { const q = document.querySelector('#q'); q.value = ${JSON.stringify(query)}; q.dispatchEvent(new Event('input', { bubbles: true })); })()`,
  );
  if (!(await waitUntil(ff.bidi, popup, "document.querySelector('#result-count')?.textContent !== ''"))) throw new Error(`no results count for ${query}`);
  return JSON.parse(
    await ff.bidi.evaluate<string>(popup, "JSON.stringify([...document.querySelectorAll('.results .result')].map((r) => r.textContent))"),
  ) as string[];
}

export function popupUrl(ff: ExtensionFirefox): string {
  return `moz-extension://${ff.extensionUuid}/src/popup/index.html`;
}
