// Turns a live article page into PageInput (DOM-free) plus the live element of each paragraph, for any site.
import type { PageInput } from '../core/types';
import { isBoilerplateText, isExcludedBlock, paragraphText } from './boilerplate';
import { readCanonical, readHeadline, readKeywords, readPublished, readSiteName } from './metadata';
import { readabilityParagraphs } from './readability-fallback';
import { type SiteAdapter, adapterFor } from './site-adapters';

export interface ExtractedPage {
  page: PageInput;
  /** `elements[i]` is the live DOM element of `page.paragraphs[i]`, so notes can be anchored beside it. */
  elements: Element[];
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

/**
 * Extracts the article: site adapters for RNZ, the Herald, Newshub and Stuff, Readability anywhere else (or when a
 * site's markup changed). Captions, promos, ads, paywall prompts and credit lines are left out. Never throws on
 * odd pages: a page with no article gives no paragraphs.
 */
export function extractPage(doc: Document, url: string): ExtractedPage {
  const adapter = adapterFor(url);
  const found = adapter ? adapterParagraphs(doc, adapter) : null;
  let elements: Element[];
  let root: Element | null = null;
  let fallbackTitle: string | null = null;
  if (found) {
    elements = found.elements;
    root = found.root;
  } else {
    const r = readabilityParagraphs(doc);
    elements = r.elements;
    fallbackTitle = r.title;
    root = elements[0] ?? null;
  }
  const paragraphs = elements.map(paragraphText);
  const page: PageInput = {
    url,
    canonicalUrl: readCanonical(doc, url),
    headline: readHeadline(doc, root) ?? fallbackTitle,
    outlet: adapter?.outlet ?? readSiteName(doc),
    published: readPublished(doc),
    keywords: readKeywords(doc),
    paragraphs,
  };
  return { page, elements };
}
