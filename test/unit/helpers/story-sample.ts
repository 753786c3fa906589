// A tiny hand-made story for the story page's tests: articles at chosen times, claims with chosen forms, one dispute.

import { readFileSync } from 'node:fs';
import type { Article, Claim, Dataset, Evidence, TimelineEvent } from '../../../src/dataset/types';

/** The dataset `npm run build:data` wrote (the tests that need every dispute and claim read it, never a copy). */
export function builtDatasets(): Dataset[] {
  return JSON.parse(readFileSync('build/data/datasets.json', 'utf8')) as Dataset[];
}

export function article(file: string, outlet: string, published: string, texts: string[] = ['Body.']): Article {
  return {
    file,
    outlet,
    headline: `${outlet} headline ${file}`,
    url: `https://www.${outlet.toLowerCase().replace(/\s+/g, '')}.co.nz/news/${file.replace('.txt', '')}`,
    altUrls: [],
    published,
    paragraphs: texts.map((text, index) => ({ index, text, role: 'body', claims: [], context: null })),
  };
}

export function evidence(file: string, words: string, over: Partial<Evidence> = {}): Evidence {
  return { file, paragraph: 0, words, form: 'reported', speaker: null, speakerName: null, derived: false, ...over };
}

export function claim(id: string, claimant: [string, string] | null, ev: Evidence[], over: Partial<Claim> = {}): Claim {
  return {
    id,
    claimant: claimant?.[0] ?? null,
    claimantName: claimant?.[1] ?? null,
    kind: 'paraphrase',
    summary: `Summary of ${id}`,
    note: null,
    evidence: ev.map((e) => ({ ...e, speaker: e.speaker ?? claimant?.[0] ?? null, speakerName: e.speakerName ?? claimant?.[1] ?? null })),
    ...over,
  };
}

export const SHARMA: [string, string] = ['sharma', 'Gaurav Sharma'];
export const ARDERN: [string, string] = ['ardern', 'Jacinda Ardern'];
export const WEBB: [string, string] = ['webb', 'Duncan Webb'];

/**
 * Four articles: Herald and Newshub on 12 Aug with no times (order unknown), Herald on 13 Aug, RNZ on 15 Aug at
 * 5:21 pm. Sharma's side is first reported by both on the 12th; the other side by the Herald alone on the 12th.
 */
export function sampleStory(over: { timeline?: TimelineEvent[]; claims?: Claim[] } = {}): Dataset {
  const articles = [
    article('a.txt', 'NZ Herald', '2022-08-12', ['Sharma said bullying was rampant in Parliament.', 'Ardern said she had seen no evidence.']),
    article('b.txt', 'Newshub', '2022-08-12', ['Sharma claims bullying is rampant in Parliament, he said.']),
    article('c.txt', 'NZ Herald', '2022-08-13', ['Webb said his office acted in good faith.']),
    article('d.txt', 'RNZ', '2022-08-15T17:21:00+12:00', ['"I have seen no evidence," Ardern said.']),
  ];
  const claims = over.claims ?? [
    claim('sharma-rampant', SHARMA, [
      evidence('b.txt', 'Sharma claims bullying is rampant in Parliament'),
      evidence('a.txt', 'Sharma said bullying was rampant in Parliament.'),
    ]),
    claim('ardern-no-evidence', ARDERN, [
      evidence('d.txt', 'I have seen no evidence', { form: 'quote' }),
      evidence('a.txt', 'Ardern said she had seen no evidence.', { paragraph: 1 }),
    ]),
    claim('webb-good-faith', WEBB, [evidence('c.txt', 'Webb said his office acted in good faith.')]),
  ];
  for (const c of claims) for (const e of c.evidence) articles.find((a) => a.file === e.file)?.paragraphs[e.paragraph]?.claims.push(c.id);
  return {
    format: 1,
    version: 'sample',
    story: {
      id: 'sample-story',
      title: 'A sample story',
      summary: 'Someone alleged something; others disputed it.',
      people: [
        { id: 'sharma', name: 'Gaurav Sharma', aliases: [], role: 'MP' },
        { id: 'ardern', name: 'Jacinda Ardern', aliases: [], role: 'PM' },
        { id: 'webb', name: 'Duncan Webb', aliases: [], role: 'Whip' },
        { id: 'nobody', name: 'Not In Any Claim', aliases: [], role: '' },
      ],
      timeline: over.timeline ?? [
        { date: '2022-08-11', what: 'The column is published.', sources: [{ file: 'a.txt', paragraph: 0 }], articles: ['a.txt'] },
        { date: '2022-08-23', what: 'The caucus expels Sharma.', sources: [{ url: 'https://www.1news.co.nz/2022/08/23/expelled' }], articles: [] },
      ],
      signals: { gateWords: ['sharma'], terms: [], anchors: [], mentions: [], urls: [], heraldIds: [], window: { from: '2022-08-01', to: '2022-12-31' } },
    },
    articles,
    claims,
    disputes: [
      {
        id: 'bullying',
        summary: 'Whether MPs are bullied.',
        sides: [
          { label: 'Sharma: bullying is rampant', claims: ['sharma-rampant'] },
          { label: 'Ardern and Webb: no evidence; good faith', claims: ['ardern-no-evidence', 'webb-good-faith'] },
        ],
      },
    ],
  };
}
