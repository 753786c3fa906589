// Which of a story's articles an address is (same URL, Herald id, Newshub slug on Stuff), from the dataset alone.
import type { Article, Dataset } from '../dataset/types';
import { heraldIdOf, hostOf, normalizeUrl, slugOf } from './url';

/** What a page's address says: the dataset article it is (same URL, Herald id, Newshub slug on Stuff), or just the story. */
export interface AddressMatch {
  article: Article | null;
  reason: string;
}

interface KnownAddresses {
  /** Per article: normalised URLs, Herald ids and slugs of its URL and alternative URLs. */
  articles: { article: Article; urls: Set<string>; ids: Set<string>; slugs: Set<string>; newshub: boolean }[];
  storyUrls: Set<string>;
  storyIds: Set<string>;
}

const addressCache = new WeakMap<Dataset, KnownAddresses>();

function knownAddresses(dataset: Dataset): KnownAddresses {
  let known = addressCache.get(dataset);
  if (!known) {
    known = {
      articles: dataset.articles.map((article) => {
        const all = [article.url, ...article.altUrls];
        return {
          article,
          urls: new Set(all.map(normalizeUrl)),
          ids: new Set(all.map(heraldIdOf).filter((x): x is string => !!x)),
          slugs: new Set(all.map(slugOf).filter((x): x is string => !!x)),
          newshub: /newshub\.co\.nz$/.test(hostOf(article.url)),
        };
      }),
      storyUrls: new Set(dataset.story.signals.urls.map(normalizeUrl)),
      storyIds: new Set(dataset.story.signals.heraldIds),
    };
    addressCache.set(dataset, known);
  }
  return known;
}

/** Recognises a page by its addresses alone (e.g. its URL and canonical URL); null when none is one the dataset knows. */
export function matchAddressIn(dataset: Dataset, urls: readonly string[]): AddressMatch | null {
  const known = knownAddresses(dataset);
  for (const u of urls) {
    const n = normalizeUrl(u);
    const id = heraldIdOf(u);
    const slug = /(^|\.)stuff\.co\.nz$/.test(hostOf(u)) ? slugOf(u) : null;
    for (const k of known.articles) {
      if (k.urls.has(n)) return { article: k.article, reason: `address of ${k.article.outlet} article` };
      if (id && k.ids.has(id)) return { article: k.article, reason: `Herald id ${id}` };
      if (slug && k.newshub && k.slugs.has(slug)) return { article: k.article, reason: 'Newshub article republished on Stuff' };
    }
    if (known.storyUrls.has(n) || (id && known.storyIds.has(id))) return { article: null, reason: 'known story address' };
  }
  return null;
}
