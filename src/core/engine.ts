// The engine's public API: createEngine(datasets).annotate(page) -> AnnotateResult, and the CLI projection.
import type { Article, Dataset } from '../dataset/types';
import type { AnnotateResult, CliOutput, MissingClaim, PageInput, ParagraphResult, StoryMatch } from './types';
import { type DatasetIndex, type Fingerprint, type IndexFingerprints, buildDatasetIndex } from './dataset-index';
import { type Candidate, type ParagraphMatch, matchParagraph, pageFingerprint, scoreCandidates, selectMatch } from './paragraph-match';
import { type ClaimHit, explainedBySource, matchClaims } from './claim-match';
import { type AddressMatch, type PageWords, STORY_THRESHOLD, matchAddress, namesCentralPerson, scoreStory } from './story-score';
import { type PageContext, annotateParagraph, refKey } from './annotations';
import { LOOKBACK, type ParaphraseLink, paraphraseLinks, viewParagraph } from './paraphrase';

/**
 * A page is one dataset article by content when this many of its paragraphs match that article...
 * (a new article re-quoting two or three paragraphs stays below it)
 */
const CONTENT_ARTICLE_MIN = 4;
/** ...and they are at least this share of that article's body paragraphs (a trimmed or paywalled copy still counts). */
const CONTENT_ARTICLE_SHARE = 0.4;

export interface Engine {
  /** Recognises the story, matches paragraphs and claims, and assembles the margin notes for one page. */
  annotate(page: PageInput): AnnotateResult;
  /** The best story's match for a page whether or not it reaches STORY_THRESHOLD: how near the line a page sits. */
  story(page: PageInput): StoryMatch | null;
}

interface Pass {
  index: DatasetIndex;
  fps: Fingerprint[];
  /** Scored candidates of each page paragraph, kept for matching again once the page's article is known. */
  scored: Candidate[][];
  matches: ParagraphMatch[];
  address: AddressMatch | null;
  story: StoryMatch;
  /** Each paragraph's claims in other words (computed once: story recognition and claims both use them). */
  paraphrased: ParaphraseLink[][] | null;
}

const distinctSources = (matches: readonly ParagraphMatch[]): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of matches) for (const c of m.source ? [m.source, ...m.merged] : []) out.set(refKey(c.para.file, c.para.paragraph), c.para.file);
  return out;
};

function firstPass(index: DatasetIndex, page: PageInput): Pass {
  const fps = page.paragraphs.map((t) => pageFingerprint(index, t));
  const address = matchAddress(index, page);
  const prefer = address?.article?.file ?? null;
  const scored = fps.map((fp) => scoreCandidates(index, fp));
  const matches = scored.map((c) => selectMatch(c, prefer));
  const headlineFp = page.headline ? pageFingerprint(index, page.headline) : null;
  const headline = headlineFp ? matchParagraph(index, headlineFp, prefer) : null;
  const sources = distinctSources(headline ? [...matches, headline] : matches);
  const words = { headline: headlineFp?.words ?? [], paragraphs: fps.map((fp) => fp.words) };
  const paraphrased = paraphrase(index, page, fps, matches, words);
  const stated = new Set(paraphrased?.flat().map((l) => l.claimId));
  const story = scoreStory(index, page, sources.size, address, words, stated.size);
  return { index, fps, scored, matches, address, story, paraphrased };
}

/**
 * Each paragraph's claims in other words, with the LOOKBACK paragraphs before it as context for "he"/"she". Skipped
 * on pages that never name the story's central person (nothing there can be the story's claim, and most pages a
 * reader opens are such pages) and on paragraphs that are a dataset paragraph (they report its claims only).
 */
function paraphrase(index: DatasetIndex, page: PageInput, fps: readonly Fingerprint[], matches: readonly ParagraphMatch[], words: PageWords): ParaphraseLink[][] | null {
  const p = index.paraphraser;
  if (!p || !namesCentralPerson(index, words)) return null;
  const views = fps.map((fp, i) => viewParagraph(p, fp.words, page.paragraphs[i]));
  const none = new Set<string>();
  return views.map((view, i) => (explainedBySource(matches[i]!) ? [] : paraphraseLinks(p, view, views.slice(Math.max(0, i - LOOKBACK), i), none)));
}

/** The dataset article most of the page's matched paragraphs come from, when they are enough to say it is that article. */
function articleByContent(pass: Pass): Article | null {
  const perFile = new Map<string, number>();
  for (const file of distinctSources(pass.matches).values()) perFile.set(file, (perFile.get(file) ?? 0) + 1);
  const [file, n] = [...perFile].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const article = pass.index.articleByFile.get(file);
  if (!article) return null;
  const body = article.paragraphs.filter((p) => p.role === 'body').length;
  return n >= Math.min(CONTENT_ARTICLE_MIN, body) && n >= CONTENT_ARTICLE_SHARE * body ? article : null;
}

function missingClaims(index: DatasetIndex, article: Article, results: readonly ParagraphResult[], own: ReadonlySet<string>): MissingClaim[] {
  const reported = new Set(results.flatMap((r) => r.claims));
  const out: MissingClaim[] = [];
  for (const claim of index.dataset.claims) {
    for (const e of claim.evidence) {
      if (e.file !== article.file || reported.has(claim.id) || own.has(refKey(e.file, e.paragraph))) continue;
      out.push({ claimId: claim.id, summary: claim.summary, claimant: claim.claimantName, file: e.file, paragraph: e.paragraph, words: e.words });
    }
  }
  return out;
}

function plain(page: PageInput): ParagraphResult[] {
  return page.paragraphs.map((text, index) => ({ index, text, source: null, claims: [], links: [], annotations: [] }));
}

function assemble(pass: Pass, page: PageInput): AnnotateResult {
  const { index } = pass;
  const article = pass.address?.article ?? articleByContent(pass);
  // Knowing the article admits its freely edited paragraphs and settles ties: match the rest again.
  const matches =
    article && !pass.address?.article
      ? pass.matches.map((m, i) => (m.source?.para.file === article.file ? m : selectMatch(pass.scored[i]!, article.file)))
      : pass.matches;
  const context: PageContext = { article, published: page.published ?? article?.published ?? null };
  const allOwn = new Set(distinctSources(matches).keys());
  const paragraphs = page.paragraphs.map((text, i): ParagraphResult => {
    const m = matches[i]!;
    const hits: ClaimHit[] = matchClaims(index, pass.fps[i]!, m, pass.fps[i - 1]?.words ?? [], pass.paraphrased?.[i]);
    const own = new Set(m.source ? [m.source, ...m.merged].map((c) => refKey(c.para.file, c.para.paragraph)) : []);
    const source = m.source
      ? { file: m.source.para.file, paragraph: m.source.para.paragraph, similarity: Math.round(m.source.similarity * 1000) / 1000 }
      : null;
    const links = hits.map((h) => ({
      claimId: h.claimId,
      summary: index.claimById.get(h.claimId)?.summary ?? '',
      via: h.via,
      speaker: h.why?.person ? (index.dataset.story.people.find((x) => x.id === h.why!.person)?.name ?? null) : null,
      terms: h.why?.terms ?? [],
    }));
    return { index: i, text, source, claims: hits.map((h) => h.claimId), links, annotations: annotateParagraph(index, hits, text, own, context) };
  });
  return {
    url: page.url,
    story: pass.story,
    article: article ? { file: article.file, outlet: article.outlet, headline: article.headline, published: article.published } : null,
    paragraphs,
    missing: article ? missingClaims(index, article, paragraphs, allOwn) : [],
  };
}

/**
 * Builds the indexes once (a few ms for the bundled dataset) and returns an engine reused for every page.
 * `fingerprints[i]`, when given, is `indexFingerprints(datasets[i])` computed earlier (the extension's build-time snapshot).
 */
export function createEngine(datasets: readonly Dataset[], fingerprints?: readonly IndexFingerprints[]): Engine {
  const indexes = datasets.map((d, i) => buildDatasetIndex(d, fingerprints?.[i]));
  const bestPass = (page: PageInput): Pass | undefined =>
    indexes.map((index) => firstPass(index, page)).sort((a, b) => b.story.score - a.story.score)[0];
  return {
    annotate(page) {
      const best = bestPass(page);
      if (!best || best.story.score < STORY_THRESHOLD) {
        return { url: page.url, story: null, article: null, paragraphs: plain(page), missing: [] };
      }
      return assemble(best, page);
    },
    story: (page) => bestPass(page)?.story ?? null,
  };
}

const engines = new WeakMap<readonly Dataset[], Engine>();

/** One-shot form of `createEngine(datasets).annotate(page)`; the engine is cached per datasets array. */
export function annotate(page: PageInput, datasets: readonly Dataset[]): AnnotateResult {
  let engine = engines.get(datasets);
  if (!engine) {
    engine = createEngine(datasets);
    engines.set(datasets, engine);
  }
  return engine.annotate(page);
}

/** Projects a result onto the public `counterpoint annotate` JSON shape (exactly the `CliOutput` keys). */
export function toCliOutput(result: AnnotateResult): CliOutput {
  return {
    url: result.url,
    story: result.story ? { id: result.story.id, title: result.story.title, score: result.story.score } : null,
    paragraphs: result.paragraphs.map((p) => ({
      index: p.index,
      text: p.text,
      source: p.source ? { file: p.source.file, paragraph: p.source.paragraph, similarity: p.source.similarity } : null,
      annotations: p.annotations.map((a) => ({
        kind: a.kind,
        file: a.file,
        paragraph: a.paragraph,
        outlet: a.outlet,
        claimant: a.claimant,
        published: a.published,
        url: a.url,
        quote: a.quote,
        form: a.form,
      })),
    })),
  };
}
