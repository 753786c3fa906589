// The declared gate as the browser runs it (content/gate.ts on load): it asks for content/main exactly when the
// first look and the full check pass, and listens for in-page navigation only where a site navigates in the page.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fullCheck, looksFirst } from '../../src/content/gate-check';
import { navigatesInPage } from '../../src/shared/news-sites';
import gate from '../../build/data/gate.json';

interface Loaded {
  asked: boolean;
  listened: boolean;
  checks: { count: number; passed: boolean };
}

/** A page at `url` with this title and meta, as the gate's document (the URL and location a parsed page lacks). */
function pageAt(url: string, title: string, meta: [string, string][], article = false): Document {
  const tags = meta.map(([name, content]) => `<meta ${name.startsWith('og:') ? 'property' : 'name'}="${name}" content="${content}">`).join('');
  const { document } = parseHTML(`<!doctype html><html><head><title>${title}</title>${tags}</head><body>${article ? '<article><p>x</p></article>' : '<p>x</p>'}</body></html>`);
  const location = new URL(url);
  Object.defineProperty(document, 'URL', { value: url });
  Object.defineProperty(document, 'location', { value: location });
  return document as unknown as Document;
}

/** Runs the gate module once on `doc`, with a fake `chrome` and navigation target, and reports what it did. */
async function load(doc: Document): Promise<Loaded> {
  let asked = false;
  let listened = false;
  vi.stubGlobal('document', doc);
  vi.stubGlobal('performance', { mark: () => undefined });
  vi.stubGlobal('chrome', { runtime: { sendMessage: () => ((asked = true), Promise.resolve()) }, storage: { local: { get: () => Promise.resolve({}) } } });
  vi.stubGlobal('navigation', { addEventListener: () => (listened = true), removeEventListener: () => undefined });
  vi.resetModules();
  const { checks } = await import('../../src/content/gate');
  return { asked, listened, checks: { ...checks } };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the gate on load', () => {
  it('asks for content/main on a story article and turns away one that never names the story', async () => {
    const story = await load(pageAt('https://www.rnz.co.nz/news/political/472903/labour-caucus-to-meet-over-gaurav-sharma-situation', 'Caucus to meet', []));
    expect(story).toEqual({ asked: true, listened: false, checks: { count: 1, passed: true } });
    const other = await load(pageAt('https://www.nzherald.co.nz/nz/heavy-rain-warning-for-coromandel/QWERTYUIOPASDFGHJKLZXCVBNM/', 'Heavy rain', [['keywords', 'weather']]));
    expect(other).toEqual({ asked: false, listened: true, checks: { count: 1, passed: false } });
  });

  it('decides as looksFirst and the full check do, on every generated page', async () => {
    const host = fc.constantFrom('www.rnz.co.nz', 'www.nzherald.co.nz', 'www.newshub.co.nz', 'www.stuff.co.nz', 'news.example');
    const word = fc.constantFrom('gaurav', 'sharma', 'Sharma', 'labour', 'caucus', 'says', '2022');
    const path = fc.array(fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join('-')), { maxLength: 3 }).map((ss) => `/${ss.join('/')}`);
    const text = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' '));
    const meta = fc.array(fc.tuple(fc.constantFrom('keywords', 'news_keywords', 'og:title', 'og:description', 'og:type'), text), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(host, path, text, meta, fc.boolean(), async (h, p, title, tags, article) => {
        const url = `https://${h}${p}`;
        const expected = looksFirst(pageAt(url, title, tags, article), gate.first) && fullCheck(pageAt(url, title, tags, article));
        const got = await load(pageAt(url, title, tags, article));
        expect(got.asked).toBe(expected);
        expect(got.checks).toEqual({ count: 1, passed: expected });
        expect(got.listened).toBe(!expected && navigatesInPage(url));
      }),
      { numRuns: 150 },
    );
  });
});
