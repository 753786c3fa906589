// Registers the gate content script on the origins the reader granted through the optional "other sites" permission.
//
// The manifest declares the gate on the four news sites only. When the reader allows other sites (options page),
// the gate is registered for the granted origins with scripting.registerContentScripts; when the grant is
// withdrawn it is unregistered. Every change re-reads the grants, so repeated events and restarts are harmless.
import type { Scripting } from 'webextension-polyfill';
import { browser } from '../shared/browser';

export const OTHER_SITES_SCRIPT_ID = 'counterpoint-gate-other-sites';
export const GATE_SCRIPT = 'content/gate.js';

/** The manifest's own host permissions and content-script matches: already covered, so never registered again. */
export const NEWS_SITE_MATCHES = ['*://*.rnz.co.nz/*', '*://*.nzherald.co.nz/*', '*://*.newshub.co.nz/*', '*://*.stuff.co.nz/*'];

/** Granted origins beyond the four news sites (Chrome's getAll also lists the manifest's host permissions). */
export function otherOrigins(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => !NEWS_SITE_MATCHES.includes(o) && /^(\*|https?):\/\//.test(o)))].sort();
}

/** The one registration for these origins. */
export function gateRegistration(matches: string[]): Scripting.RegisteredContentScript {
  return {
    id: OTHER_SITES_SCRIPT_ID,
    matches,
    excludeMatches: NEWS_SITE_MATCHES,
    js: [GATE_SCRIPT],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  (a ?? []).length === b.length && [...(a ?? [])].sort().every((x, i) => x === b[i]);

/** Brings the registration in line with the current grants: registered, replaced, removed, or left alone. */
export async function syncOtherSites(): Promise<string[]> {
  const wanted = otherOrigins((await browser.permissions.getAll()).origins);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [OTHER_SITES_SCRIPT_ID] });
  if (current && wanted.length > 0 && same(current.matches, wanted)) return wanted;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [OTHER_SITES_SCRIPT_ID] });
  if (wanted.length > 0) await browser.scripting.registerContentScripts([gateRegistration(wanted)]);
  return wanted;
}

// One sync at a time: a start-up sync and an onAdded event must not both register the same id.
let queue: Promise<unknown> = Promise.resolve();
export function scheduleSync(): Promise<string[]> {
  const next = queue.then(syncOtherSites);
  queue = next.catch((e: unknown) => console.warn('Counterpoint: could not update the other-sites gate:', e));
  return next;
}

/** Listens for grants and withdrawals, and syncs once at start-up (the grant may predate this worker). */
export function registerOtherSites(): Promise<string[]> {
  browser.permissions.onAdded.addListener(() => void scheduleSync().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void scheduleSync().catch(() => undefined));
  return scheduleSync().catch(() => []);
}
