// What the notes say, as a reader sees them in Chromium on every fixture page: whose words (quotes vs reports),
// every dispute a paragraph touches, wording comparisons only between versions of a sentence, hidden paragraphs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREMIUM_VISIBLE } from '../fixtures/inpage/herald-premium';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { collectAccounts, type SeenAccount } from './margin-measure';
import { ALL_NOTE_PAGES, SAVED_FIXTURES, SITE_FIXTURES } from '../fixtures/note-pages';
import { openDrawer, openNotePage } from './notes-open';
import { quoteFigure, quoteViolations } from './quote-check';
import { badgeFor, highlightedCount } from './reader-harness';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const site = (name: string) => SITE_FIXTURES.find((p) => p.name === name)!;
const shadowText = (sel: string) => `[...document.querySelector('counterpoint-root').shadowRoot.querySelectorAll(${JSON.stringify(sel)})].map((e) => e.textContent.replace(/\\s+/g, ' ').trim())`;

describe('whose words (Chromium)', () => {
  it('on every fixture page, every account in quotation marks under a name is that person\'s own quoted words', async () => {
    const seen: SeenAccount[] = [];
    const silent: string[] = [];
    const perPage = new Map<string, SeenAccount[]>();
    for (const p of ALL_NOTE_PAGES) {
      const page = await openNotePage(b.context, p, 600, true);
      if (!page) {
        silent.push(p.name);
        continue;
      }
      await openDrawer(page);
      const accounts = (await page.evaluate(`(${collectAccounts})()`)) as SeenAccount[];
      perPage.set(p.name, accounts);
      seen.push(...accounts);
      await page.close();
    }
    const quoted = seen.filter((a) => a.quoteStyled).length;
    console.log(quoteFigure('Chromium', perPage, silent));
    expect(silent.length).toBeLessThan(3);
    expect(quoteViolations(seen)).toEqual([]);
    // The check itself can fail: a report dressed as a quote is caught.
    const report = seen.find((a) => !a.quoteStyled)!;
    expect(quoteViolations([{ ...report, quoteStyled: true, who: 'Jacinda Ardern' }])).toHaveLength(1);
    expect(quoted).toBeGreaterThan(20);
    expect(seen.length - quoted).toBeGreaterThan(20);
  }, 240_000);
});

describe('notes per dispute (Chromium)', () => {
  it('the Herald paragraph "disputed, but concerned for his wellbeing" shows the bullying and the support dispute', async () => {
    const page = await openNotePage(b.context, site('in-page herald'), 600);
    await openDrawer(page);
    const disputes = await page.evaluate(() => {
      const root = document.querySelector('counterpoint-root')!.shadowRoot!;
      const card = [...root.querySelectorAll('article.card')].find((c) => c.querySelector('.excerpt-text')!.textContent!.startsWith('Ardern told reporters'))!;
      // The card's heading names the first dispute, a line inside it each further one.
      return [card.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim(), ...[...card.querySelectorAll('.dispute-line')].map((d) => d.textContent)];
    });
    expect(disputes).toEqual(['Disputed: Whether MPs, Sharma among them, have been bullied within Labour and Parliament.', 'Whether Sharma had support, and whether he needed it.']);
    await page.close();
  });
});

describe('wording differences (Chromium)', () => {
  it('compares a later article\'s sentence with the earlier one it rewords, with a legend in words', async () => {
    const page = await openNotePage(b.context, SAVED_FIXTURES.find((p) => p.name === 'new-herald-expelled')!, 600);
    await openDrawer(page);
    const differs = (await page.evaluate(shadowText('.differs'))) as string[];
    expect(differs.some((d) => d.includes('Underlined: only on this page') && d.includes('Struck through: only in the earlier report') && d.includes('mediation'))).toBe(true);
    await page.close();
  });

  it('shows no comparison on the RNZ article, whose sentences are not versions of the earlier reports', async () => {
    const page = await openNotePage(b.context, site('in-page rnz'), 600);
    await openDrawer(page);
    expect(await page.evaluate(shadowText('.earlier .words'))).not.toEqual([]);
    expect(await page.evaluate(shadowText('.differs'))).toEqual([]);
    await page.close();
  });
});

describe('hidden paragraphs (Chromium)', () => {
  it('Herald premium: only the paragraphs a non-subscriber sees get cards and highlights; the rest are listed as hidden', async () => {
    const p = site('Herald premium');
    const page = await openNotePage(b.context, p, 1400);
    const cards = await page.locator('counterpoint-root article.card').count();
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThanOrEqual(PREMIUM_VISIBLE + 1);
    expect(await highlightedCount(page)).toBe(cards);
    // Every highlighted paragraph is one the reader can see.
    const hiddenMarked = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges = ['counterpoint-conflict', 'counterpoint-earlier'].flatMap((k) => [...(reg.get(k) ?? [])]);
      return ranges.filter((r) => (r.commonAncestorContainer as Element).getClientRects().length === 0).length;
    });
    expect(hiddenMarked).toBe(0);
    const hint = (await page.evaluate(shadowText('.hidden-notes .hint'))) as string[];
    expect(hint[0]).toMatch(/^\d+ paragraphs with notes are in the part of this article you cannot see on this page/);
    // The badge counts what the reader can see.
    await expect.poll(() => badgeFor(b, p.url)).toBe(String(cards));
    await page.close();
  });

  it('no card or highlight for a paragraph hidden by display, visibility, the hidden attribute, aria-hidden, zero size or a collapsed box', async () => {
    const page = await openNotePage(b.context, site('hidden paragraphs'), 1400);
    const beside = await page.evaluate(() => {
      const root = document.querySelector('counterpoint-root')!.shadowRoot!;
      return [...root.querySelectorAll('article.card .excerpt-text')].map((e) => e.textContent!.slice(0, 30));
    });
    const visible = await page.evaluate(() => [...document.querySelectorAll('article p')].filter((p) => p.checkVisibility() && p.getBoundingClientRect().height > 0).map((p) => p.textContent!.slice(0, 30)));
    expect(beside.length).toBeGreaterThan(0);
    for (const start of beside) expect(visible).toContain(start);
    expect(await highlightedCount(page)).toBe(beside.length);
    expect(await page.locator('counterpoint-root .hidden-notes li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
