// A hand-made Dataset built from the five real source articles, for engine tests independent of build:data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formOf } from '../../../src/dataset/quotes';
import type { Article, Claim, Dataset, ParagraphRole } from '../../../src/dataset/types';

const DIR = join(import.meta.dirname, '../../../data/sharma-2022');

/** The non-empty lines of a source file: paragraph N is line N. */
export function sourceParagraphs(file: string): string[] {
  return readFileSync(join(DIR, 'articles', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

interface SourceFacts {
  file: string;
  outlet: string;
  headline: string;
  url: string;
  published: string;
}

const roles: Record<string, Record<number, ParagraphRole>> = {
  '000_de6308f5bd6f12f4.txt': { 13: 'credit' },
  '001_488dc5d0bf034273.txt': { 44: 'promo' },
  '002_097d684ba19901e5.txt': { 0: 'headline' },
  '003_80caf779e764ae7d.txt': { 0: 'caption' },
  '004_f67e6a7c87161c73.txt': { 0: 'headline' },
};

const A = '000_de6308f5bd6f12f4.txt';
const H1 = '001_488dc5d0bf034273.txt';
const N2 = '002_097d684ba19901e5.txt';
const H3 = '003_80caf779e764ae7d.txt';
const N4 = '004_f67e6a7c87161c73.txt';

type Ev = [file: string, paragraph: number, words: string];
const claimDefs: { id: string; claimant: string | null; kind: Claim['kind']; summary: string; evidence: Ev[] }[] = [
  { id: 'sharma-rampant-bullying', claimant: 'gaurav-sharma', kind: 'paraphrase', summary: 'Sharma: bullying of MPs is rampant', evidence: [
    [N4, 5, 'the stories of MPs being bullied with zero consequences "would easily fill a book or two"'],
    [H1, 1, 'detailed alleged bullying and gaslighting involving party whips and the Parliamentary Service'],
    [H3, 4, 'he wrote of "rampant" bullying of MPs in Parliament by other politicians and the parties to which they belong'],
  ] },
  { id: 'ardern-no-evidence', claimant: 'jacinda-ardern', kind: 'quote', summary: 'Ardern: no evidence of bullying', evidence: [
    [N4, 14, "I've seen no evidence of what has been framed as bullying"],
    [H1, 22, 'Ardern said she had "seen no evidence" of his allegations of bullying'],
    [A, 9, "Whilst I don't believe they have substantiated his claims of bullying"],
  ] },
  { id: 'labour-disputes-allegations', claimant: 'jacinda-ardern', kind: 'quote', summary: 'Ardern: Labour disputes the allegations', evidence: [
    [H1, 4, 'While we dispute the allegations that he has made'],
  ] },
  { id: 'jackson-never-seen', claimant: 'willie-jackson', kind: 'quote', summary: 'Jackson: never seen bullying in Labour', evidence: [
    [N4, 6, "I've never seen it. We're a great whanau"],
  ] },
  { id: 'webb-staff-issues', claimant: 'duncan-webb', kind: 'paraphrase', summary: "Webb: issues between Sharma and his staff known for a year", evidence: [
    [N4, 11, 'his office had become aware of issues between Dr Sharma and some of his staff a year ago'],
    [H1, 29, 'his office had become aware of "issues between Gaurav and some of his staff" a year ago'],
  ] },
  { id: 'staff-complaints', claimant: null, kind: 'report', summary: 'Staff complained about Sharma', evidence: [
    [N4, 7, "it's Dr Sharma who's had complaints made against him by his own staff"],
  ] },
  { id: 'sharma-webb-gaslit', claimant: 'gaurav-sharma', kind: 'paraphrase', summary: 'Sharma: Webb threatened and gaslit him', evidence: [
    [N4, 10, 'he instead claimed Webb threatened and gaslit him during the process'],
  ] },
  { id: 'sharma-wants-inquiry', claimant: 'gaurav-sharma', kind: 'paraphrase', summary: 'Sharma wants an independent public inquiry', evidence: [
    [H3, 1, 'has called for an independent and public inquiry into his allegations'],
  ] },
  { id: 'ardern-workplace', claimant: 'jacinda-ardern', kind: 'quote', summary: 'Ardern: Parliament must be free from bullying', evidence: [
    [H1, 2, 'Parliament, like any workplace, must be free from bullying and that expectation applies to everyone, including MPs'],
  ] },
];

const people = [
  { id: 'gaurav-sharma', name: 'Gaurav Sharma', aliases: ['Dr Sharma', 'Dr Gaurav Sharma', 'Sharma', 'Gaurav'], role: 'Labour MP for Hamilton West' },
  { id: 'jacinda-ardern', name: 'Jacinda Ardern', aliases: ['Ardern', 'Prime Minister'], role: 'Prime Minister' },
  { id: 'duncan-webb', name: 'Duncan Webb', aliases: ['Webb'], role: 'Labour chief whip' },
  { id: 'willie-jackson', name: 'Willie Jackson', aliases: ['Jackson'], role: 'Minister' },
];

/** The sample dataset (claims and disputes hand-picked; the real ones come from the lead's curated data). */
export function sampleDataset(): Dataset {
  const facts = (JSON.parse(readFileSync(join(DIR, 'sources.json'), 'utf8')) as { articles: SourceFacts[] }).articles;
  const claims: Claim[] = claimDefs.map((c) => ({
    id: c.id,
    claimant: c.claimant,
    claimantName: people.find((p) => p.id === c.claimant)?.name ?? null,
    kind: c.kind,
    summary: c.summary,
    note: null,
    // The form the source text shows: inside quotation marks or not (as build:data checks it).
    evidence: c.evidence.map(([file, paragraph, words]) => ({ file, paragraph, words, form: formOf(sourceParagraphs(file)[paragraph] ?? '', words), speaker: null, speakerName: null, derived: false })),
  }));
  const articles: Article[] = facts.map((f) => ({
    file: f.file,
    outlet: f.outlet,
    headline: f.headline,
    url: f.url,
    altUrls: [],
    published: f.published,
    paragraphs: sourceParagraphs(f.file).map((text, index) => {
      const role = roles[f.file]?.[index] ?? 'body';
      const own = claims.filter((c) => c.evidence.some((e) => e.file === f.file && e.paragraph === index));
      for (const c of own) {
        const e = c.evidence.find((x) => x.file === f.file && x.paragraph === index)!;
        if (!text.includes(e.words)) throw new Error(`evidence not verbatim: ${c.id} ${f.file}#${index}`);
      }
      return { index, text, role, claims: own.map((c) => c.id), context: own.length ? null : 'background' };
    }),
  }));
  return {
    format: 1,
    version: 'sample',
    story: {
      id: 'sharma-2022',
      title: "Gaurav Sharma's bullying allegations and Labour's response (August 2022)",
      summary: 'Labour MP Gaurav Sharma alleges bullying; Labour says the issues are staff complaints in his office.',
      people,
      timeline: [],
      signals: {
        gateWords: ['sharma', 'bullying'],
        terms: [
          { text: 'gaurav sharma', weight: 3 }, { text: 'bullying', weight: 2 }, { text: 'labour', weight: 1 },
          { text: 'caucus', weight: 1 }, { text: 'whip', weight: 1 }, { text: 'whips', weight: 1 },
          { text: 'hamilton west', weight: 2 }, { text: 'parliamentary service', weight: 1 }, { text: 'ardern', weight: 1 },
          { text: 'duncan webb', weight: 2 }, { text: 'by-election', weight: 1 }, { text: 'expelled', weight: 1 },
          { text: 'staff', weight: 1 }, { text: 'inquiry', weight: 1 },
        ],
        anchors: ['gaurav sharma'],
        mentions: ['sharma', 'dr sharma'],
        urls: [],
        heraldIds: ['DFLAUODS6STW3R5DFHI74SXMSY', 'CMCMLHYVZYIMNJLA6NGFGY5PAU'],
        window: { from: '2022-08-01', to: '2022-12-31' },
      },
    },
    articles,
    claims,
    disputes: [
      { id: 'bullying-in-labour', summary: 'Whether MPs, Sharma among them, were bullied in Labour', sides: [
        { label: 'Sharma: MPs are bullied', claims: ['sharma-rampant-bullying', 'sharma-webb-gaslit'] },
        { label: 'Labour: no evidence of bullying', claims: ['ardern-no-evidence', 'labour-disputes-allegations', 'jackson-never-seen'] },
      ] },
      { id: 'cause-of-dispute', summary: "What lies behind the row: bullying by whips, or staff problems in Sharma's office", sides: [
        { label: "Labour: staff issues in Sharma's office", claims: ['webb-staff-issues', 'staff-complaints'] },
        { label: 'Sharma: the whip threatened and gaslit him', claims: ['sharma-webb-gaslit'] },
      ] },
    ],
  };
}
