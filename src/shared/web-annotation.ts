// Saved claims to and from W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/), validated before any write.

import * as v from 'valibot';
import { AttributionSchema, isHttpUrl, type Attribution, type SavedClaim } from './messages';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 10_000;
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ID_PREFIX = 'urn:counterpoint:saved:';

/** Page facts the annotation model has no term for, kept under our own key (JSON-LD processors ignore it). */
interface PageFacts {
  title: string;
  published: string | null;
}

export interface WebAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  created: string;
  body?: { type: 'TextualBody'; value: string; purpose: 'commenting'; format: 'text/plain' };
  target: { source: string; selector: { type: 'TextQuoteSelector'; exact: string } };
  'counterpoint:page': PageFacts;
  /**
   * Whose words these are, when saved from a card: `quote` the speaker's own words as the outlet printed them,
   * `reported` the outlet's report. Absent for a selection on a page. Our own key, as `counterpoint:page`.
   */
  'counterpoint:attribution'?: Attribution;
}

export function toWebAnnotation(s: SavedClaim): WebAnnotation {
  return {
    '@context': CONTEXT,
    id: `${ID_PREFIX}${s.id}`,
    type: 'Annotation',
    created: s.createdAt,
    ...(s.note ? { body: { type: 'TextualBody', value: s.note, purpose: 'commenting', format: 'text/plain' } as const } : {}),
    target: { source: s.url, selector: { type: 'TextQuoteSelector', exact: s.words } },
    'counterpoint:page': { title: s.title, published: s.published },
    ...(s.attribution ? { 'counterpoint:attribution': s.attribution } : {}),
  };
}

/** An AnnotationCollection with all items on its first page, as a pretty-printed JSON string. */
export function exportSaved(saved: readonly SavedClaim[]): string {
  return JSON.stringify(
    {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      label: 'Counterpoint saved claims',
      total: saved.length,
      first: { type: 'AnnotationPage', startIndex: 0, items: saved.map(toWebAnnotation) },
    },
    null,
    2,
  );
}

// ---------- import ----------

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const IsoTime = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'));
const Body = v.union([
  Str(20_000),
  v.object({ type: v.optional(v.literal('TextualBody')), value: Str(20_000) }),
]);
const Selector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20_000)),
});
const AnnotationSchema = v.object({
  id: v.optional(Str(300)),
  type: v.union([v.literal('Annotation'), v.array(v.string())]),
  created: v.optional(IsoTime),
  body: v.optional(v.union([Body, v.pipe(v.array(Body), v.maxLength(50))])),
  bodyValue: v.optional(Str(20_000)),
  target: v.object({
    source: v.pipe(v.string(), v.maxLength(4096), v.check(isHttpUrl, 'target.source is not a web address')),
    selector: v.union([Selector, v.pipe(v.array(v.unknown()), v.maxLength(20))]),
  }),
  'counterpoint:page': v.optional(v.object({ title: Str(1000), published: v.nullable(Str(100)) })),
  'counterpoint:attribution': v.optional(AttributionSchema),
});
type ParsedAnnotation = v.InferOutput<typeof AnnotationSchema>;

export type ImportResult = { ok: true; claims: SavedClaim[] } | { ok: false; problem: string };

/**
 * Parses an export file: an AnnotationCollection (items on `first`), an AnnotationPage, an array, or one Annotation.
 * Everything is checked before anything is returned; one bad item rejects the whole file, with a sentence saying why.
 */
export function parseImport(text: string, now = new Date()): ImportResult {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES)
    return { ok: false, problem: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The file is not valid JSON; nothing was imported.' };
  }
  const items = itemsOf(json);
  if (!items) return { ok: false, problem: 'The file is not a Web Annotation export (no annotations found); nothing was imported.' };
  if (items.length > MAX_IMPORT_ITEMS)
    return { ok: false, problem: `The file holds ${items.length} annotations, more than the ${MAX_IMPORT_ITEMS} allowed; nothing was imported.` };
  const claims: SavedClaim[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const r = v.safeParse(AnnotationSchema, items[i]);
    const selector = r.success ? quoteOf(r.output) : null;
    if (!r.success || !selector) {
      const why = r.success ? 'it has no TextQuoteSelector' : (r.issues[0]?.message ?? 'it is malformed');
      return { ok: false, problem: `Annotation ${i + 1} cannot be imported (${why}); nothing was imported.` };
    }
    const claim = toSaved(r.output, selector, now);
    if (seen.has(claim.id)) claim.id = crypto.randomUUID();
    seen.add(claim.id);
    claims.push(claim);
  }
  return { ok: true, claims };
}

function itemsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const o = json as { type?: unknown; items?: unknown; first?: unknown };
  if (o.type === 'Annotation') return [json];
  if (o.type === 'AnnotationPage' && Array.isArray(o.items)) return o.items;
  if (o.type === 'AnnotationCollection') {
    if (o.first && typeof o.first === 'object' && Array.isArray((o.first as { items?: unknown }).items))
      return (o.first as { items: unknown[] }).items;
    if (Array.isArray(o.items)) return o.items;
    if (o.first === undefined) return [];
  }
  return null;
}

function quoteOf(a: ParsedAnnotation): string | null {
  const sel = a.target.selector;
  if (!Array.isArray(sel)) return sel.exact;
  for (const s of sel) {
    const r = v.safeParse(Selector, s);
    if (r.success) return r.output.exact;
  }
  return null;
}

function noteOf(a: ParsedAnnotation): string {
  if (a.bodyValue !== undefined) return a.bodyValue;
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  // A bare string body is, in the model, the IRI of a body; we keep it as text so nothing is lost.
  return bodies.map((b) => (typeof b === 'string' ? b : b.value)).join('\n');
}

function toSaved(a: ParsedAnnotation, words: string, now: Date): SavedClaim {
  const id = a.id?.startsWith(ID_PREFIX) && a.id.length > ID_PREFIX.length ? a.id.slice(ID_PREFIX.length) : crypto.randomUUID();
  return {
    id,
    words,
    url: a.target.source,
    title: a['counterpoint:page']?.title ?? '',
    published: a['counterpoint:page']?.published ?? null,
    createdAt: a.created ? new Date(a.created).toISOString() : now.toISOString(),
    note: noteOf(a),
    ...(a['counterpoint:attribution'] ? { attribution: a['counterpoint:attribution'] } : {}),
  };
}
