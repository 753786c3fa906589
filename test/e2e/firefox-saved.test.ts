// Firefox ESR over WebDriver BiDi: a claim saved from the sidebar is still saved, and found by the popup's search,
// after Firefox restarts with the same profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, openTab, waitUntil } from './firefox';
import { fixturePages, fixtureUrl, popupUrl, searchInPopup } from './firefox-harness';

const PAGE = 'newshub-staff-complaints';
const SELECTED = 'bombshell bullying allegations against his own party';

describe('saved claims in Firefox', () => {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-ff-saved-'));
  const extensionUuid = randomUUID();
  const launch = () => launchFirefoxWithExtension({ profile, extensionUuid, pages: fixturePages([PAGE]) });
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('a selection saved with the sidebar button survives a restart with the same profile', async () => {
    let ff = await launch();
    try {
      const tab = await openTab(ff.bidi, fixtureUrl(PAGE));
      const root = "document.querySelector('counterpoint-root')?.shadowRoot";
      expect(await waitUntil(ff.bidi, tab, root)).toBe(true);
      // Select words in the article as a reader would, then press the offered button.
      await ff.bidi.evaluate(
        tab,
        `(() => {
          const t = ${JSON.stringify(SELECTED)};
          const p = [...document.querySelectorAll('p')].find((el) => el.firstChild?.textContent.includes(t));
          const node = p.firstChild;
          const start = node.textContent.indexOf(t);
          getSelection().setBaseAndExtent(node, start, node, start + t.length);
        })()`,
      );
      expect(await waitUntil(ff.bidi, tab, `${root}.querySelector('button.save-selection')`)).toBe(true);
      await ff.bidi.evaluate(tab, `${root}.querySelector('button.save-selection').click()`);
      expect(await waitUntil(ff.bidi, tab, `${root}.querySelector('.saver [role=status]').textContent.startsWith('Saved as a claim')`)).toBe(true);
    } finally {
      await ff.close();
    }

    ff = await launch();
    try {
      const popup = await openTab(ff.bidi, popupUrl(ff));
      expect(await waitUntil(ff.bidi, popup, "document.querySelector('main[aria-busy=\"false\"] #q') !== null")).toBe(true);
      const rows = await searchInPopup(ff, popup, SELECTED);
      expect(rows.filter((r) => r.includes('Saved by you') && r.includes(SELECTED))).toHaveLength(1);
    } finally {
      await ff.close();
    }
  });
});
