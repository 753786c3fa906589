// Valibot schemas for the curated story files in data/<story>/ (story, articles, claims, disputes).
import * as v from 'valibot';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "ardern-no-evidence"'),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** A phrase looked for in a page's words: it must hold a word, since punctuation alone is never one of them. */
const Phrase = v.pipe(Text, v.regex(/[\p{L}\p{N}]/u, 'must contain a word, not only punctuation'));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
const PublishedTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/,
    'must be YYYY-MM-DD, or an ISO date-time with an offset when the time is known',
  ),
);
const Url = v.pipe(v.string(), v.url('must be an absolute URL'), v.startsWith('https://', 'must be an https URL'));
const FileName = v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in articles/'));
const ParagraphNumber = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'));

export const ROLES = ['headline', 'caption', 'body', 'credit', 'promo'] as const;
export const KINDS = ['quote', 'paraphrase', 'report'] as const;
export const FORMS = ['quote', 'reported'] as const;

export const PersonSchema = v.strictObject({
  id: Id,
  name: Text,
  aliases: v.optional(v.array(Text), []),
  role: Text,
});

export const StoryFileSchema = v.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  people: v.pipe(v.array(PersonSchema), v.minLength(1, 'must name at least one person')),
  timeline: v.array(
    v.strictObject({
      date: Day,
      what: Text,
      sources: v.pipe(
        v.array(v.union([v.strictObject({ file: FileName, paragraph: ParagraphNumber }), v.strictObject({ url: Url })], 'must be {file, paragraph} or {url}')),
        v.minLength(1, 'an event needs at least one source (an article paragraph or a public URL)'),
      ),
    }),
  ),
  signals: v.strictObject({
    gateWords: v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,}$/, 'must be one lower-case word of 3+ letters'))),
      v.minLength(1, 'needs at least one word'),
    ),
    anchors: v.pipe(v.array(Phrase), v.minLength(1, 'needs at least one phrase')),
    mentions: v.optional(v.array(Phrase), []),
    terms: v.array(v.strictObject({ text: Phrase, weight: v.pipe(v.number(), v.minValue(0), v.maxValue(10)) })),
    urls: v.optional(v.array(Url), []),
    heraldIds: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z0-9]{26}$/, 'must be 26 capitals/digits'))), []),
    window: v.strictObject({ from: Day, to: Day }),
  }),
});

export const ArticleEntrySchema = v.strictObject({
  file: FileName,
  outlet: Text,
  headline: Text,
  url: Url,
  altUrls: v.optional(v.array(Url), []),
  published: PublishedTime,
  roles: v.optional(v.record(v.pipe(v.string(), v.regex(/^\d+$/, 'keys must be paragraph numbers')), v.picklist(ROLES)), {}),
  context: v.optional(v.record(v.pipe(v.string(), v.regex(/^\d+$/, 'keys must be paragraph numbers')), Text), {}),
});
export const ArticlesFileSchema = v.array(ArticleEntrySchema);

export const EvidenceEntrySchema = v.strictObject({
  article: FileName,
  paragraph: ParagraphNumber,
  words: Text,
  /** Who speaks in these words when it is not the claimant; null for the outlet's own voice. */
  by: v.optional(v.nullable(Id)),
  /** `quote` when the words sit inside quotation marks in the source (checked), else `reported`. */
  form: v.picklist(FORMS, 'must be "quote" (inside quotation marks in the source) or "reported"'),
});

export const ClaimEntrySchema = v.strictObject({
  id: Id,
  claimant: v.nullable(Id),
  kind: v.picklist(KINDS),
  summary: Text,
  note: v.optional(Text),
  evidence: v.pipe(v.array(EvidenceEntrySchema), v.minLength(1, 'a claim needs at least one piece of evidence')),
});
export const ClaimsFileSchema = v.array(ClaimEntrySchema);

export const DisputeEntrySchema = v.strictObject({
  id: Id,
  summary: Text,
  sides: v.pipe(
    v.array(v.strictObject({ label: Text, claims: v.pipe(v.array(Id), v.minLength(1, 'a side needs a claim')) })),
    v.minLength(2, 'a dispute needs at least two sides'),
  ),
});
export const DisputesFileSchema = v.array(DisputeEntrySchema);

/** A word or phrase of the vocabulary (lower-case letters, digits, apostrophes, hyphens), or `~concept`. */
const Term = v.pipe(
  v.string(),
  v.regex(/^(?:~[a-z0-9-]+|[a-z0-9'-]+(?: [a-z0-9'-]+)*)$/, 'must be lower-case words (e.g. "chief whip") or ~concept'),
);
const Slot = v.pipe(v.array(Term), v.minLength(1, 'a slot needs at least one word, phrase or ~concept'));
export const VocabularyFileSchema = v.pipe(
  // Every key is optional, and an object schema would take a list ([]) as an object with none of them.
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'must be a mapping with roles, pronouns, concepts and claims'),
  v.strictObject({
  roles: v.optional(v.record(Id, v.array(Term)), {}),
  pronouns: v.optional(v.record(Id, v.picklist(['he', 'she'], 'must be "he" or "she"')), {}),
  concepts: v.optional(v.record(Id, v.pipe(v.array(Term), v.minLength(1, 'a concept needs at least one word'))), {}),
  claims: v.optional(
    v.record(
      Id,
      v.strictObject({
        need: v.pipe(v.array(Slot), v.minLength(2, 'a claim needs at least two slots: one word in common is no evidence')),
        about: v.optional(v.nullable(Id), null),
      }),
    ),
    {},
  ),
  }),
);

export type StoryFile = v.InferOutput<typeof StoryFileSchema>;
export type VocabularyFile = v.InferOutput<typeof VocabularyFileSchema>;
export type ArticleEntry = v.InferOutput<typeof ArticleEntrySchema>;
export type ClaimEntry = v.InferOutput<typeof ClaimEntrySchema>;
export type DisputeEntry = v.InferOutput<typeof DisputeEntrySchema>;
