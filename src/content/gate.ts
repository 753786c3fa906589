// The declared content script: a cheap check that the page may cover a known story, then a request to inject main.
//
// It runs on every page of the four news sites, so it stays dependency-free (no polyfill: the raw `chrome` /
// `browser` global is enough for one sendMessage) and does nothing at all to the page when it fails.
import gate from '../../build/data/gate.json';
import { EARLY_SETTINGS } from './handoff';

const SITES = ['rnz.co.nz', 'nzherald.co.nz', 'newshub.co.nz', 'stuff.co.nz'];

/** Lower-case words from every story's gateWords (build/data/gate.json, inlined by the build). */
const GATE_WORDS: readonly string[] = gate.stories.flatMap((story) => story.gateWords.map((w) => w.toLowerCase()));

export interface GateInput {
  url: string;
  title: string;
  /** Contents of meta keywords, news_keywords, og:title and og:description. */
  meta: string[];
}

function isNewsSite(hostname: string): boolean {
  return SITES.some((site) => hostname === site || hostname.endsWith('.' + site));
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
    return isNewsSite(url.hostname) && looksLikeArticlePath(url.pathname);
  } catch {
    return false;
  }
}

/** The gate's whole decision, pure so it can be unit-tested: known site, article-shaped URL, a story word. */
export function isPlausibleStoryPage(input: GateInput, gateWords: readonly string[] = GATE_WORDS): boolean {
  if (!looksLikeArticleUrl(input.url)) return false;
  const haystack = [new URL(input.url).pathname, input.title, ...input.meta].join('\n').toLowerCase();
  return gateWords.some((word) => haystack.includes(word));
}

function readPage(doc: Document): GateInput {
  const selector =
    'meta[name="keywords"],meta[name="news_keywords"],meta[property="og:title"],meta[property="og:description"]';
  const meta = Array.from(doc.querySelectorAll<HTMLMetaElement>(selector), (m) => m.content);
  return { url: doc.location.href, title: doc.title, meta };
}

interface MessagingGlobal {
  runtime: { sendMessage(message: unknown): unknown };
  storage?: { local?: { get(key: string): unknown } };
}


// In a content script, Firefox provides `browser` (promises) and Chrome `chrome` (promises in MV3).
const ext = (globalThis as { browser?: MessagingGlobal; chrome?: MessagingGlobal }).browser ??
  (globalThis as { chrome?: MessagingGlobal }).chrome;

/** Marked only when the gate passes, so the in-page benchmark can time gate start -> notes painted. */
export const MARK_GATE = 'counterpoint:gate';

const started = typeof performance === 'undefined' ? 0 : performance.now();
// The URL test needs no DOM access, so most pages of the four sites are turned away before title and meta are read.
if (
  ext?.runtime &&
  typeof document !== 'undefined' &&
  looksLikeArticleUrl(document.location.href) &&
  isPlausibleStoryPage(readPage(document))
) {
  performance.mark(MARK_GATE, { startTime: started });
  try {
    (globalThis as Record<symbol, unknown>)[EARLY_SETTINGS] = Promise.resolve(ext.storage?.local?.get('settings')).catch(() => undefined);
  } catch {
    // No storage access here: content/main reads the settings itself.
  }
  Promise.resolve(ext.runtime.sendMessage({ type: 'content/gate-passed' })).catch(() => {
    // The background may be restarting after an update; the next page load will try again.
  });
}
