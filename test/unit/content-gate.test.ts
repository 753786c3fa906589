// The gate: passes story articles on the four sites, and nothing else (home pages, sections, other topics, other sites).
import { describe, expect, it } from 'vitest';
import { isPlausibleStoryPage } from '../../src/content/gate-check';

const RNZ_ARTICLE =
  'https://www.rnz.co.nz/news/political/472903/prime-minister-jacinda-ardern-says-labour-caucus-to-meet-over-gaurav-sharma-situation';
const HERALD_ARTICLE =
  'https://www.nzherald.co.nz/nz/parliament-bullying-jacinda-ardern-says-gaurav-sharmas-claims-disputed-confirms-ongoing-staff-issues-in-her-mps-office/DFLAUODS6STW3R5DFHI74SXMSY/';
const page = (url: string, title = '', meta: string[] = []) => ({ url, title, meta });

describe('isPlausibleStoryPage', () => {
  it('passes story articles on each news site', () => {
    expect(isPlausibleStoryPage(page(RNZ_ARTICLE))).toBe(true);
    expect(isPlausibleStoryPage(page(HERALD_ARTICLE))).toBe(true);
    expect(
      isPlausibleStoryPage(
        page('https://www.newshub.co.nz/home/politics/2022/08/labour-bullying-allegations-newshub-understands-staff-made-complaints-against-dr-gaurav-sharma.html'),
      ),
    ).toBe(true);
    expect(isPlausibleStoryPage(page('https://www.stuff.co.nz/national/politics/300661234/labour-mp-speaks-out-about-caucus'))).toBe(false);
  });

  it('finds the story word in the title or meta when the URL slug lacks it', () => {
    const url = 'https://www.stuff.co.nz/national/politics/300661234/labour-mp-speaks-out-about-caucus';
    expect(isPlausibleStoryPage(page(url, 'Gaurav Sharma speaks out | Stuff'))).toBe(true);
    expect(isPlausibleStoryPage(page(url, 'Labour MP speaks out', ['politics, Gaurav Sharma, Labour']))).toBe(true);
    expect(isPlausibleStoryPage(page(url, 'Labour MP speaks out', ['politics, labour']))).toBe(false);
  });

  it('rejects home and section pages even when they mention the story', () => {
    expect(isPlausibleStoryPage(page('https://www.rnz.co.nz/', 'Sharma latest | RNZ'))).toBe(false);
    expect(isPlausibleStoryPage(page('https://www.rnz.co.nz/news/political', 'Sharma: political news'))).toBe(false);
    expect(isPlausibleStoryPage(page('https://www.nzherald.co.nz/nz/', 'Sharma - NZ Herald'))).toBe(false);
    expect(isPlausibleStoryPage(page('https://www.newshub.co.nz/home/politics.html', 'Sharma'))).toBe(false);
  });

  it('rejects other sites, look-alike hosts and bad URLs', () => {
    expect(isPlausibleStoryPage(page('https://example.com/news/gaurav-sharma-says-labour-bullied-him'))).toBe(false);
    expect(isPlausibleStoryPage(page('https://notrnz.co.nz/news/gaurav-sharma-says-labour-bullied-him'))).toBe(false);
    expect(isPlausibleStoryPage(page('not a url', 'Sharma'))).toBe(false);
  });

  it('uses the given gate words', () => {
    expect(isPlausibleStoryPage(page(RNZ_ARTICLE), ['mallard'])).toBe(false);
    expect(isPlausibleStoryPage(page(RNZ_ARTICLE, 'Mallard'), ['mallard'])).toBe(true);
  });
});

describe('isPlausibleStoryPage on other sites (only reached where the reader granted them)', () => {
  const SYNDICATED = 'https://www.example-syndicate.co.nz/news/sharma-caucus';
  const none = { ogType: '', articleElement: false, jsonLd: '' };
  const other = (url: string, title: string, article = none, meta: string[] = []) => ({ url, title, meta, article });

  it('passes a story article on another host by any one article signal', () => {
    const title = 'Labour caucus to meet over Gaurav Sharma situation';
    expect(isPlausibleStoryPage(other(SYNDICATED, title, { ...none, ogType: 'article' }))).toBe(true);
    expect(isPlausibleStoryPage(other(SYNDICATED, title, { ...none, articleElement: true }))).toBe(true);
    expect(isPlausibleStoryPage(other(SYNDICATED, title, { ...none, jsonLd: '{"@context":"https://schema.org","@type":"NewsArticle"}' }))).toBe(true);
    const plain = 'https://www.example-syndicate.co.nz/news/2022/08/15/labour-caucus';
    expect(isPlausibleStoryPage(other(plain, 'Labour caucus meets', { ...none, ogType: 'article' }, ['Gaurav Sharma']))).toBe(true);
  });

  it('fails on the same host without an article signal or without a story word', () => {
    expect(isPlausibleStoryPage(other(SYNDICATED, 'Gaurav Sharma: all coverage'))).toBe(false);
    expect(isPlausibleStoryPage(other(SYNDICATED, 'Sharma', { ...none, ogType: 'website', jsonLd: '{"@type":"CollectionPage"}' }))).toBe(false);
    const unrelated = 'https://www.example-syndicate.co.nz/news/heavy-rain-watch';
    expect(isPlausibleStoryPage(other(unrelated, 'Heavy rain watch for Nelson', { ogType: 'article', articleElement: true, jsonLd: '"@type":"NewsArticle"' }))).toBe(false);
  });

  it('keeps the news sites on their URL rule, whatever the article signals say', () => {
    const signals = { ogType: 'article', articleElement: true, jsonLd: '"@type":"NewsArticle"' };
    expect(isPlausibleStoryPage(other('https://www.rnz.co.nz/news/political', 'Sharma: political news', signals))).toBe(false);
    expect(isPlausibleStoryPage(other('chrome-extension://abc/news/sharma', 'Sharma', signals))).toBe(false);
  });
});
