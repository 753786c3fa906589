// The one typed message protocol between content scripts, extension pages and the background, validated at the receiver.

import * as v from 'valibot';
import { isNewsHost } from './news-sites';
import { SettingsPatchSchema, SettingsSchema, type Settings } from './settings';
import { PLACE } from './story-link';
import { PageInputSchema, type Annotated } from './annotate-messages';

// ---------- shared record shapes ----------

/**
 * Whose words a saved claim is, when it was saved from a card's account: `quote`, the speaker's own words as the
 * outlet quoted them; `reported`, the outlet's report (of the speaker's account, when `speaker` is set).
 * Absent for words selected on a page: the page is the source, nobody is named.
 */
export interface Attribution {
  form: 'quote' | 'reported';
  speaker: string | null;
  outlet: string;
}

/** A claim the reader saved from a page (context menu or the sidebar). */
export interface SavedClaim {
  id: string;
  words: string;
  url: string;
  title: string;
  published: string | null;
  /** ISO time. */
  createdAt: string;
  note: string;
  /** Added after the first release: absent on claims saved before it and on page selections. */
  attribution?: Attribution;
}

/** One searchable report: a dataset claim's words as one article reported them, or a saved claim. */
export interface SearchClaim {
  /** Unique: `${claimId}@${file}#${paragraph}/${evidence index}` for dataset evidence, `saved:${id}` for saved claims. */
  id: string;
  source: 'dataset' | 'saved';
  words: string;
  summary: string;
  claimant: string | null;
  outlet: string;
  /** For dataset reports the form of these words, 'quote' | 'reported' (not the claim's kind); 'saved' for the reader's. */
  kind: string;
  published: string | null;
  url: string;
  headline: string;
  file: string | null;
  paragraph: number | null;
}

export type StoreStatus = { ok: true } | { ok: false; problem: string };

export interface TabState {
  url: string;
  storyId: string | null;
  count: number;
  counts: { conflict: number; earlier: number };
}

// ---------- field schemas ----------

const MAX_TEXT = 20_000;
const Url = v.pipe(v.string(), v.maxLength(4096), v.check(isHttpUrl, 'not an http(s) URL'));
const Text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** Browser tab ids: Chromium hands out large ones (over 10^9), so not a Count. */
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export const AttributionSchema = v.object({
  form: v.picklist(['quote', 'reported']),
  speaker: v.nullable(Text(200)),
  outlet: Text(200),
});

// ---------- content -> background ----------

export const ContentToBackgroundSchema = v.variant('type', [
  /** The gate passed: inject content/main (handled by background/inject-main.ts). */
  v.object({ type: v.literal('content/gate-passed') }),
  /** content/main found no site adapter for the page: inject content/readability.js into its frame (inject-main.ts). */
  v.object({ type: v.literal('content/need-readability') }),
  /** content/main's extracted page: the background's warm engine answers with the notes (annotate-messages.ts). */
  v.object({ type: v.literal('content/annotate'), page: PageInputSchema }),
  /** What the page shows after annotating: drives the badge, the popup's tab state and visits. */
  v.object({
    type: v.literal('content/annotated'),
    url: Url,
    storyId: v.nullable(Id),
    count: Count,
    counts: v.object({ conflict: Count, earlier: Count }),
  }),
  /** The reader asked to save a selection as a claim. */
  v.object({
    type: v.literal('content/save-claim'),
    words: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TEXT)),
    url: Url,
    title: Text(1000),
    published: v.nullable(Text(100)),
    attribution: v.optional(AttributionSchema),
  }),
  /** Open the story page (the sidebar's "the whole story", a card's dispute link) beside the reader's tab. */
  v.object({
    type: v.literal('content/open-story'),
    story: Id,
    article: v.nullable(Id),
    published: v.nullable(Text(100)),
    place: v.nullable(v.pipe(v.string(), v.maxLength(200), v.regex(PLACE))),
  }),
]);
export type ContentToBackground = v.InferOutput<typeof ContentToBackgroundSchema>;

// ---------- popup -> background ----------

export const PopupToBackgroundSchema = v.variant('type', [
  /** All searchable claims (dataset + saved) and the store's status, once per popup open. */
  v.object({ type: v.literal('popup/get-claims') }),
  v.object({ type: v.literal('popup/get-tab-state'), tabId: TabId }),
  v.object({ type: v.literal('popup/set-settings'), patch: SettingsPatchSchema }),
  /** Open a result: activate a tab already showing the article (and scroll to the paragraph) or open a new one. */
  v.object({
    type: v.literal('popup/open-source'),
    url: Url,
    file: v.nullable(Id),
    paragraph: v.nullable(Count),
  }),
]);
export type PopupToBackground = v.InferOutput<typeof PopupToBackgroundSchema>;

// ---------- options -> background ----------

export const OptionsToBackgroundSchema = v.variant('type', [
  v.object({ type: v.literal('options/list-saved') }),
  v.object({
    type: v.literal('options/update-saved'),
    id: Id,
    words: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TEXT))),
    note: v.optional(Text()),
  }),
  v.object({ type: v.literal('options/delete-saved'), id: Id }),
  /** The raw text of a Web Annotation JSON file; validated whole in the background before anything is written. */
  v.object({ type: v.literal('options/import'), text: v.string() }),
  v.object({ type: v.literal('options/export') }),
]);
export type OptionsToBackground = v.InferOutput<typeof OptionsToBackgroundSchema>;

// ---------- background -> content ----------

export const BackgroundToContentSchema = v.variant('type', [
  v.object({ type: v.literal('background/settings-changed'), settings: SettingsSchema }),
  v.object({ type: v.literal('background/scroll-to'), file: Id, paragraph: Count }),
]);
export type BackgroundToContent = v.InferOutput<typeof BackgroundToContentSchema>;

// ---------- responses ----------

export type Result<T> = ({ ok: true } & T) | { ok: false; problem: string };

/** What the background answers to each request (messages not listed here get no answer). */
export interface Responses {
  'content/annotate': Annotated;
  'content/annotated': Result<object>;
  'content/save-claim': Result<{ saved: SavedClaim }>;
  'content/open-story': Result<{ tabId: number }>;
  'popup/get-claims': { claims: SearchClaim[]; status: StoreStatus };
  'popup/get-tab-state': { state: TabState | null; settings: Settings; host: string | null; status: StoreStatus };
  'popup/set-settings': { settings: Settings };
  'popup/open-source': Result<{ tabId: number }>;
  'options/list-saved': Result<{ saved: SavedClaim[] }>;
  'options/update-saved': Result<{ saved: SavedClaim }>;
  'options/delete-saved': Result<object>;
  'options/import': Result<{ count: number }>;
  'options/export': Result<{ json: string }>;
}

export type Request = ContentToBackground | PopupToBackground | OptionsToBackground;
export type ResponseFor<T extends Request['type']> = T extends keyof Responses ? Responses[T] : void;

// ---------- receiving ----------

/** Parses a message against one direction's schema; malformed messages are logged and come back as null. */
export function parseMessage<S extends v.GenericSchema>(schema: S, raw: unknown, from: string): v.InferOutput<S> | null {
  const r = v.safeParse(schema, raw);
  if (r.success) return r.output;
  const type = raw && typeof raw === 'object' ? String((raw as { type?: unknown }).type).slice(0, 60) : typeof raw;
  console.warn(`Counterpoint: ignored a malformed ${from} message (${type}): ${r.issues[0]?.message ?? 'invalid'}`);
  return null;
}

/** The parts of runtime.MessageSender the checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export { NEWS_HOSTS, isNewsHost } from './news-sites';

export type SenderKind = 'content' | 'page' | null;

/**
 * Who sent a message: one of our extension pages, one of our content scripts on an allowed host or a
 * granted origin, or (null) anything else, whose messages are ignored.
 */
export function classifySender(
  sender: SenderLike,
  runtimeId: string,
  extensionBaseUrl: string,
  grantedOrigins: readonly string[] = [],
): SenderKind {
  if (!sender || sender.id !== runtimeId || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(extensionBaseUrl)) return 'page';
  if (!sender.tab || !isHttpUrl(sender.url)) return null;
  const url = new URL(sender.url);
  if (isNewsHost(url.hostname)) return 'content';
  if (grantedOrigins.some((pattern) => originMatches(pattern, url))) return 'content';
  return null;
}

/** Does a match pattern like "https://example.org/*" or "*://*.example.org/*" cover this URL? */
export function originMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\//.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const h = url.hostname.toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) return h === host.slice(2) || h.endsWith(host.slice(1));
  return h === host.toLowerCase();
}
