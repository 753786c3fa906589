// Where a source paragraph quotes someone: its quoted spans, and whether evidence words are a direct quote.

/** A form of report: the claimant's own words inside quotation marks, or reported speech / the outlet's own account. */
export type ReportForm = 'quote' | 'reported';

const QUOTE_MARKS = /["\u201C\u201D]/g;
/** Characters that may stand at the edge of evidence words without changing what they quote. */
const EDGE = /^["\u201C\u201D'\s]+|["\u201C\u201D\s]+$/g;

/**
 * The [start, end) spans of a paragraph that sit inside quotation marks. Marks pair up in order; an opening
 * mark left unclosed runs to the end of the paragraph (news style for a quote that continues in the next one).
 */
export function quotedSpans(paragraph: string): [number, number][] {
  const marks = [...paragraph.matchAll(QUOTE_MARKS)].map((m) => m.index);
  const spans: [number, number][] = [];
  for (let i = 0; i < marks.length; i += 2) {
    const open = marks[i]!;
    const close = marks[i + 1] ?? paragraph.length;
    spans.push([open + 1, close]);
  }
  return spans;
}

/**
 * True when `words` (found verbatim in `paragraph`) lie wholly inside one quoted span: the words are the
 * quoted person's own. Quotation marks at the edges of `words` are allowed.
 */
export function isDirectQuote(paragraph: string, words: string): boolean {
  const at = paragraph.indexOf(words);
  if (at < 0) return false;
  const core = words.replace(EDGE, '');
  if (core.length === 0) return false;
  const start = at + words.indexOf(core);
  const end = start + core.length;
  if (QUOTE_MARKS.test(core)) {
    QUOTE_MARKS.lastIndex = 0;
    return false;
  }
  return quotedSpans(paragraph).some(([s, e]) => start >= s && end <= e);
}

/** The form the text itself shows: a direct quote when the words sit inside quotation marks, else reported. */
export function formOf(paragraph: string, words: string): ReportForm {
  return isDirectQuote(paragraph, words) ? 'quote' : 'reported';
}

/** Words that open a clause: evidence may start right after one, or end right before one. */
const JOINERS = 'and|but|while|whilst|though|although|because|so|or|where|which|that|saying|including';
const CLAUSE_BEFORE = /(?:^|[.?!:;,]["\u201D]?\s+|["\u201C]\s*|\s[-\u2013\u2014]\s+|\.\.\.\s+)$/;
const JOINER_BEFORE = new RegExp(`\\b(?:${JOINERS})\\s+$`, 'i');
const CLAUSE_AFTER = new RegExp(`^(?:$|[.?!,;:"\u201D]|\\s+[-\u2013\u2014]\\s|\\s*\\.\\.\\.|\\s+(?:${JOINERS})\\b)`, 'i');
const DASH = /\s[-\u2013\u2014]\s/g;
const STARTS_WITH_JOINER = new RegExp(`^(?:${JOINERS})\\b`, 'i');
/** Evidence that itself ends a sentence or clause needs no boundary after it. */
const ENDS_CLAUSE = /[.?!,;:"\u201D]$/;

/**
 * Why `words` are not a whole sentence or clause of `paragraph` (cut mid-phrase or across a dash), or null
 * when they start and end at a clause boundary. A cut loses hedges and attribution ("But Newshub understands").
 */
export function clauseCut(paragraph: string, words: string): string | null {
  const at = paragraph.indexOf(words);
  if (at < 0) return null;
  const before = paragraph.slice(0, at);
  const after = paragraph.slice(at + words.length);
  // Paired dashes mark an aside ("ministers - namely Hipkins and Jackson - have said"): keep it whole or leave it out.
  const dashes = (s: string) => s.match(DASH)?.length ?? 0;
  if (dashes(paragraph) % 2 === 0 && dashes(words) % 2 === 1) return 'cuts across a dash: keep the aside between two dashes whole, or leave it out';
  if (!CLAUSE_BEFORE.test(before) && !JOINER_BEFORE.test(before) && !STARTS_WITH_JOINER.test(words)) {
    return `starts mid-phrase, after "${before.slice(-30).trimStart()}"`;
  }
  if (!ENDS_CLAUSE.test(words) && !CLAUSE_AFTER.test(after)) return `ends mid-phrase, before "${after.slice(0, 30).trimEnd()}"`;
  return null;
}
