// Cards beside their paragraphs, measured in Chromium on every site fixture at 1400 and 1024 px: none drifts, opening
// one moves no other, each is headed by what it is about, and the narrow window's tab says how many notes in words.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/types';
import { SITE_FIXTURES } from '../fixtures/note-pages';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { measureCards, type CardPlacement } from './margin-measure';
import { openNotePage } from './notes-open';

const datasets = JSON.parse(readFileSync('build/data/datasets.json', 'utf8')) as Dataset[];

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const measure = (page: import('playwright-core').Page) => page.evaluate(`(${measureCards})()`) as Promise<CardPlacement[]>;

describe('cards beside their paragraphs', () => {
  it('no card drifts from its paragraph on any site fixture, at 1400 px or 1024 px', async () => {
    const rows: string[] = [];
    const drifting: string[] = [];
    for (const width of [1400, 1024]) {
      for (const p of SITE_FIXTURES) {
        const page = await openNotePage(b.context, p, width);
        const cards = await measure(page);
        const off = cards.filter((c) => !c.found || !c.beside || !c.right);
        drifting.push(...off.map((c) => `${p.name} @${width}: ${c.paragraph}`));
        const drawer = await page.locator('counterpoint-root button.tab').count();
        rows.push(`| ${p.name} | ${width} | ${drawer ? 'drawer (no margin)' : cards.length} | ${drawer ? 0 : off.length} |`);
        await page.close();
      }
    }
    console.log(['| site fixture | width | margin cards | drifting |', '| --- | --- | --- | --- |', ...rows].join('\n'));
    expect(drifting).toEqual([]);
    // The wide pages do have cards in the margin at both widths (the Herald's rail leaves room at 1024 px).
    expect(rows.filter((r) => / \| 1024 \| \d+ \| /.test(r)).length).toBeGreaterThan(0);
  }, 180_000);

  it('opening a card moves no other card: it lies over the ones below and they stay beside their paragraphs', async () => {
    const page = await openNotePage(b.context, SITE_FIXTURES.find((p) => p.name === 'in-page herald')!, 1400);
    const tops = () => page.evaluate(() => [...document.querySelector('counterpoint-root')!.shadowRoot!.querySelectorAll('article.card')].map((c) => Math.round(c.getBoundingClientRect().top + scrollY)));
    const before = await tops();
    expect(before.length).toBeGreaterThan(10);
    await page.locator('counterpoint-root article.card button.toggle').nth(1).click();
    await page.locator('counterpoint-root article.card.open').waitFor();
    await page.waitForTimeout(300);
    expect(await tops()).toEqual(before);
    expect((await measure(page)).filter((c) => !c.beside)).toEqual([]);
    // The open card is drawn over the next one, not under it.
    const onTop = await page.evaluate(() => {
      const root = document.querySelector('counterpoint-root')!.shadowRoot!;
      const open = root.querySelector('article.card.open')!.getBoundingClientRect();
      const hit = root.elementFromPoint(open.left + open.width / 2, Math.min(open.bottom - 5, innerHeight - 5));
      return hit?.closest('article.card')?.classList.contains('open') ?? false;
    });
    expect(onTop).toBe(true);
    await page.close();
  });

  it('each card is headed by what it is about, a dispute or the claim reported earlier, never a paragraph number', async () => {
    const page = await openNotePage(b.context, SITE_FIXTURES.find((p) => p.name === 'demo (RNZ)')!, 1400);
    const headings = await page.locator('counterpoint-root article.card h3').allTextContents();
    const disputes = datasets.flatMap((d) => d.disputes.map((x) => `Disputed: ${x.summary}`));
    const claims = datasets.flatMap((d) => d.claims.map((c) => c.summary));
    expect(headings.length).toBeGreaterThan(3);
    for (const h of headings.map((t) => t.replace(/\s+/g, ' ').trim())) {
      expect(h).not.toMatch(/paragraph \d|¶/i);
      expect(disputes.includes(h) || claims.some((c) => h.endsWith(c))).toBe(true);
    }
    await page.close();
  });

  it('the narrow window\'s tab says how many notes, in words', async () => {
    const page = await openNotePage(b.context, SITE_FIXTURES.find((p) => p.name === 'demo (RNZ)')!, 600);
    const tab = page.locator('counterpoint-root button.tab');
    expect(await tab.locator('.tab-label').evaluate((el) => [...el.childNodes].filter((n) => !(n as Element).classList?.contains('sr-only')).map((n) => n.textContent).join(''))).toMatch(/^\d+ notes$/);
    expect(await tab.getAttribute('aria-label')).toBeNull();
    expect((await tab.textContent())!.replace(/\s+/g, ' ').trim()).toMatch(/^Open Counterpoint: \d+ notes$/);
    await page.close();
  });
});
