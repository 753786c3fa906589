// URL normalisation and the stable parts of news URLs (Herald ids, slugs) used to recognise a known article.

/** A NZ Herald article id: the last path segment, 26 upper-case letters and digits; it survives slug changes. */
const HERALD_ID = /^[A-Z0-9]{26}$/;

function parse(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

function pathSegments(u: URL): string[] {
  return u.pathname.split('/').filter((s) => s.length > 0);
}

/**
 * A comparable form of a URL: scheme, `www.`, query, fragment, trailing slash, `.html` and case dropped.
 * News sites add tracking queries and flip between these forms; the article path is what identifies it.
 */
export function normalizeUrl(url: string): string {
  const u = parse(url);
  if (!u) return url.trim().toLowerCase();
  const host = u.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  const path = decodeURIComponent(u.pathname)
    .toLowerCase()
    .replace(/\/amp\/?$/, '/')
    .replace(/\.html?$/, '')
    .replace(/\/+$/, '');
  return `${host}${path}`;
}

/** The host without `www.`, lower-cased, or '' when the URL cannot be read. */
export function hostOf(url: string): string {
  const u = parse(url);
  return u ? u.hostname.toLowerCase().replace(/^www\./, '') : '';
}

/** The Herald id of a nzherald.co.nz article URL, or null. */
export function heraldIdOf(url: string): string | null {
  const u = parse(url);
  if (!u || !/(^|\.)nzherald\.co\.nz$/i.test(u.hostname)) return null;
  const last = pathSegments(u).at(-1) ?? '';
  return HERALD_ID.test(last) ? last : null;
}

/** The article slug: the last path segment that is words joined by hyphens (without `.html`), or null. */
export function slugOf(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  const segments = pathSegments(u).map((s) => decodeURIComponent(s).replace(/\.html?$/i, ''));
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (HERALD_ID.test(s)) continue;
    if (/^[a-z0-9]+(-[a-z0-9]+){2,}$/i.test(s)) return s.toLowerCase();
  }
  return null;
}
