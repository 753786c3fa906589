// The declared content script: a cheap check that the page may cover a known story, then a request to inject main.
//
// It runs on every page of the four news sites (and, once the reader grants "other sites", on pages of the granted
// origins, registered by background/other-sites.ts), so it stays dependency-free (no polyfill: the raw `chrome` /
// `browser` global is enough for one sendMessage), only reads the DOM, and does nothing at all to the page when it fails.
import gate from '../../build/data/gate.json';
import { isNewsHost } from '../shared/news-sites';
import { EARLY_SETTINGS } from './handoff';


/** Lower-case words from every story's gateWords (build/data/gate.json, inlined by the build); computed when needed. */
function gateWordsOf(stories: typeof gate.stories): string[] {
  return stories.flatMap((story) => story.gateWords.map((w) => w.toLowerCase()));
}

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

const JSON_LD_ARTICLE = /"@type"\s*:\s*(\[[^\]]*)?"(News|Report|Reportage|Analysis|Opinion|Background)?Article"/;

/** og:type article, an <article> element, or a JSON-LD (News)Article. */
export function looksLikeArticle(signals: ArticleSignals | undefined): boolean {
  if (!signals) return false;
  return signals.ogType.trim().toLowerCase() === 'article' || signals.articleElement || JSON_LD_ARTICLE.test(signals.jsonLd);
}

/**
 * The gate's whole decision, pure so it can be unit-tested. On the four news sites: article-shaped URL and a
 * story word. Anywhere else (reachable only where the reader granted "other sites"): an http(s) page with a story
 * word in its path, title or meta AND the look of an article.
 */
export function isPlausibleStoryPage(input: GateInput, gateWords: readonly string[] = gateWordsOf(gate.stories)): boolean {
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

/** The meta tags whose contents count as the page's own words (GateInput.meta). */
const META_SELECTOR =
  'meta[name="keywords"],meta[name="news_keywords"],meta[property="og:title"],meta[property="og:description"]';

function readPage(doc: Document): GateInput {
  const meta = Array.from(doc.querySelectorAll<HTMLMetaElement>(META_SELECTOR), (m) => m.content);
  const input: GateInput = { url: doc.location.href, title: doc.title, meta };
  if (isNewsHost(doc.location.hostname)) return input;
  const ogType = doc.querySelector<HTMLMetaElement>('meta[property="og:type"]')?.content ?? '';
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => (s.textContent ?? '').slice(0, 4000))
    .join('\n');
  input.article = { ogType, articleElement: doc.querySelector('article') !== null, jsonLd };
  return input;
}

interface MessagingGlobal {
  runtime: { sendMessage(message: unknown): unknown };
  storage?: { local?: { get(key: string): unknown } };
}


/**
 * In a content script, Firefox provides `browser` (promises) and Chrome `chrome` (promises in MV3). Looked up only
 * once a page passed: Chromium builds the extension API bindings on first touch (~0.5-1 ms of script time), which
 * every page that is not the story would otherwise pay (docs/PERFORMANCE.md, "Gate cost").
 */
function extensionApi(): MessagingGlobal | undefined {
  return (globalThis as { browser?: MessagingGlobal; chrome?: MessagingGlobal }).browser ?? (globalThis as { chrome?: MessagingGlobal }).chrome;
}

/** Marked only when the gate passes, so the in-page benchmark can time gate start -> notes painted. */
export const MARK_GATE = 'counterpoint:gate';

/** After an in-page navigation, the new title and meta arrive a little later: look again once they have. */
const RECHECK_AFTER_NAVIGATION_MS = [0, 1000];

/**
 * How often the gate looked at this page and whether it passed: the e2e tests read it in the extension's isolated
 * world (as CounterpointGate.checks; pages cannot see it) to know the gate ran and decided before asserting silence.
 */
export const checks = { count: 0, passed: false };

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
  const href = doc.URL;
  // A headline slug has at least three hyphens (see looksLikeArticlePath), so this lets every article address through.
  if (href.split('-').length < 4 && isNewsHost(doc.location.hostname)) return false;
  const text = `${href}\n${doc.title}`.toLowerCase();
  let inMeta = '';
  for (const story of stories) {
    for (const word of story.gateWords) {
      const w = word.toLowerCase();
      if (text.includes(w)) return true;
      // ASCII case-insensitive substring match in the selector itself: a page without the word creates no element
      // wrappers at all. (Gate words are ASCII; toLowerCase would also fold the Kelvin sign, which no meta carries.)
      const quoted = `"${w.split('\\').join('\\\\').split('"').join('\\"')}" i]`;
      for (const meta of META_SELECTOR.split(',')) inMeta += `${inMeta ? ',' : ''}${meta}[content*=${quoted}`;
    }
  }
  try {
    return inMeta !== '' && doc.querySelector(inMeta) !== null;
  } catch {
    // A gate word the selector cannot hold (a line break): leave the decision to the full check.
    return true;
  }
}

/** Runs the gate once; true when it passed and asked for content/main. */
function check(): boolean {
  checks.count++;
  if (!mayMentionStory(document)) return false;
  // The full decision, only on the few pages the first look lets through.
  if (!worthReading(document.location.href) || !isPlausibleStoryPage(readPage(document))) return false;
  const ext = extensionApi();
  if (!ext?.runtime) return false;
  checks.passed = true;
  // Marked when the check has passed (microseconds after it began): `performance` is one more interface that the
  // pages turned away would otherwise pay for.
  performance.mark(MARK_GATE);
  try {
    (globalThis as Record<symbol, unknown>)[EARLY_SETTINGS] = Promise.resolve(ext.storage?.local?.get('settings')).catch(() => undefined);
  } catch {
    // No storage access here: content/main reads the settings itself.
  }
  Promise.resolve(ext.runtime.sendMessage({ type: 'content/gate-passed' })).catch(() => {
    // The background may be restarting after an update; the next page load will try again.
  });
  return true;
}

/**
 * The Herald and Stuff render on the client: a reader can reach the story from a home page without a page load.
 * When the first check fails, look again after each same-document navigation (the Navigation API where the browser
 * has it, back/forward in Firefox ESR, which lacks it) until one passes; content/main then follows later navigations
 * itself. One listener and no AbortController: every object the first run creates is script time on every page.
 */
function watchNavigations(): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  const target: EventTarget = navigation ?? globalThis;
  const type = navigation ? 'navigatesuccess' : 'popstate';
  let passed = false;
  const recheck = () => {
    for (const delay of RECHECK_AFTER_NAVIGATION_MS) {
      setTimeout(() => {
        if (!passed && check()) {
          passed = true;
          target.removeEventListener(type, recheck);
        }
      }, delay);
    }
  };
  target.addEventListener(type, recheck);
}

if (typeof document !== 'undefined' && !check()) watchNavigations();
