// The four news sites Counterpoint reads without any further grant: one list for the gate, messages and background.

/** Hosts the manifest's content scripts run on (subdomains included). */
export const NEWS_HOSTS = ['rnz.co.nz', 'nzherald.co.nz', 'newshub.co.nz', 'stuff.co.nz'] as const;

/** Is this host one of the four news sites (or a subdomain)? */
export function isNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return NEWS_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}
