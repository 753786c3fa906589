// Hand-made engine results for sidebar and content unit tests (the shapes of src/core/types.ts, no engine needed).

import type { Annotation, AnnotateResult } from '../../../src/core/types';
import type { TimelineEvent } from '../../../src/dataset/types';
import type { SourceArticle } from '../../../src/ui/sidebar/model';

const RNZ = 'https://www.rnz.co.nz/news/political/472903/prime-minister-jacinda-ardern-says-labour-caucus-to-meet-over-gaurav-sharma-situation';
const HERALD = 'https://www.nzherald.co.nz/nz/parliament-bullying-jacinda-ardern-says-gaurav-sharmas-claims-disputed-confirms-ongoing-staff-issues-in-her-mps-office/DFLAUODS6STW3R5DFHI74SXMSY/';

export function conflict(over: Partial<Annotation> = {}): Annotation {
  return {
    kind: 'conflict',
    file: '003_80caf779e764ae7d.txt',
    paragraph: 5,
    outlet: 'NZ Herald',
    claimant: 'Gaurav Sharma',
    published: '2022-08-13',
    url: 'https://www.nzherald.co.nz/nz/labour-partys-rogue-mp/CMCMLHYVZYIMNJLA6NGFGY5PAU/',
    headline: "Labour Party's rogue MP Dr Gaurav Sharma says he wants to stand again",
    quote: 'such bullying was "promoted and facilitated" by Parliamentary Service',
    claimId: 'sharma-bullying-rampant',
    summary: 'Sharma wrote that MPs are bullied in Parliament, and that the bullying is "rampant".',
    dispute: { id: 'bullying', summary: 'Whether MPs, Sharma among them, were bullied', side: 'Sharma: bullying is rampant' },
    differsFrom: null,
    orderUnknown: false,
    form: 'reported',
    ...over,
  };
}

export function earlier(over: Partial<Annotation> = {}): Annotation {
  return {
    kind: 'earlier',
    file: '001_488dc5d0bf034273.txt',
    paragraph: 3,
    outlet: 'NZ Herald',
    claimant: 'Jacinda Ardern',
    published: '2022-08-12',
    url: HERALD,
    headline: "Parliament bullying: Jacinda Ardern says Gaurav Sharma's claims disputed",
    quote: "Ardern told reporters Sharma's claims were disputed but she was concerned for Sharma's wellbeing.",
    claimId: 'ardern-disputes',
    summary: "Ardern says Sharma's claims are disputed.",
    dispute: null,
    differsFrom: "Ardern said Sharma's claims were disputed and she was worried for his wellbeing.",
    orderUnknown: false,
    form: 'reported',
    ...over,
  };
}

/** The source articles the sample timeline cites. */
export const ARTICLES: SourceArticle[] = [
  { file: '003_80caf779e764ae7d.txt', outlet: 'NZ Herald', url: 'https://www.nzherald.co.nz/nz/labour-partys-rogue-mp/CMCMLHYVZYIMNJLA6NGFGY5PAU/', headline: "Labour Party's rogue MP" },
  { file: '001_488dc5d0bf034273.txt', outlet: 'NZ Herald', url: HERALD, headline: "Parliament bullying: Jacinda Ardern says Gaurav Sharma's claims disputed" },
];

export const TIMELINE: TimelineEvent[] = [
  { date: '2022-08-11', what: "Sharma's column alleges rampant bullying", sources: [{ file: '003_80caf779e764ae7d.txt', paragraph: 4 }], articles: ['003_80caf779e764ae7d.txt'] },
  { date: '2022-08-12', what: 'Ardern speaks to media', sources: [{ file: '001_488dc5d0bf034273.txt', paragraph: 2 }], articles: ['001_488dc5d0bf034273.txt'] },
  { date: '2022-08-16', what: 'Caucus suspends Sharma', sources: [{ url: 'https://www.example.org/suspension' }], articles: [] },
];

/** An RNZ page with three paragraphs, two of them annotated, and one claim missing from the page. */
export function sampleResult(paragraphs: string[] = SAMPLE_PARAGRAPHS): AnnotateResult {
  return {
    url: RNZ,
    story: { id: 'sharma-2022', title: "Gaurav Sharma's bullying allegations", score: 0.9, reasons: [] },
    article: { file: '000_de6308f5bd6f12f4.txt', outlet: 'RNZ', headline: 'Caucus to meet', published: '2022-08-15T17:21:00+12:00' },
    paragraphs: paragraphs.map((text, index) => ({
      index,
      text,
      source: { file: '000_de6308f5bd6f12f4.txt', paragraph: index, similarity: 1 },
      claims: [],
      links: [],
      annotations: index === 1 ? [conflict(), earlier()] : index === 2 ? [earlier({ differsFrom: null })] : [],
    })),
    missing: [
      {
        claimId: 'sharma-hushed-up',
        summary: 'Sharma says his claims of misspent funding were hushed up',
        claimant: 'Gaurav Sharma',
        file: '000_de6308f5bd6f12f4.txt',
        paragraph: 3,
        words: 'his claims of misspent taxpayer funding were hushed up',
      },
    ],
  };
}

export const SAMPLE_PARAGRAPHS = [
  'Prime Minister Jacinda Ardern says the Labour caucus will meet this week to deal with the Gaurav Sharma situation.',
  'Ardern has been fending off accusations of bullying within the government from her party\'s own Hamilton West MP Gaurav Sharma.',
  'The caucus was not due to meet until next Tuesday, because it is a recess week at Parliament.',
];
