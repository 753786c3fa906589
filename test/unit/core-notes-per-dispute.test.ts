// Which conflicting accounts a paragraph gets: every dispute it touches, each opposing side's best account first.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import type { AnnotateResult, Annotation, PageInput } from '../../src/core/types';
import { MAX_CONFLICTS_PER_PARAGRAPH } from '../../src/core/annotations';
import { loadFixtures, scoreFixture } from '../fixtures/pages/replay';
import { sourceParagraphs } from './helpers/sample-dataset';

const datasets = loadDatasets();
const engine = createEngine(datasets);
const dataset = datasets[0]!;
const HERALD = dataset.articles.find((a) => a.file.startsWith('001_'))!;

function heraldPage(): AnnotateResult {
  const page: PageInput = {
    url: HERALD.url,
    canonicalUrl: null,
    headline: HERALD.headline,
    outlet: 'NZ Herald',
    published: HERALD.published,
    keywords: [],
    paragraphs: sourceParagraphs(HERALD.file),
  };
  return engine.annotate(page);
}

/** Dispute ids a paragraph's claims sit on a side of. */
function disputesTouched(claims: readonly string[]): Set<string> {
  return new Set(dataset.disputes.filter((d) => d.sides.some((s) => s.claims.some((c) => claims.includes(c)))).map((d) => d.id));
}

const conflictsOf = (annotations: Annotation[]) => annotations.filter((a) => a.kind === 'conflict');

describe('notes per dispute', () => {
  it('the Herald paragraph "claims were disputed but she was concerned for his wellbeing" shows both the bullying and the support dispute', () => {
    const p = heraldPage().paragraphs.find((x) => x.text.includes('concerned for Sharma'))!;
    const shown = new Set(conflictsOf(p.annotations).map((a) => a.dispute!.id));
    expect(shown).toEqual(new Set(['bullying-in-labour', 'support']));
    // Sharma's own words answer the wellbeing concern.
    const support = conflictsOf(p.annotations).filter((a) => a.dispute!.id === 'support');
    expect(support[0]).toMatchObject({ claimant: 'Gaurav Sharma', form: 'quote' });
  });

  it('on every fixture page, no dispute gets a second account while another dispute the paragraph touches has none', () => {
    let checked = 0;
    for (const fx of loadFixtures().filter((f) => f.expected.story !== null)) {
      const result = scoreFixture(engine, fx).result;
      for (const p of result.paragraphs) {
        const conflicts = conflictsOf(p.annotations);
        if (conflicts.length === 0) continue;
        checked++;
        const perDispute = new Map<string, number>();
        for (const a of conflicts) perDispute.set(a.dispute!.id, (perDispute.get(a.dispute!.id) ?? 0) + 1);
        const touched = disputesTouched(p.claims);
        const missing = [...touched].filter((d) => !perDispute.has(d) && hasOtherSide(d, p.claims));
        expect({ page: fx.name, paragraph: p.index, missing }).toEqual({ page: fx.name, paragraph: p.index, missing: [] });
        if (Math.max(...perDispute.values()) > 1) expect(conflicts.length).toBeLessThanOrEqual(Math.max(MAX_CONFLICTS_PER_PARAGRAPH, perDispute.size));
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("shows a claimant's own quoted words before any report of the same claim (Jackson: \"I've never seen it\")", () => {
    const withJackson = heraldPage().paragraphs.flatMap((p) => conflictsOf(p.annotations)).filter((a) => a.claimId === 'jackson-never-seen');
    for (const a of withJackson) expect(a).toMatchObject({ form: 'quote', quote: "I've never seen it. We're a great whanau" });
    // And across the Herald page: whenever a claim with a quoted report is shown, the quote is what is shown.
    const quoted = new Set(dataset.claims.filter((c) => c.evidence.some((e) => e.form === 'quote')).map((c) => c.id));
    const shown = heraldPage().paragraphs.flatMap((p) => conflictsOf(p.annotations));
    expect(shown.filter((a) => quoted.has(a.claimId) && a.form !== 'quote' && a.file !== HERALD.file)).toEqual([]);
  });
});

/** Whether a dispute has a side the paragraph's claims are not on (so there is someone to disagree). */
function hasOtherSide(disputeId: string, claims: readonly string[]): boolean {
  const d = dataset.disputes.find((x) => x.id === disputeId)!;
  return d.sides.some((s) => !s.claims.some((c) => claims.includes(c)));
}

