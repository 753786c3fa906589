// The four news sites Counterpoint reads without any further grant: one list for the gate, messages and background.

/** Hosts the manifest's content scripts run on (subdomains included). */
export const NEWS_HOSTS = ['rnz.co.nz', 'nzherald.co.nz', 'newshub.co.nz', 'stuff.co.nz'] as const;

/** Is `host` (lower-case) one of `sites` or a subdomain of one? An index loop: the gate calls it on every page. */
function onSite(host: string, sites: readonly string[]): boolean {
  for (let i = 0; i < sites.length; i++) if (host === sites[i] || host.endsWith(`.${sites[i]}`)) return true;
  return false;
}

/** Is this host one of the four news sites (or a subdomain)? */
export function isNewsHost(hostname: string): boolean {
  return onSite(hostname.toLowerCase(), NEWS_HOSTS);
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
  return !onSite((url.split('/', 3)[2] ?? '').toLowerCase(), PAGE_LOAD_HOSTS);
}
