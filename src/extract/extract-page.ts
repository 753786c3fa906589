// Turns a live article page into PageInput (DOM-free) plus the live element of each paragraph, for any site.
//
// The Readability fallback is passed in (see readability-fallback.ts): Node callers pass @mozilla/readability,
// content/main hands over the class it loads on demand.
import type { PageInput } from '../core/types';
import { isBoilerplateText, isExcludedBlock, paragraphText } from './boilerplate';
import { readCanonical, readHeadline, readKeywords, readPublished, readSiteName } from './metadata';
import { readabilityParagraphs, type ReadabilityClass } from './readability-fallback';
import { type SiteAdapter, adapterFor } from './site-adapters';

export interface ExtractedPage {
  page: PageInput;
  /** `elements[i]` is the live DOM element of `page.paragraphs[i]`, so notes can be anchored beside it. */
  elements: Element[];
  /** The page needs the Readability fallback and none was given: extract again once it is (no paragraphs now). */
  needsReadability?: boolean;
}

/** The adapter's article body and its paragraph elements, or null when the page does not have the expected markup. */
function adapterParagraphs(doc: Document, adapter: SiteAdapter): { root: Element; elements: Element[] } | null {
  for (const selector of adapter.body) {
    for (const root of doc.querySelectorAll(selector)) {
      const elements = [...root.querySelectorAll(adapter.paragraphs)].filter(
        (el) => !el.parentElement?.closest('p') && !isExcludedBlock(el, root) && !isBoilerplateText(paragraphText(el)),
      );
      if (elements.length > 0) return { root, elements };
    }
  }
  return null;
}

/** Does this page need the Readability fallback (no site adapter, or the adapter finds no article body)? */
export function needsFallback(doc: Document, url: string): boolean {
  const adapter = adapterFor(url);
  return !adapter || adapterParagraphs(doc, adapter) === null;
}

/**
 * Extracts the article: site adapters for RNZ, the Herald, Newshub and Stuff, Readability anywhere else (or when a
 * site's markup changed). Captions, promos, ads, paywall prompts and credit lines are left out. Never throws on
 * odd pages: a page with no article gives no paragraphs. Without `readability` the fallback finds nothing and
 * the result says `needsReadability`.
 */
export function extractPage(doc: Document, url: string, readability: ReadabilityClass | null): ExtractedPage {
  const adapter = adapterFor(url);
  const found = adapter ? adapterParagraphs(doc, adapter) : null;
  let elements: Element[];
  let root: Element | null = null;
  let fallbackTitle: string | null = null;
  if (found) {
    elements = found.elements;
    root = found.root;
  } else {
    if (!readability) return { page: pageOf(doc, url, adapter, null, [], null), elements: [], needsReadability: true };
    const r = readabilityParagraphs(doc, readability);
    elements = r.elements;
    fallbackTitle = r.title;
    root = elements[0] ?? null;
  }
  return { page: pageOf(doc, url, adapter, root, elements, fallbackTitle), elements };
}

function pageOf(doc: Document, url: string, adapter: SiteAdapter | null, root: Element | null, elements: Element[], title: string | null): PageInput {
  return {
    url,
    canonicalUrl: readCanonical(doc, url),
    headline: readHeadline(doc, root) ?? title,
    outlet: adapter?.outlet ?? readSiteName(doc),
    published: readPublished(doc),
    keywords: readKeywords(doc),
    paragraphs: elements.map(paragraphText),
  };
}
