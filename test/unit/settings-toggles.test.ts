// Settings: defaults, global/per-site/per-kind switches, live updates to subscribers, and broken storage values.

import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { toggleForTab } from '../../src/background/commands';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  getSettings,
  isEnabledFor,
  parseSettings,
  setSettings,
  subscribe,
  type Settings,
} from '../../src/shared/settings';

beforeEach(() => fakeBrowser.reset());

describe('isEnabledFor', () => {
  it('shows everything by default', () => {
    expect(isEnabledFor(DEFAULT_SETTINGS, 'www.rnz.co.nz', 'conflict')).toBe(true);
    expect(isEnabledFor(DEFAULT_SETTINGS, 'www.stuff.co.nz', 'earlier')).toBe(true);
  });

  it('a site override beats the global switch, both ways, and www. does not matter', async () => {
    await setSettings({ enabled: false, sites: { 'www.rnz.co.nz': true } });
    const s = await getSettings();
    expect(isEnabledFor(s, 'rnz.co.nz')).toBe(true);
    expect(isEnabledFor(s, 'www.nzherald.co.nz')).toBe(false);
    await setSettings({ enabled: true, sites: { 'nzherald.co.nz': false } });
    const t = await getSettings();
    expect(isEnabledFor(t, 'www.nzherald.co.nz')).toBe(false);
    expect(isEnabledFor(t, 'rnz.co.nz')).toBe(true);
  });

  it('a kind switched off is hidden everywhere annotations are shown', async () => {
    const s = await setSettings({ kinds: { earlier: false } });
    expect(isEnabledFor(s, 'rnz.co.nz', 'earlier')).toBe(false);
    expect(isEnabledFor(s, 'rnz.co.nz', 'conflict')).toBe(true);
    expect(isEnabledFor(s, 'rnz.co.nz')).toBe(true);
  });
});

describe('stored settings', () => {
  it('survive a round trip through storage.local and merge patches', async () => {
    await setSettings({ kinds: { conflict: false } });
    await setSettings({ sites: { 'stuff.co.nz': false } });
    expect(await getSettings()).toEqual({ enabled: true, sites: { 'stuff.co.nz': false }, kinds: { conflict: false, earlier: true } });
    await setSettings({ sites: { 'stuff.co.nz': null } });
    expect((await getSettings()).sites).toEqual({});
  });

  it('broken values in storage fall back to defaults field by field', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: 'yes', sites: { 'rnz.co.nz': false }, kinds: 3 } });
    expect(await getSettings()).toEqual({ enabled: true, sites: { 'rnz.co.nz': false }, kinds: { conflict: true, earlier: true } });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('subscribers hear a change at once, from any page, and stop hearing after unsubscribing', async () => {
    const heard: Settings[] = [];
    const stop = subscribe((s) => heard.push(s));
    await setSettings({ enabled: false });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await setSettings({ enabled: true });
    expect(heard).toHaveLength(1);
    expect(heard[0]!.enabled).toBe(false);
  });
});

describe('the toggle-annotations shortcut', () => {
  it('flips the current tab’s site off, then back to following the global switch', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.rnz.co.nz/news/political/472903/x', active: true });
    const off = await toggleForTab(tab as never);
    expect(off && isEnabledFor(off, 'rnz.co.nz')).toBe(false);
    const on = await toggleForTab(tab as never);
    expect(on?.sites).toEqual({});
    expect(on && isEnabledFor(on, 'rnz.co.nz')).toBe(true);
  });

  it('when annotations are off globally, the shortcut turns them on for this site only', async () => {
    await setSettings({ enabled: false });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.stuff.co.nz/a', active: true });
    const s = await toggleForTab(tab as never);
    expect(s && isEnabledFor(s, 'stuff.co.nz')).toBe(true);
    expect(s && isEnabledFor(s, 'rnz.co.nz')).toBe(false);
  });

  it('does nothing on a tab without a web page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://extensions', active: true });
    expect(await toggleForTab(tab as never)).toBeNull();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
