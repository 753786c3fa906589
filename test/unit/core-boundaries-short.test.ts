// Reports too short to find away from their own paragraph: an outlet's six-word stock line, a four-word quote.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { type Engine, createEngine } from '../../src/core/engine';
import { ownPage, storyCoverage } from '../fixtures/boundary/page';
import { SHORT_QUOTE, STOCK, WIRE_ARTICLE, withShortReports } from '../fixtures/boundary/short-reports';

// Built on first use, inside a test: a dataset these tests cannot load then fails the tests, not the file's import
// (Stryker's runner counts failed tests, not a file that fails while loading).
let built: Engine | undefined;
const engine = (): Engine => (built ??= createEngine([withShortReports(loadDatasets()[0]!)]));
const own = () => engine().annotate(ownPage(WIRE_ARTICLE, WIRE_ARTICLE.paragraphs.map((p) => p.text)));
/** The claims of `text` as the second paragraph of coverage of the story. */
const claimsOf = (text: string): string[] => engine().annotate(storyCoverage(['Labour MPs return to Wellington on Monday.', text])).paragraphs[1]!.claims;

describe("an outlet's six-word report with no one to attribute it to", () => {
  it('is found in its own paragraph', () => {
    expect(own().paragraphs[1]!.claims).toEqual([STOCK.claimId]);
  });

  it("is not that outlet's report when another page uses the stock line", () => {
    expect(claimsOf('Gaurav Sharma has been approached for comment by the Herald.')).not.toContain(STOCK.claimId);
  });
});

describe("a four-word quote", () => {
  it('is found in its own paragraph', () => {
    expect(own().paragraphs[2]!.claims).toEqual([SHORT_QUOTE.claimId]);
  });

  it("is not Ardern's claim on another page, even beside her name: too generic to be hers", () => {
    expect(claimsOf('Asked about the Budget, Ardern said: "I disagree with that."')).not.toContain(SHORT_QUOTE.claimId);
  });
});
