// Cross-record checks on parsed story files: references, verbatim evidence, duplicates and paragraph coverage.
import type { Problem } from './problems';
import { splitParagraphs } from './paragraphs';
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
    for (const file of event.articles) if (!paragraphs.has(file)) at('story.yaml', 'story', `timeline[${i}].articles`, `unknown article "${file}"`);
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
