// The "other sites" grant registers the gate on the granted origins only, withdraws it with the grant, and is idempotent.
import { fakeBrowser } from '@webext-core/fake-browser';
import manifest from '../../manifest.json';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  GATE_SCRIPT,
  NEWS_SITE_MATCHES,
  OTHER_SITES_SCRIPT_ID,
  registerOtherSites,
  scheduleSync,
} from '../../src/background/other-sites';

type Script = { id: string; matches?: string[]; excludeMatches?: string[]; js?: string[]; runAt?: string };
type Listener = () => void;

/** In-memory stand-ins for the parts of permissions and scripting the fake browser does not implement. */
let granted: string[];
let registered: Map<string, Script>;
let added: Listener[];
let removed: Listener[];
const register = vi.fn(async (scripts: Script[]) => {
  for (const s of scripts) {
    if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    registered.set(s.id, s);
  }
});
const unregister = vi.fn(async (filter: { ids: string[] }) => {
  for (const id of filter.ids) {
    if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
  }
});

beforeEach(() => {
  fakeBrowser.reset();
  granted = [...NEWS_SITE_MATCHES];
  registered = new Map();
  added = [];
  removed = [];
  register.mockClear();
  unregister.mockClear();
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: [...granted], permissions: ['storage', 'scripting'] }),
    onAdded: { addListener: (l: Listener) => added.push(l) },
    onRemoved: { addListener: (l: Listener) => removed.push(l) },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async (f?: { ids?: string[] }) =>
      [...registered.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
    registerContentScripts: register,
    unregisterContentScripts: unregister,
  });
});

/** Lets the listeners' queued syncs finish. */
const settle = () => scheduleSync();

describe('background: the gate on granted other sites', () => {
  it('excludes exactly the hosts the manifest already declares the gate on', () => {
    expect(NEWS_SITE_MATCHES).toEqual(manifest.host_permissions);
    expect([...NEWS_SITE_MATCHES].sort()).toEqual(manifest.content_scripts.flatMap((c) => c.matches).sort());
  });

  it('registers nothing while only the four news sites are allowed', async () => {
    await registerOtherSites();
    expect(register).not.toHaveBeenCalled();
    expect(registered.size).toBe(0);
  });

  it('registers the gate for the granted origins, excluding the news sites the manifest covers', async () => {
    await registerOtherSites();
    granted.push('*://*/*');
    added.forEach((l) => l());
    await settle();
    expect([...registered.values()]).toEqual([
      expect.objectContaining({
        id: OTHER_SITES_SCRIPT_ID,
        matches: ['*://*/*'],
        excludeMatches: NEWS_SITE_MATCHES,
        js: [GATE_SCRIPT],
        runAt: 'document_idle',
      }),
    ]);
  });

  it('registers at start-up when the grant already exists, and unregisters when it is withdrawn', async () => {
    granted.push('https://www.example-syndicate.co.nz/*');
    await registerOtherSites();
    expect(registered.get(OTHER_SITES_SCRIPT_ID)?.matches).toEqual(['https://www.example-syndicate.co.nz/*']);
    granted = [...NEWS_SITE_MATCHES];
    removed.forEach((l) => l());
    await settle();
    expect(registered.size).toBe(0);
    expect(unregister).toHaveBeenCalledWith({ ids: [OTHER_SITES_SCRIPT_ID] });
  });

  it('is idempotent: repeated and concurrent events leave one unchanged registration', async () => {
    granted.push('*://*/*');
    const startUp = registerOtherSites();
    added.forEach((l) => l());
    added.forEach((l) => l());
    await startUp;
    await settle();
    expect(register).toHaveBeenCalledTimes(1);
    expect(unregister).not.toHaveBeenCalled();
    expect(registered.size).toBe(1);
  });

  it('replaces the registration when the granted origins change', async () => {
    granted.push('https://a.example/*');
    await registerOtherSites();
    granted.push('https://b.example/*');
    added.forEach((l) => l());
    await settle();
    expect(registered.get(OTHER_SITES_SCRIPT_ID)?.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
  });
});
