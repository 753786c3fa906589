// What the notes say, as a reader sees them in Firefox ESR on every fixture page: whose words (quotes vs reports),
// every dispute a paragraph touches, wording comparisons only between versions of a sentence, hidden paragraphs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREMIUM_VISIBLE } from '../fixtures/inpage/herald-premium';
import { ALL_NOTE_PAGES, SAVED_FIXTURES, SITE_FIXTURES, notePageAt, type NotePage } from '../fixtures/note-pages';
import { launchFirefoxWithExtension, waitUntil, type ExtensionFirefox } from './firefox';
import { collectAccounts, measureCards, type CardPlacement, type SeenAccount } from './margin-measure';
import { quoteFigure, quoteViolations } from './quote-check';

let ff: ExtensionFirefox;
beforeAll(async () => {
  ff = await launchFirefoxWithExtension({ pages: notePageAt });
});
afterAll(async () => {
  await ff?.close();
});

const ROOT = "document.querySelector('counterpoint-root')?.shadowRoot";
const site = (name: string) => SITE_FIXTURES.find((p) => p.name === name)!;

/** Opens a fixture page at `width`; null when it shows no notes (the gate passed it by). Narrow: the drawer is opened. */
async function open(p: NotePage, width: number): Promise<string | null> {
  const { context } = await ff.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await ff.bidi.send('browsingContext.setViewport', { context, viewport: { width, height: 900 } });
  await ff.bidi.send('browsingContext.navigate', { context, url: p.url.replace(/^https:/, 'http:'), wait: 'complete' });
  if (!(await waitUntil(ff.bidi, context, `${ROOT}?.querySelector('aside')`, 8_000))) {
    await close(context);
    return null;
  }
  await new Promise((r) => setTimeout(r, 800));
  if (width < 900 && (await waitUntil(ff.bidi, context, `${ROOT}.querySelector('button.tab')`, 2_000))) {
    await ff.bidi.evaluate(context, `${ROOT}.querySelector('button.tab').click()`);
    await waitUntil(ff.bidi, context, `${ROOT}.querySelector('[role="dialog"] article.card')`);
  }
  return context;
}
const close = (context: string) => ff.bidi.send('browsingContext.close', { context });
const json = async <T>(context: string, expr: string) => JSON.parse(await ff.bidi.evaluate<string>(context, `JSON.stringify(${expr})`)) as T;
const texts = (context: string, sel: string) => json<string[]>(context, `[...${ROOT}.querySelectorAll(${JSON.stringify(sel)})].map((e) => e.textContent.replace(/\\s+/g, ' ').trim())`);

describe('whose words (Firefox)', () => {
  it("on every fixture page, every account in quotation marks under a name is that person's own quoted words", async () => {
    const seen: SeenAccount[] = [];
    const silent: string[] = [];
    const perPage = new Map<string, SeenAccount[]>();
    for (const p of ALL_NOTE_PAGES) {
      const tab = await open(p, 600);
      if (!tab) {
        silent.push(p.name);
        continue;
      }
      const accounts = await json<SeenAccount[]>(tab, `(${collectAccounts})()`);
      perPage.set(p.name, accounts);
      seen.push(...accounts);
      await close(tab);
    }
    const quoted = seen.filter((a) => a.quoteStyled).length;
    console.log(quoteFigure('Firefox', perPage, silent));
    expect(silent.length).toBeLessThan(3);
    expect(quoteViolations(seen)).toEqual([]);
    expect(quoted).toBeGreaterThan(20);
  }, 240_000);
});

describe('notes per dispute, wording differences, hidden paragraphs (Firefox)', () => {
  it('the Herald paragraph "disputed, but concerned for his wellbeing" shows the bullying and the support dispute', async () => {
    const tab = (await open(site('in-page herald'), 600))!;
    const disputes = await json<string[]>(
      tab,
      `(() => { const card = [...${ROOT}.querySelectorAll('article.card')].find((c) => c.querySelector('.excerpt-text').textContent.startsWith('Ardern told reporters'));
        return [card.querySelector('h3').textContent.replace(/\\s+/g, ' ').trim(), ...[...card.querySelectorAll('.dispute-line')].map((d) => d.textContent)]; })()`,
    );
    expect(disputes).toEqual(['Disputed: Whether MPs, Sharma among them, have been bullied within Labour and Parliament.', 'Whether Sharma had support, and whether he needed it.']);
    await close(tab);
  });

  it("compares a later article's rewording with a legend in words, and nothing on the RNZ article", async () => {
    const later = (await open(SAVED_FIXTURES.find((p) => p.name === 'new-herald-expelled')!, 600))!;
    const differs = await texts(later, '.differs');
    expect(differs.some((d) => d.includes('Underlined: only on this page') && d.includes('Struck through: only in the earlier report') && d.includes('mediation'))).toBe(true);
    await close(later);
    const rnz = (await open(site('in-page rnz'), 600))!;
    expect(await texts(rnz, '.earlier .words')).not.toEqual([]);
    expect(await texts(rnz, '.differs')).toEqual([]);
    await close(rnz);
  });

  it('Herald premium: cards only beside the paragraphs a non-subscriber sees, the rest listed as hidden', async () => {
    const tab = (await open(site('Herald premium'), 1400))!;
    const cards = await json<CardPlacement[]>(tab, `(${measureCards})()`);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(PREMIUM_VISIBLE + 1);
    expect(cards.filter((c) => !c.found || !c.beside)).toEqual([]);
    expect((await texts(tab, '.hidden-notes .hint'))[0]).toMatch(/^\d+ paragraphs with notes are in the part of this article you cannot see on this page/);
    await close(tab);
  });

  it('no card beside a paragraph hidden by display, visibility, the hidden attribute, aria-hidden, zero size or a collapsed box', async () => {
    const tab = (await open(site('hidden paragraphs'), 1400))!;
    const cards = await json<CardPlacement[]>(tab, `(${measureCards})()`);
    // measureCards only finds paragraphs the reader can see: every card's is one, and beside it.
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => !c.found || !c.beside)).toEqual([]);
    expect((await texts(tab, '.hidden-notes li')).length).toBeGreaterThan(0);
    await close(tab);
  });
});
