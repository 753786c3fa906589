// Cross-record checks on parsed story files: references, verbatim evidence, duplicates and paragraph coverage.
import type { Problem } from './problems';
import { splitParagraphs } from './paragraphs';
import { clauseCut, formOf } from './quotes';
import type { ArticleEntry, ClaimEntry, DisputeEntry, StoryFile } from './schema';

interface Inputs {
  dir: string;
  story: StoryFile;
  articles: ArticleEntry[];
  claims: ClaimEntry[];
  disputes: DisputeEntry[];
  texts: Record<string, string>;
}

function preview(text: string): string {
  return text.length > 60 ? `"${text.slice(0, 57)}..."` : `"${text}"`;
}

function duplicates<T>(items: T[], key: (item: T) => string, report: (item: T, index: number) => void): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) report(item, index);
    seen.add(k);
  });
}

/**
 * Capitalised words (names, titles: "Speaker", "Trevor"), each with whether it opens a sentence or a label
 * (where any word is capitalised, so only its lower-case use needs support).
 */
function capitalisedWords(text: string): { word: string; opener: boolean }[] {
  const out: { word: string; opener: boolean }[] = [];
  for (const m of text.matchAll(/(^|[.?!:;]\s+|["'(\s])([A-Z][\p{L}'\u2019-]*)/gu)) {
    out.push({ word: m[2]!.replace(/(?:'s|\u2019s|')$/, ''), opener: m[1] === '' || /[.?!:;]/.test(m[1]!) });
  }
  return out;
}

/** Every problem that needs more than one record to see. Empty when the story is consistent. */
export function checkStory(input: Inputs): Problem[] {
  const { dir, story, articles, claims, disputes, texts } = input;
  const problems: Problem[] = [];
  const at = (file: string, record: string, field: string, message: string) =>
    problems.push({ file: `${dir}/${file}`, record, field, message });

  const people = new Set(story.people.map((p) => p.id));
  duplicates(story.people, (p) => p.id, (p, i) => at('story.yaml', 'story', `people[${i}].id`, `duplicate id "${p.id}"`));
  duplicates(articles, (a) => a.file, (a) => at('articles.yaml', `article ${a.file}`, 'file', 'listed twice'));
  duplicates(claims, (c) => c.id, (c) => at('claims.yaml', `claim ${c.id}`, 'id', 'duplicate id'));
  duplicates(disputes, (d) => d.id, (d) => at('disputes.yaml', `dispute ${d.id}`, 'id', 'duplicate id'));

  // Paragraphs of each article, and which body paragraphs carry claims.
  const paragraphs = new Map<string, string[]>();
  const roles = new Map<string, Map<number, string>>();
  for (const a of articles) {
    const text = texts[a.file];
    if (text === undefined) {
      at('articles.yaml', `article ${a.file}`, 'file', `no such file in ${dir}/articles/`);
      continue;
    }
    const paras = splitParagraphs(text);
    paragraphs.set(a.file, paras);
    const r = new Map<number, string>();
    for (const [k, role] of Object.entries(a.roles)) {
      if (Number(k) >= paras.length) at('articles.yaml', `article ${a.file}`, `roles.${k}`, `paragraph ${k} does not exist (the article has ${paras.length}, numbered from 0)`);
      r.set(Number(k), role);
    }
    roles.set(a.file, r);
  }
  for (const file of Object.keys(texts)) {
    if (!articles.some((a) => a.file === file)) at('articles.yaml', `article ${file}`, '-', `${dir}/articles/${file} is not listed`);
  }
  for (const [i, event] of story.timeline.entries()) {
    event.sources.forEach((s, j) => {
      if (!('file' in s)) return;
      const field = `timeline[${i}].sources[${j}]`;
      const paras = paragraphs.get(s.file);
      if (!paras) at('story.yaml', 'story', `${field}.file`, `unknown article "${s.file}"`);
      else if (s.paragraph >= paras.length) at('story.yaml', 'story', `${field}.paragraph`, `paragraph ${s.paragraph} does not exist in ${s.file} (it has ${paras.length}, numbered from 0)`);
    });
  }

  const covered = new Map<string, Set<number>>();
  for (const claim of claims) {
    const record = `claim ${claim.id}`;
    if (claim.claimant !== null && !people.has(claim.claimant)) at('claims.yaml', record, 'claimant', `unknown person "${claim.claimant}" (not in story.yaml people)`);
    claim.evidence.forEach((e, i) => {
      const field = `evidence[${i}]`;
      const paras = paragraphs.get(e.article);
      if (!paras) return void at('claims.yaml', record, `${field}.article`, `unknown article "${e.article}"`);
      const para = paras[e.paragraph];
      if (para === undefined) return void at('claims.yaml', record, `${field}.paragraph`, `paragraph ${e.paragraph} does not exist in ${e.article} (it has ${paras.length}, numbered from 0)`);
      const role = roles.get(e.article)?.get(e.paragraph) ?? 'body';
      if (role !== 'body') at('claims.yaml', record, `${field}.paragraph`, `paragraph ${e.paragraph} of ${e.article} is a ${role}, not body text`);
      if (!para.includes(e.words)) at('claims.yaml', record, `${field}.words`, `${preview(e.words)} not found verbatim in ${e.article} paragraph ${e.paragraph}: ${preview(para)}`);
      else {
        const cut = clauseCut(para, e.words);
        if (cut) at('claims.yaml', record, `${field}.words`, `${preview(e.words)} is not a whole sentence or clause: it ${cut}`);
        const form = formOf(para, e.words);
        if (e.form === 'quote' && form !== 'quote') at('claims.yaml', record, `${field}.form`, `"quote", but ${preview(e.words)} is not inside quotation marks in ${e.article} paragraph ${e.paragraph}: use "reported"`);
        if (e.form === 'reported' && form === 'quote') at('claims.yaml', record, `${field}.form`, `"reported", but ${preview(e.words)} sits inside quotation marks: use "quote"`);
      }
      if (e.by && !people.has(e.by)) at('claims.yaml', record, `${field}.by`, `unknown person "${e.by}"`);
      let set = covered.get(e.article);
      if (!set) covered.set(e.article, (set = new Set()));
      set.add(e.paragraph);
    });
  }

  const claimIds = new Set(claims.map((c) => c.id));
  for (const d of disputes) {
    const sideOf = new Map<string, number>();
    d.sides.forEach((side, s) => {
      side.claims.forEach((id, c) => {
        const field = `sides[${s}].claims[${c}]`;
        if (!claimIds.has(id)) at('disputes.yaml', `dispute ${d.id}`, field, `names missing claim "${id}"`);
        const other = sideOf.get(id);
        if (other !== undefined && other !== s) at('disputes.yaml', `dispute ${d.id}`, field, `claim "${id}" is on sides ${other} and ${s}`);
        sideOf.set(id, s);
      });
    });
  }

  // Names and titles in our own words (labels, summaries, notes, roles, timeline) must come from the texts.
  // An event sourced by a public URL may name what the articles do not (a later by-election's winner).
  const corpus = [...Object.values(texts), ...story.people.flatMap((p) => [p.name, ...p.aliases])].join('\n');
  const words = new Set(corpus.split(/[^\p{L}'\u2019-]+/u).map((w) => w.replace(/(?:'s|\u2019s|')$/, '')));
  const lower = new Set([...words].map((w) => w.toLowerCase()));
  const unsupported = (file: string, record: string, field: string, text: string) => {
    const missing = capitalisedWords(text)
      .filter(({ word, opener }) => !words.has(word) && !(opener && lower.has(word.toLowerCase())))
      .map(({ word }) => word);
    if (missing.length) at(file, record, field, `names "${missing.join('", "')}", which no article or person record supports`);
  };
  story.people.forEach((p, i) => unsupported('story.yaml', 'story', `people[${i}].role`, p.role));
  story.timeline.forEach((e, i) => {
    if (e.sources.every((s) => 'file' in s)) unsupported('story.yaml', 'story', `timeline[${i}].what`, e.what);
  });
  for (const c of claims) {
    unsupported('claims.yaml', `claim ${c.id}`, 'summary', c.summary);
    if (c.note) unsupported('claims.yaml', `claim ${c.id}`, 'note', c.note);
  }
  for (const d of disputes) {
    unsupported('disputes.yaml', `dispute ${d.id}`, 'summary', d.summary);
    d.sides.forEach((s, i) => unsupported('disputes.yaml', `dispute ${d.id}`, `sides[${i}].label`, s.label));
  }

  // Coverage: every body paragraph carries a claim or says why not; context only where it is needed.
  for (const a of articles) {
    const paras = paragraphs.get(a.file);
    if (!paras) continue;
    for (const k of Object.keys(a.context)) {
      const n = Number(k);
      const field = `context.${k}`;
      if (n >= paras.length) at('articles.yaml', `article ${a.file}`, field, `paragraph ${k} does not exist`);
      else if ((roles.get(a.file)?.get(n) ?? 'body') !== 'body') at('articles.yaml', `article ${a.file}`, field, `paragraph ${k} is not body text; context reasons are for body paragraphs`);
      else if (covered.get(a.file)?.has(n)) at('articles.yaml', `article ${a.file}`, field, `paragraph ${k} carries claims; remove the context reason`);
    }
    paras.forEach((para, n) => {
      const role = roles.get(a.file)?.get(n) ?? 'body';
      if (role === 'body' && !covered.get(a.file)?.has(n) && a.context[String(n)] === undefined) {
        at('articles.yaml', `article ${a.file}`, `paragraph ${n}`, `body paragraph ${preview(para)} has neither a claim nor a context reason`);
      }
    });
  }
  return problems;
}
