// Page metadata for extraction: headline, publication time, canonical URL, keywords and outlet, from standard tags.

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** Every JSON-LD object on the page, flattened through arrays and `@graph`. Malformed blocks are skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A site's broken JSON-LD is not our problem; other sources of metadata remain.
    }
  }
  return out;
}

const text = (el: Element | null): string | null => el?.textContent?.replace(/\s+/g, ' ').trim() || null;

/** The article headline: the article's h1, else og:title / JSON-LD headline (which sites often suffix with their name). */
export function readHeadline(doc: Document, root: Element | null): string | null {
  const h1 = text(root?.closest('article')?.querySelector('h1') ?? null) ?? text(doc.querySelector('article h1, main h1, h1'));
  if (h1) return h1;
  const ld = jsonLd(doc).find((o) => typeof o['headline'] === 'string')?.['headline'] as string | undefined;
  return ld?.trim() ?? meta(doc, 'og:title', 'twitter:title') ?? text(doc.querySelector('title'));
}

/** The publication time: JSON-LD datePublished, else article:published_time and similar tags, else a <time datetime>. */
export function readPublished(doc: Document): string | null {
  const ld = jsonLd(doc).find((o) => typeof o['datePublished'] === 'string')?.['datePublished'] as string | undefined;
  const time = [...doc.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime')?.trim()).find((d) => !!d);
  return (
    ld?.trim() ||
    meta(doc, 'article:published_time', 'datePublished', 'published_time', 'publish-date', 'date', 'dc.date') ||
    time ||
    null
  );
}

/** The canonical URL, resolved against the page URL; null when absent or unreadable. */
export function readCanonical(doc: Document, url: string): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  if (!href) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return null;
  }
}

/** Meta keywords and news keywords, lower-cased and split on commas. */
export function readKeywords(doc: Document): string[] {
  const raw = [meta(doc, 'keywords'), meta(doc, 'news_keywords'), meta(doc, 'article:tag')].filter((k): k is string => !!k);
  return [...new Set(raw.flatMap((k) => k.split(',')).map((k) => k.trim().toLowerCase()).filter(Boolean))];
}

/** The publisher's name from og:site_name, else null. */
export function readSiteName(doc: Document): string | null {
  return meta(doc, 'og:site_name', 'application-name');
}
