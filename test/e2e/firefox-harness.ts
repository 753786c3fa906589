// Shared steps for the Firefox e2e files: saved page fixtures served at their addresses, the content scripts' marks, and the popup's search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKS } from '../../src/content/marks';
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

/** True in the page once Counterpoint's content scripts set this performance mark (src/content/marks.ts). */
export const marked = (name: string): string => `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;

/**
 * Waits until the gate passed the page and content/main finished its first run, from their page-visible marks (in
 * Firefox the tests cannot reach the content scripts' own world). Tests that expect nothing on a page wait for this
 * first, so a script that never ran or crashed fails them. False if it did not happen within `ms`.
 */
export function waitForFirstRun(ff: ExtensionFirefox, tab: string, ms?: number): Promise<boolean> {
  return waitUntil(ff.bidi, tab, `${marked(MARKS.gate)} && ${marked(MARKS.firstRun)}`, ms);
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
