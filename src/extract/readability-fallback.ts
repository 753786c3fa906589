// Fallback extraction for pages no adapter knows: Readability on a clone, mapped back to the live paragraphs by text.
//
// Readability is passed in, not imported: the CLI imports it directly, while the extension loads it into the page
// only when a page needs the fallback (src/content/readability.ts), keeping it out of content/main.
import { isBoilerplateText, isExcludedBlock, paragraphText } from './boilerplate';

/** Paragraphs shorter than this are headings, labels or bylines rather than article text. */
const MIN_PARAGRAPH_CHARS = 25;

/** The part of @mozilla/readability's class the fallback uses. */
export type ReadabilityClass = new (
  doc: Document,
  options?: { charThreshold?: number },
) => { parse(): { textContent?: string | null; title?: string | null } | null };

const squash = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();

/**
 * The live elements of the article's paragraphs as Readability sees them. Readability mutates the document it
 * reads, so it gets a clone; its article text then selects the live `p` elements whose text it contains.
 */
export function readabilityParagraphs(doc: Document, Readability: ReadabilityClass): { elements: Element[]; title: string | null } {
  let article: { textContent?: string | null; title?: string | null } | null = null;
  try {
    article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const body = doc.body;
  if (!article?.textContent || !body) return { elements: [], title: null };
  const content = squash(article.textContent);
  const elements: Element[] = [];
  for (const p of body.querySelectorAll('p')) {
    const text = paragraphText(p);
    if (text.length < MIN_PARAGRAPH_CHARS || isBoilerplateText(text) || isExcludedBlock(p, body)) continue;
    if (p.parentElement?.closest('p')) continue;
    if (content.includes(text)) elements.push(p);
  }
  return { elements, title: article.title?.trim() || null };
}
