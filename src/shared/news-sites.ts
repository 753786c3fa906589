// The four news sites Counterpoint reads without any further grant: one list for the gate, messages and background.

/** Hosts the manifest's content scripts run on (subdomains included). */
export const NEWS_HOSTS = ['rnz.co.nz', 'nzherald.co.nz', 'newshub.co.nz', 'stuff.co.nz'] as const;

/** Is this host one of the four news sites (or a subdomain)? */
export function isNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return NEWS_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * The sites that load every article as a page of its own (no client-side navigation). The manifest declares the
 * gate there only on article-shaped addresses (include_globs "*-*-*-*": a headline slug has three or more hyphens,
 * the gate's own first rule), so fronts and section pages run no script at all, and the gate keeps no navigation
 * listener. The Herald and Stuff render on the client: a reader reaches an article from a front without a page load,
 * so the gate runs on every page there and keeps listening until one passes (docs/PERFORMANCE.md, "Gate cost").
 */
export const PAGE_LOAD_HOSTS = ['rnz.co.nz', 'newshub.co.nz'] as const;

/** Might a reader reach a story on this page's site without a page load? (An address string; no URL object.) */
export function navigatesInPage(url: string): boolean {
  const host = (url.split('/', 3)[2] ?? '').toLowerCase();
  for (let i = 0; i < PAGE_LOAD_HOSTS.length; i++) {
    const h = PAGE_LOAD_HOSTS[i]!;
    if (host === h || host.endsWith(`.${h}`)) return false;
  }
  return true;
}
