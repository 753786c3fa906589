// The gate's decisions, pure and DOM-light: the first look every news-site article page runs, and the full check
// the few pages it lets through then run. The declared content script (gate.ts) calls them; so do the unit tests.
import gate from '../../build/data/gate.json';
import { isNewsHost } from '../shared/news-sites';
import { type FirstLook, META_SELECTOR, firstLookIn, firstLookOf } from './first-look';

export interface GateInput {
  url: string;
  title: string;
  /** Contents of meta keywords, news_keywords, og:title and og:description. */
  meta: string[];
  /** Article signals, read only off the four news sites (where the URL shape decides). */
  article?: ArticleSignals;
}

/** Cheap signs that a page on another site is one article rather than an index, search or tag page. */
export interface ArticleSignals {
  /** og:type content ("article" on article pages). */
  ogType: string;
  /** The page has an <article> element. */
  articleElement: boolean;
  /** Text of the page's JSON-LD blocks (truncated). */
  jsonLd: string;
}

/**
 * Article URLs on all four sites carry a headline slug ("prime-minister-jacinda-ardern-says-..."), while the
 * home page and section indexes ("/news/political", "/nz/", "/home/politics.html") do not.
 */
function looksLikeArticlePath(pathname: string): boolean {
  return pathname
    .split('/')
    .some((segment) => segment.replace(/\.html?$/, '').split('-').filter(Boolean).length >= 4);
}

/** Known site and article-shaped path: the part of the decision that needs no DOM access. */
export function looksLikeArticleUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return isNewsHost(url.hostname) && looksLikeArticlePath(url.pathname);
  } catch {
    return false;
  }
}

function hasGateWord(input: GateInput, gateWords: readonly string[]): boolean {
  const haystack = [new URL(input.url).pathname, input.title, ...input.meta].join('\n').toLowerCase();
  return gateWords.some((word) => haystack.includes(word));
}

/** Made on use: a regular expression is script time on every page the gate turns away. */
const jsonLdArticle = (): RegExp => /"@type"\s*:\s*(\[[^\]]*)?"(News|Report|Reportage|Analysis|Opinion|Background)?Article"/;

/** og:type article, an <article> element, or a JSON-LD (News)Article. */
export function looksLikeArticle(signals: ArticleSignals | undefined): boolean {
  if (!signals) return false;
  return signals.ogType.trim().toLowerCase() === 'article' || signals.articleElement || jsonLdArticle().test(signals.jsonLd);
}

/**
 * The gate's whole decision, pure so it can be unit-tested. On the four news sites: article-shaped URL and a
 * story word. Anywhere else (reachable only where the reader granted "other sites"): an http(s) page with a story
 * word in its path, title or meta AND the look of an article.
 */
export function isPlausibleStoryPage(input: GateInput, gateWords: readonly string[] = gate.first.words): boolean {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return false;
  }
  if (isNewsHost(url.hostname)) return looksLikeArticlePath(url.pathname) && hasGateWord(input, gateWords);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return hasGateWord(input, gateWords) && looksLikeArticle(input.article);
}

/** The DOM-free first step: on the news sites most pages are turned away here before title and meta are read. */
export function worthReading(href: string): boolean {
  try {
    return isNewsHost(new URL(href).hostname) ? looksLikeArticleUrl(href) : /^https?:$/.test(new URL(href).protocol);
  } catch {
    return false;
  }
}

export function readPage(doc: Document): GateInput {
  const meta = Array.from(doc.querySelectorAll<HTMLMetaElement>(META_SELECTOR), (m) => m.content);
  const input: GateInput = { url: doc.location.href, title: doc.title, meta };
  if (isNewsHost(doc.location.hostname)) return input;
  const ogType = doc.querySelector<HTMLMetaElement>('meta[property="og:type"]')?.content ?? '';
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => (s.textContent ?? '').slice(0, 4000))
    .join('\n');
  input.article = { ogType, articleElement: doc.querySelector('article') !== null, jsonLd };
  return input;
}

/**
 * The first look, and the only code most pages ever run: is a story word anywhere in the address, title or meta? It
 * never turns away a page isPlausibleStoryPage would pass (that decides, on the few pages this lets through). In a
 * fresh content-script world each DOM interface touched for the first time (Location, NodeList, elements), each
 * `new URL`, regular expression and first call of a function costs script time, which the full check spent on every
 * page of the four sites; so this is one function of string operations on `document.URL` (a string of a Document,
 * which any content script pays for); on the four sites, hyphen-less addresses (fronts) are turned away before the
 * title and meta are read (docs/PERFORMANCE.md, "Gate cost").
 */
export function mayMentionStory(doc: Pick<Document, 'URL' | 'title' | 'querySelector'> & { location: Pick<Location, 'hostname'> }, stories = gate.stories): boolean {
  return looksFirst(doc, firstLookOf(stories));
}

/** mayMentionStory with its words and selector computed already (gate.json's `first`, written by build-data). */
export function looksFirst(doc: Pick<Document, 'URL' | 'title' | 'querySelector'> & { location: Pick<Location, 'hostname'> }, look: FirstLook): boolean {
  // A headline slug has at least three hyphens (see looksLikeArticlePath), so this lets every article address through.
  if (doc.URL.split('-').length < 4 && isNewsHost(doc.location.hostname)) return false;
  return firstLookIn(doc, look);
}

/** The full decision for a page the first look let through (address, title, meta and, off the four sites, article look). */
export function fullCheck(doc: Document): boolean {
  return worthReading(doc.location.href) && isPlausibleStoryPage(readPage(doc));
}
