// The story page's address: which story, where the reader came from, and the place to land on (#dispute-…, #claim-…).

/** The story page inside the extension (an HTML entry of the build). */
export const STORY_PAGE = 'src/story/index.html';

/** What a link to the story page says. */
export interface StoryTarget {
  /** Story id; null: the first story the extension knows. */
  story: string | null;
  /** The dataset article the reader was reading (its file name), when it is one of the story's articles. */
  article?: string | null;
  /** The address of the page the reader came from (the popup's tab), resolved to an article by the page. */
  from?: string | null;
  /** The reader's page's publication time, when it is not a dataset article. */
  published?: string | null;
  /** A place on the page: `dispute-<id>` or `claim-<id>`. */
  place?: string | null;
}

/** A place id on the page: `dispute-` or `claim-` and a dataset id (lower-case words joined by hyphens). */
export const PLACE = /^(dispute|claim)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The page's path with its query and fragment, relative to the extension's root (for runtime.getURL or "/" + it). */
export function storyPagePath(target: StoryTarget): string {
  const query = new URLSearchParams();
  if (target.story) query.set('story', target.story);
  if (target.article) query.set('article', target.article);
  if (target.from) query.set('from', target.from);
  if (target.published) query.set('published', target.published);
  const q = query.toString();
  const place = target.place && PLACE.test(target.place) ? `#${target.place}` : '';
  return `${STORY_PAGE}${q ? `?${q}` : ''}${place}`;
}

/** Reads a story page address back (unknown or malformed parts are dropped). */
export function readStoryTarget(href: string): StoryTarget {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { story: null };
  }
  const get = (k: string) => url.searchParams.get(k) || null;
  const place = decodeURIComponent(url.hash.slice(1));
  return {
    story: get('story'),
    article: get('article'),
    from: get('from'),
    published: get('published'),
    place: PLACE.test(place) ? place : null,
  };
}
