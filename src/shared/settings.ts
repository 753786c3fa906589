// The reader's settings (global switch, per-site overrides, per-kind switches) in storage.local, with live updates.

import * as v from 'valibot';
import type { AnnotationKind } from '../core/types';
import { browser } from './browser';

export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** Annotations on or off everywhere (a site override wins over this). */
  enabled: boolean;
  /** Per-host overrides, keyed by host without "www." ("nzherald.co.nz"): true shows, false hides. */
  sites: Record<string, boolean>;
  /** Which kinds of margin note are shown. */
  kinds: Record<AnnotationKind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  sites: {},
  kinds: { conflict: true, earlier: true },
}) as Settings;

const HOST_RE = /^[a-z0-9.-]{1,253}$/;

export const SettingsSchema = v.object({
  enabled: v.boolean(),
  sites: v.record(v.pipe(v.string(), v.regex(HOST_RE)), v.boolean()),
  kinds: v.object({ conflict: v.boolean(), earlier: v.boolean() }),
});

/** A partial change: any of the top-level fields; `sites` entries set to null remove the override. */
export const SettingsPatchSchema = v.object({
  enabled: v.optional(v.boolean()),
  sites: v.optional(v.record(v.pipe(v.string(), v.regex(HOST_RE)), v.nullable(v.boolean()))),
  kinds: v.optional(v.object({ conflict: v.optional(v.boolean()), earlier: v.optional(v.boolean()) })),
});
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

/** The host a setting is kept under: lower case, without a leading "www.". */
export function siteKey(hostOrUrl: string): string {
  let host = hostOrUrl;
  if (hostOrUrl.includes('/')) {
    try {
      host = new URL(hostOrUrl).hostname;
    } catch {
      return '';
    }
  }
  return host.toLowerCase().replace(/^www\./, '');
}

/** Anything read from storage becomes valid settings: unknown or broken values fall back to the defaults field by field. */
export function parseSettings(raw: unknown): Settings {
  const whole = v.safeParse(SettingsSchema, raw);
  if (whole.success) return cloneSettings(whole.output);
  const out = cloneSettings(DEFAULT_SETTINGS);
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    if (typeof r.enabled === 'boolean') out.enabled = r.enabled;
    const sites = v.safeParse(SettingsSchema.entries.sites, r.sites);
    if (sites.success) out.sites = { ...sites.output };
    const kinds = v.safeParse(SettingsSchema.entries.kinds, r.kinds);
    if (kinds.success) out.kinds = { ...kinds.output };
  }
  return out;
}

export function cloneSettings(s: Settings): Settings {
  return { enabled: s.enabled, sites: { ...s.sites }, kinds: { ...s.kinds } };
}

/** Applies a validated patch; returns new settings and leaves `base` unchanged. */
export function applyPatch(base: Settings, patch: SettingsPatch): Settings {
  const next = cloneSettings(base);
  if (patch.enabled !== undefined) next.enabled = patch.enabled;
  if (patch.kinds?.conflict !== undefined) next.kinds.conflict = patch.kinds.conflict;
  if (patch.kinds?.earlier !== undefined) next.kinds.earlier = patch.kinds.earlier;
  for (const [host, value] of Object.entries(patch.sites ?? {})) {
    const key = siteKey(host);
    if (!key) continue;
    if (value === null) delete next.sites[key];
    else next.sites[key] = value;
  }
  return next;
}

/** Are annotations shown on this host (and, given a kind, that kind of note)? */
export function isEnabledFor(settings: Settings, host: string, kind?: AnnotationKind): boolean {
  const override = settings.sites[siteKey(host)];
  const on = override ?? settings.enabled;
  if (!on) return false;
  return kind === undefined ? true : settings.kinds[kind];
}

/** The patch that flips annotations on one host: an override that differs from the global switch, or none. */
export function toggleSitePatch(settings: Settings, host: string): SettingsPatch {
  const key = siteKey(host);
  const next = !isEnabledFor(settings, key);
  return { sites: { [key]: next === settings.enabled ? null : next } };
}

/** The storage area the settings live in (browser.storage.local, or a fake in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ChangeSource {
  addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function updateSettings(area: SettingsArea, patch: SettingsPatch): Promise<Settings> {
  const next = applyPatch(await loadSettings(area), patch);
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `cb` with the new settings whenever they change in storage.local; returns the unsubscribe function. */
export function subscribeTo(onChanged: ChangeSource, cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

// ---------- bound to the extension's storage.local ----------

/** The current settings from browser.storage.local. */
export function getSettings(): Promise<Settings> {
  return loadSettings(browser.storage.local as unknown as SettingsArea);
}

/** Applies a change and stores it; every open tab and page subscribed hears it at once. */
export function setSettings(patch: SettingsPatch): Promise<Settings> {
  return updateSettings(browser.storage.local as unknown as SettingsArea, patch);
}

/** Calls `cb` with the new settings whenever they change (in any tab, page or the background). */
export function subscribe(cb: (s: Settings) => void): () => void {
  return subscribeTo(browser.storage.onChanged as unknown as ChangeSource, cb);
}
