// Where each supported news site keeps its article body, so extraction reads the article and not the page around it.

export interface SiteAdapter {
  outlet: string;
  /** Host (without www.) this adapter applies to, including subdomains. */
  host: string;
  /** Article-body containers, most specific first; the first present with paragraphs wins. */
  body: string[];
  /** Paragraph elements inside the body. */
  paragraphs: string;
}

/** Paragraph elements: plain p, and quote blocks without inner p (pull quotes are excluded by class). */
const PARAGRAPHS = 'p, blockquote:not(:has(p))';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    outlet: 'RNZ',
    host: 'rnz.co.nz',
    body: ['.article__body', '.story__body', '[itemprop="articleBody"]', 'article .body'],
    paragraphs: PARAGRAPHS,
  },
  {
    outlet: 'NZ Herald',
    host: 'nzherald.co.nz',
    body: ['section.article-body', '.article__body', '.article-body', '[data-test-ui="article__body"]', '[itemprop="articleBody"]'],
    paragraphs: PARAGRAPHS,
  },
  {
    outlet: 'Newshub',
    host: 'newshub.co.nz',
    body: ['.c-ArticleBody', '.c-ArticleBody-content', '.c-article-body', '[itemprop="articleBody"]'],
    paragraphs: PARAGRAPHS,
  },
  {
    outlet: 'Stuff',
    host: 'stuff.co.nz',
    body: ['[data-testid="article-body"]', '.article-body', '.sics-component__story__body', '.story-body', '[itemprop="articleBody"]'],
    paragraphs: PARAGRAPHS,
  },
];

/** The adapter for a URL's host, or null for any other site. */
export function adapterFor(url: string): SiteAdapter | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return SITE_ADAPTERS.find((a) => host === a.host || host.endsWith(`.${a.host}`)) ?? null;
}
