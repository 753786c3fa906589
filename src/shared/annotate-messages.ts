// The page <-> background annotate exchange: the page's extracted text goes out, the warm engine's notes come back.
//
// The background holds the dataset and the engine (background/warm-engine.ts); content/main sends what extraction
// read (PageInput, a few KB) and shows the answer. Both directions are validated by the receiver: the request in
// background/handlers.ts like every content message, the answer in content/main before anything is rendered.
// Limits are generous on purpose: a page the engine could annotate in the page must not be refused here.
import * as v from 'valibot';

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const NStr = (max: number) => v.nullable(Str(max));
const Int = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const Score = v.pipe(v.number(), v.minValue(0), v.maxValue(1e9));
/** A paragraph can be a whole page's text when a site puts the article in one element. */
const PARAGRAPH = 1_000_000;
const LINE = 20_000;
const LIST = 20_000;
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIST));

/** content/annotate: the page as extraction read it (src/core/types.ts PageInput). */
export const PageInputSchema = v.object({
  url: Str(LINE),
  canonicalUrl: NStr(LINE),
  headline: NStr(LINE),
  outlet: NStr(LINE),
  published: NStr(200),
  keywords: list(Str(LINE)),
  paragraphs: list(Str(PARAGRAPH)),
});

const AnnotationSchema = v.object({
  kind: v.picklist(['conflict', 'earlier']),
  file: Str(LINE),
  paragraph: Int,
  outlet: Str(LINE),
  claimant: NStr(LINE),
  published: Str(200),
  url: Str(LINE),
  headline: Str(LINE),
  quote: Str(PARAGRAPH),
  form: v.picklist(['quote', 'reported']),
  claimId: Str(LINE),
  summary: Str(LINE),
  dispute: v.nullable(v.object({ id: Str(LINE), summary: Str(LINE), side: Str(LINE) })),
  differsFrom: NStr(PARAGRAPH),
  orderUnknown: v.boolean(),
});

const ParagraphResultSchema = v.object({
  index: Int,
  text: Str(PARAGRAPH),
  source: v.nullable(v.object({ file: Str(LINE), paragraph: Int, similarity: Score })),
  claims: list(Str(LINE)),
  links: list(
    v.object({
      claimId: Str(LINE),
      summary: Str(LINE),
      via: v.picklist(['source', 'quote', 'restated', 'paraphrase']),
      speaker: NStr(LINE),
      terms: list(Str(LINE)),
    }),
  ),
  annotations: list(AnnotationSchema),
});

export const AnnotateResultSchema = v.object({
  url: Str(LINE),
  story: v.nullable(v.object({ id: Str(LINE), title: Str(LINE), score: Score, reasons: list(Str(LINE)) })),
  article: v.nullable(v.object({ file: Str(LINE), outlet: Str(LINE), headline: Str(LINE), published: Str(200) })),
  paragraphs: list(ParagraphResultSchema),
  missing: list(
    v.object({ claimId: Str(LINE), summary: Str(LINE), claimant: NStr(LINE), file: Str(LINE), paragraph: Int, words: Str(PARAGRAPH) }),
  ),
});

const EventSourceSchema = v.union([v.object({ file: Str(LINE), paragraph: Int }), v.object({ url: Str(LINE) })]);

/** The background's answer: the notes, and for a recognised story its timeline and source articles (the header's). */
export const AnnotatedSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    result: AnnotateResultSchema,
    timeline: list(v.object({ date: Str(200), what: Str(LINE), sources: list(EventSourceSchema), articles: list(Str(LINE)) })),
    articles: list(
      v.object({ file: Str(LINE), outlet: Str(LINE), url: Str(LINE), headline: Str(LINE), published: v.optional(Str(200)) }),
    ),
  }),
  v.object({ ok: v.literal(false), problem: Str(LINE) }),
]);
export type Annotated = v.InferOutput<typeof AnnotatedSchema>;
