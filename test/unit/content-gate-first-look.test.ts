// The gate's first look (the only code most pages run) never turns away a page the full check would pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { isPlausibleStoryPage, mayMentionStory } from '../../src/content/gate-check';
import { PAGE_LOAD_HOSTS, navigatesInPage } from '../../src/shared/news-sites';

/** A manifest glob as the browsers read it: `*` any run of characters, `?` one, over the whole address. */
const globMatches = (glob: string, url: string) => {
  const pattern = [...glob].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^$|\\()[\]{}]/, '\\$&'))).join('');
  return new RegExp(`^${pattern}$`).test(url);
};

/** A document as the first look reads it: address, title, the meta tags' contents, and the host. */
function doc(url: string, title = '', meta: string[] = []) {
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    // Not a URL: the full check rejects it; the first look sees an empty host.
  }
  // Stands in for the selector's [content*="word" i] tests: any meta content containing a quoted word, ignoring case.
  const querySelector = (selector: string) => {
    const words = [...selector.matchAll(/\[content\*="([^"]*)" i\]/g)].map((m) => m[1]!);
    return meta.some((content) => words.some((w) => content.toLowerCase().includes(w))) ? {} : null;
  };
  return { URL: url, title, location: { hostname }, querySelector: querySelector as unknown as Document['querySelector'] };
}

const RNZ_ARTICLE =
  'https://www.rnz.co.nz/news/political/472903/prime-minister-jacinda-ardern-says-labour-caucus-to-meet-over-gaurav-sharma-situation';

describe('the gate’s first look', () => {
  it('lets story articles through by address, title or meta', () => {
    expect(mayMentionStory(doc(RNZ_ARTICLE))).toBe(true);
    const url = 'https://www.stuff.co.nz/national/politics/300661234/labour-mp-speaks-out-about-caucus';
    expect(mayMentionStory(doc(url, 'Gaurav Sharma speaks out | Stuff'))).toBe(true);
    expect(mayMentionStory(doc(url, 'Labour MP speaks out', ['politics, Gaurav SHARMA, Labour']))).toBe(true);
  });

  it('turns away articles that never name the story, and news-site fronts without reading their title', () => {
    const url = 'https://www.rnz.co.nz/news/national/472911/heavy-rain-watch-for-nelson-and-tasman-ranges';
    expect(mayMentionStory(doc(url, 'Heavy rain watch for Nelson', ['weather']))).toBe(false);
    expect(mayMentionStory(doc('https://www.rnz.co.nz/news/political', 'Sharma: political news'))).toBe(false);
    expect(mayMentionStory(doc('https://www.nzherald.co.nz/nz/', 'Sharma - NZ Herald'))).toBe(false);
  });

  it('leaves the decision to the full check when a gate word cannot go into a selector', () => {
    const page = doc('https://www.rnz.co.nz/news/national/472911/heavy-rain-watch-for-nelson');
    const throwing = { ...page, querySelector: (() => { throw new SyntaxError('bad selector'); }) as unknown as Document['querySelector'] };
    expect(mayMentionStory(throwing, [{ id: 'x', gateWords: ['two\nlines'] }])).toBe(true);
  });

  it('never turns away a page the full check passes', () => {
    const host = fc.constantFrom('www.rnz.co.nz', 'rnz.co.nz', 'www.nzherald.co.nz', 'www.newshub.co.nz', 'www.stuff.co.nz', 'example-syndicate.co.nz', 'news.example');
    const word = fc.constantFrom('gaurav', 'sharma', 'Sharma', 'SHARMAS', 'labour', 'caucus', 'says', 'x', '2022', 'index.html');
    const segment = fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom('-', '_', '')).map(([ws, sep]) => ws.join(sep));
    const path = fc.array(segment, { maxLength: 4 }).map((ss) => `/${ss.join('/')}`);
    const text = fc.array(word, { maxLength: 5 }).map((ws) => ws.join(' '));
    const article = fc.record({ ogType: fc.constantFrom('', 'article', 'website'), articleElement: fc.boolean(), jsonLd: fc.constantFrom('', '{"@type":"NewsArticle"}') });
    fc.assert(
      fc.property(host, path, text, fc.array(text, { maxLength: 3 }), article, (h, p, title, meta, signals) => {
        const url = `https://${h}${p}`;
        if (isPlausibleStoryPage({ url, title, meta, article: signals })) expect(mayMentionStory(doc(url, title, meta))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('where the gate runs at all', () => {
  const [pageLoad, inPage] = manifest.content_scripts as { matches: string[]; include_globs?: string[] }[];

  it('on RNZ and Newshub, only on article-shaped addresses; on the Herald and Stuff, on every page (they navigate in the page)', () => {
    expect(pageLoad!.matches).toEqual(PAGE_LOAD_HOSTS.map((h) => `*://*.${h}/*`));
    expect(pageLoad!.include_globs).toEqual(['*-*-*-*']);
    expect(inPage!.include_globs).toBeUndefined();
    const front = 'https://www.rnz.co.nz/news/political';
    expect(globMatches('*-*-*-*', front)).toBe(false);
    expect(globMatches('*-*-*-*', RNZ_ARTICLE)).toBe(true);
  });

  it('never keeps a page the full check passes from the gate', () => {
    const host = fc.constantFrom(...PAGE_LOAD_HOSTS.flatMap((h) => [h, `www.${h}`]));
    const word = fc.constantFrom('gaurav', 'sharma', 'labour', 'caucus', 'says', 'x', '2022', 'index.html');
    const segment = fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom('-', '_', '')).map(([ws, sep]) => ws.join(sep));
    const path = fc.array(segment, { maxLength: 4 }).map((ss) => `/${ss.join('/')}`);
    fc.assert(
      fc.property(host, path, fc.constantFrom('', '?page=2', '#top'), (h, p, tail) => {
        const url = `https://${h}${p}${tail}`;
        if (isPlausibleStoryPage({ url, title: 'Gaurav Sharma', meta: [] })) expect(pageLoad!.include_globs!.some((g) => globMatches(g, url))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('listens for in-page navigation only where a reader can navigate in the page', () => {
    expect(navigatesInPage(RNZ_ARTICLE)).toBe(false);
    expect(navigatesInPage('https://newshub.co.nz/home/politics.html')).toBe(false);
    expect(navigatesInPage('https://www.nzherald.co.nz/')).toBe(true);
    expect(navigatesInPage('https://www.stuff.co.nz/politics')).toBe(true);
    // Other sites the reader granted: nothing is known of them, so the gate keeps listening.
    expect(navigatesInPage('https://www.odt.co.nz/news/politics')).toBe(true);
    expect(navigatesInPage('https://notrnz.co.nz/a-b-c-d')).toBe(true);
  });
});
