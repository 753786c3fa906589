// Firefox ESR: the reader's real "other sites" grant (clicked on the options page) makes Counterpoint annotate a
// syndicated copy of the RNZ story on another host; before the grant, and after withdrawing it, that page stays untouched.
//
// The grant goes through permissions.request from a trusted click (WebDriver BiDi input); the pref
// extensions.webextOptionalPermissionPrompts=false is Firefox's own switch that accepts the prompt for automation.
// Chromium has no equivalent (see other-sites-chromium.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../fixtures/sites/sites';
import { MARKS } from '../../src/content/marks';
import { launchFirefoxWithExtension, openTab, waitUntil, type ExtensionFirefox } from './firefox';
import { marked } from './firefox-harness';

/** The Firefox proxy serves plain http at the real host and path. */
const SYNDICATED = 'http://www.example-syndicate.co.nz/news/sharma-caucus';
/** An article on another topic on the same host: granted, but the gate must turn it away untouched. */
const UNRELATED = 'http://www.example-syndicate.co.nz/news/heavy-rain-watch';
const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/sites', file), 'utf8');
const RNZ_COPY = fixture(SITE_PAGES.rnzSharmaArticle.file);
const UNRELATED_COPY = fixture(SITE_PAGES.rnzUnrelatedArticle.file);
const ROOT = "document.querySelector('counterpoint-root')?.shadowRoot?.childNodes.length > 0";

let firefox: ExtensionFirefox;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({
    pages: (url) => (url === SYNDICATED ? RNZ_COPY : url === UNRELATED ? UNRELATED_COPY : null),
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
});
afterAll(async () => {
  await firefox?.close();
});

/** Clicks the options page's button with a trusted pointer click (a user gesture, as permissions.request needs). */
async function clickButton(context: string, label: string): Promise<void> {
  const find = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;
  expect(await waitUntil(firefox.bidi, context, find)).toBe(true);
  const box = JSON.parse(
    await firefox.bidi.evaluate<string>(context, `(() => { const r = ${find}.getBoundingClientRect(); return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]); })()`),
  ) as [number, number];
  await firefox.bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x: Math.round(box[0]), y: Math.round(box[1]) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

/**
 * Opens the syndicated copy; whether notes appeared within `ms`, and whether the gate ran there at all (it passes
 * this page wherever it runs, leaving its mark), so "no notes" cannot come from a gate that ran and failed.
 */
async function notesOnSyndicatedCopy(ms: number): Promise<{ notes: boolean; gate: boolean; title: string }> {
  const tab = await openTab(firefox.bidi, SYNDICATED);
  const title = await firefox.bidi.evaluate<string>(tab, 'document.title');
  const notes = await waitUntil(firefox.bidi, tab, ROOT, ms);
  const gate = await firefox.bidi.evaluate<boolean>(tab, marked(MARKS.gate));
  await firefox.bidi.send('browsingContext.close', { context: tab });
  return { notes, gate, title };
}

describe('other sites in Firefox ESR', () => {
  it('annotates the syndicated copy only while the reader grants other sites', async () => {
    const before = await notesOnSyndicatedCopy(2000);
    expect(before.title).toContain('Gaurav Sharma'); // the story really is served there
    expect(before).toMatchObject({ notes: false, gate: false });

    const options = await openTab(firefox.bidi, `moz-extension://${firefox.extensionUuid}/src/options/index.html`);
    await clickButton(options, 'Allow on other sites');
    expect(await waitUntil(firefox.bidi, options, "document.body.textContent.includes('Allowed on other sites.')")).toBe(true);
    expect(await notesOnSyndicatedCopy(15_000)).toMatchObject({ notes: true, gate: true });
    // Same granted host, no story word: the gate runs and leaves the page exactly as it was.
    const other = await openTab(firefox.bidi, UNRELATED);
    const html = "document.documentElement.outerHTML";
    const untouched = await firefox.bidi.evaluate<string>(other, html);
    expect(await waitUntil(firefox.bidi, other, "document.querySelector('counterpoint-root')", 2000)).toBe(false);
    expect(await firefox.bidi.evaluate<string>(other, html)).toBe(untouched);
    await firefox.bidi.send('browsingContext.close', { context: other });

    await clickButton(options, 'Stop reading other sites');
    expect(await waitUntil(firefox.bidi, options, "document.body.textContent.includes('Only the four news sites.')")).toBe(true);
    expect(await notesOnSyndicatedCopy(2000)).toMatchObject({ notes: false, gate: false });
  });
});
