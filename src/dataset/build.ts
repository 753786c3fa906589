// Turns a story's curated files and article texts into a checked Dataset, or the list of what is wrong.
import { byPublished } from '../core/published';
import { findRestatement, prepareEvidence, prepareParagraph, type PreparedParagraph } from './derive';
import { checkStory } from './check';
import { checkVocabulary } from './check-vocabulary';
import { formOf } from './quotes';
import { splitParagraphs } from './paragraphs';
import { parseStorySource, type StorySource } from './parse';
import type { Problem } from './problems';
import type { ArticleEntry, ClaimEntry, StoryFile } from './schema';
import type { Article, Claim, Dataset, Evidence } from './types';

export type { StorySource } from './parse';

/** A dataset without its content hash; `scripts/build-data.ts` adds the version. */
export type UnversionedDataset = Omit<Dataset, 'version'>;

export type BuildResult = { ok: true; dataset: UnversionedDataset } | { ok: false; problems: Problem[] };

const HERALD_ID = /\/([A-Z0-9]{26})\/?$/;

function assembleArticles(entries: ArticleEntry[], texts: Record<string, string>): Article[] {
  return entries.map((a) => ({
    file: a.file,
    outlet: a.outlet,
    headline: a.headline,
    url: a.url,
    altUrls: a.altUrls,
    published: a.published,
    paragraphs: splitParagraphs(texts[a.file] ?? '').map((text, index) => ({
      index,
      text,
      role: a.roles[String(index)] ?? 'body',
      claims: [],
      context: a.context[String(index)] ?? null,
    })),
  }));
}

/** Curated evidence plus restatements found in articles that the curated file does not cite for the claim. */
function collectEvidence(claim: ClaimEntry, articles: Article[], names: Map<string, string>, prepared: Map<string, PreparedParagraph[]>): Evidence[] {
  const speaker = (by: string | null | undefined) => (by === undefined ? claim.claimant : by);
  const curated: Evidence[] = claim.evidence.map((e) => ({
    file: e.article,
    paragraph: e.paragraph,
    words: e.words,
    form: e.form,
    speaker: speaker(e.by),
    speakerName: names.get(speaker(e.by) ?? '') ?? null,
    derived: false,
  }));
  const cited = new Set(curated.map((e) => e.file));
  const needles = curated.map((e) => prepareEvidence(e.words, claim.kind === 'quote'));
  const derived: Evidence[] = [];
  for (const article of articles) {
    if (cited.has(article.file)) continue;
    for (const p of article.paragraphs) {
      const para = prepared.get(article.file)?.[p.index];
      if (p.role !== 'body' || !para) continue;
      const hit = needles
        .map((e) => findRestatement(e, claim.kind === 'quote', para))
        .find((w): w is string => w !== null);
      if (hit) {
        // A restatement found by text alone cannot tell who is speaking; it keeps the claimant.
        derived.push({ file: article.file, paragraph: p.index, words: hit, form: formOf(p.text, hit), speaker: claim.claimant, speakerName: names.get(claim.claimant ?? '') ?? null, derived: true });
        break;
      }
    }
  }
  const order = new Map(articles.map((a, i) => [a.file, i]));
  const published = new Map(articles.map((a) => [a.file, a.published]));
  return [...curated, ...derived]
    .sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.paragraph - b.paragraph)
    .sort((a, b) => byPublished(published.get(a.file), published.get(b.file)));
}

function heraldIds(articles: Article[]): string[] {
  const ids = new Set<string>();
  for (const a of articles) for (const url of [a.url, ...a.altUrls]) {
    const m = HERALD_ID.exec(new URL(url).pathname);
    if (m?.[1] && new URL(url).hostname.endsWith('nzherald.co.nz')) ids.add(m[1]);
  }
  return [...ids];
}

function assembleStory(story: StoryFile, articles: Article[]): Dataset['story'] {
  const urls = new Set([...story.signals.urls, ...articles.flatMap((a) => [a.url, ...a.altUrls])]);
  return {
    id: story.id,
    title: story.title,
    summary: story.summary,
    people: story.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, role: p.role })),
    timeline: story.timeline.map((e) => ({
      date: e.date,
      what: e.what,
      sources: e.sources.map((s) => ('url' in s ? { url: s.url } : { file: s.file, paragraph: s.paragraph })),
      articles: [...new Set(e.sources.flatMap((s) => ('file' in s ? [s.file] : [])))],
    })),
    signals: {
      gateWords: story.signals.gateWords,
      anchors: story.signals.anchors.map((a) => a.toLowerCase()),
      terms: story.signals.terms.map((t) => ({ text: t.text.toLowerCase(), weight: t.weight })),
      urls: [...urls],
      heraldIds: [...new Set([...story.signals.heraldIds, ...heraldIds(articles)])],
      window: story.signals.window,
    },
  };
}

/** Every problem in a story's sources (empty when it is valid), without assembling the dataset. */
export function validateStory(source: StorySource): Problem[] {
  const problems: Problem[] = [];
  const { story, articles, claims, disputes, vocabulary } = parseStorySource(source, problems);
  if (!story || !articles || !claims || !disputes || !vocabulary) return problems;
  return [
    ...checkStory({ dir: source.dir, story, articles, claims, disputes, texts: source.texts }),
    ...checkVocabulary(source.dir, vocabulary, story, claims),
  ];
}

/** Validates a story's sources and assembles its dataset; every problem is reported, none is thrown. */
export function buildDataset(source: StorySource): BuildResult {
  const problems: Problem[] = [];
  const parsed = parseStorySource(source, problems);
  const { story, articles: entries, claims: claimEntries, disputes, vocabulary } = parsed;
  if (!story || !entries || !claimEntries || !disputes || !vocabulary) return { ok: false, problems };
  problems.push(...checkStory({ dir: source.dir, story, articles: entries, claims: claimEntries, disputes, texts: source.texts }));
  problems.push(...checkVocabulary(source.dir, vocabulary, story, claimEntries));
  if (problems.length > 0) return { ok: false, problems };

  const articles = assembleArticles(entries, source.texts);
  const names = new Map(story.people.map((p) => [p.id, p.name]));
  const prepared = new Map(articles.map((a) => [a.file, a.paragraphs.map((p) => prepareParagraph(p.text))]));
  const claims: Claim[] = claimEntries.map((c) => ({
    id: c.id,
    claimant: c.claimant,
    claimantName: c.claimant === null ? null : (names.get(c.claimant) ?? null),
    kind: c.kind,
    summary: c.summary,
    note: c.note ?? null,
    evidence: collectEvidence(c, articles, names, prepared),
  }));
  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const claim of claims) {
    for (const e of claim.evidence) {
      const p = byFile.get(e.file)?.paragraphs[e.paragraph];
      if (p && !p.claims.includes(claim.id)) p.claims.push(claim.id);
    }
  }
  return {
    ok: true,
    dataset: {
      format: 1,
      story: assembleStory(story, articles),
      articles,
      claims,
      disputes: disputes.map((d) => ({ id: d.id, summary: d.summary, sides: d.sides.map((s) => ({ label: s.label, claims: s.claims })) })),
      ...(Object.keys(vocabulary.claims).length > 0 ? { vocabulary } : {}),
    },
  };
}
