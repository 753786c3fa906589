// Claims in other words, read the way a reader does: sentence by sentence, "not" as meaning, a quote as its speaker's.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/cli/run';
import { createEngine } from '../../src/core/engine';
import { storyCoverage } from '../fixtures/boundary/page';

const engine = createEngine(loadDatasets());

/** The claims of the last of `paragraphs` on coverage of the story. */
function claimsOfLast(...paragraphs: string[]): string[] {
  const r = engine.annotate(storyCoverage(paragraphs));
  expect(r.story?.id).toBe('sharma-2022');
  return r.paragraphs.at(-1)!.claims;
}

describe('the sentence that states a claim', () => {
  const letter = 'Lost in all the sympathy for Sharma is the fact that his own staff complained about him.';
  const opinion =
    ' Those workers deserve every protection the law can give them, as much as any politician, whatever the party thinks of it.';

  it('is what the claim must explain: an opinion after it does not hide it', () => {
    expect(claimsOfLast(letter)).toContain('staff-complaints-against-sharma');
    expect(claimsOfLast(letter + opinion)).toContain('staff-complaints-against-sharma');
  });

  it('still has to be mostly about the claim: a long sentence that merely touches its words is not it', () => {
    const passing =
      'Sharma, whose own staff complained about a parking dispute at the Hamilton electorate office, spent the morning at the agricultural field days, the farmers market, the rowing regatta and a school prizegiving.';
    expect(claimsOfLast(passing)).not.toContain('staff-complaints-against-sharma');
    // ...and so it is when another sentence follows it: the claim's own sentence is what it must explain.
    expect(claimsOfLast(`${passing} He left at noon.`)).not.toContain('staff-complaints-against-sharma');
  });
});

describe('a negated word', () => {
  it('does not state what the claim says plainly: "would not gather" is not "will convene"', () => {
    expect(claimsOfLast('Ardern said the caucus would convene this week to deal with the Sharma situation.')).toContain('ardern-caucus-to-meet');
    expect(claimsOfLast('Ardern said the caucus would not convene this week to deal with the Sharma situation.')).not.toContain(
      'ardern-caucus-to-meet',
    );
  });

  it('states the claim only negated when the evidence says it negated: "will not convene" is not "would convene"', () => {
    // The shipped claims all say their slots plainly; this one is turned round in every piece of its evidence.
    const [dataset] = loadDatasets();
    const turned = {
      ...dataset!,
      claims: dataset!.claims.map((c) =>
        c.id !== 'ardern-caucus-to-meet'
          ? c
          : {
              ...c,
              evidence: [
                { ...c.evidence[0]!, words: 'Prime Minister Jacinda Ardern says the Labour caucus will not meet this week to deal with the Gaurav Sharma situation.' },
                { ...c.evidence[2]!, words: 'we will not convene across the course of this week.' },
              ],
            },
      ),
    };
    const claims = (text: string) => createEngine([turned]).annotate(storyCoverage([text])).paragraphs.at(-1)!.claims;
    expect(claims('Ardern said the caucus would not convene this week to deal with the Sharma situation.')).toContain('ardern-caucus-to-meet');
    expect(claims('Ardern said the caucus would convene this week to deal with the Sharma situation.')).not.toContain('ardern-caucus-to-meet');
  });

  it('reads a slot either way when the evidence says it both ways', () => {
    const [dataset] = loadDatasets();
    const both = {
      ...dataset!,
      claims: dataset!.claims.map((c) =>
        c.id !== 'ardern-caucus-to-meet'
          ? c
          : { ...c, evidence: [...c.evidence, { ...c.evidence[2]!, words: 'we will not convene on Monday.' }] },
      ),
    };
    const claims = (text: string) => createEngine([both]).annotate(storyCoverage([text])).paragraphs.at(-1)!.claims;
    expect(claims('Ardern said the caucus would not convene this week to deal with the Sharma situation.')).toContain('ardern-caucus-to-meet');
    expect(claims('Ardern said the caucus would convene this week to deal with the Sharma situation.')).toContain('ardern-caucus-to-meet');
  });

  it('reads "can\'t" and "neither" as negations too', () => {
    expect(claimsOfLast("Ardern said the caucus can't convene this week to deal with the Sharma situation.")).not.toContain('ardern-caucus-to-meet');
    expect(claimsOfLast('Ardern said neither caucus nor the whips would convene this week to deal with the Sharma situation.')).not.toContain(
      'ardern-caucus-to-meet',
    );
    expect(claimsOfLast('Ardern said the caucus can convene this week to deal with the Sharma situation.')).toContain('ardern-caucus-to-meet');
  });

  it('past a slot that carries its own "not" it reads the next word plainly, whatever the order of the slots: "not unusual caucus practice"', () => {
    // The claim's slots are caucus, recess, "not unusual": the last is filled first, so its "not" negates nothing.
    expect(claimsOfLast('Ardern said meeting in the recess was not unusual caucus practice.')).toContain('ardern-recess-meetings-usual');
    // A slot's words may sit right before another slot's ("for caucus, not unusual").
    const forCaucus = claimsOfLast('Ardern said meeting in the recess was, for caucus, not unusual.');
    expect(forCaucus).toContain('ardern-recess-meetings-usual');
    // A phrase counts only whole: the "not" two words from the end is not "not a caucus meeting" (an informal meeting).
    expect(forCaucus).not.toContain('ardern-monday-informal');
  });

  it('past a slot that carries its own "no" still reads plainly: "seen no evidence of bullying"', () => {
    expect(claimsOfLast('The Prime Minister said she has seen no evidence of bullying.')).toContain('ardern-no-evidence');
  });

  it('in a slot that is itself a negation ("has not made any formal statement") matches its plain wording ("yet to provide")', () => {
    expect(claimsOfLast('Sharma was suspended on Tuesday.', 'The MP has not made any formal statement about his suspension.')).toContain(
      'sharma-no-formal-response',
    );
  });
});

describe('words quoted as one claim', () => {
  it('do not also state another claim in other words', () => {
    const quote =
      'Ardern said: "It\'s clear that there wasn\'t always agreement that was necessary, by Gaurav. But that doesn\'t necessarily constitute what he has characterised as bullying."';
    const claims = claimsOfLast(quote);
    expect(claims).toContain('ardern-no-evidence');
    expect(claims).not.toContain('ardern-no-label');
    // The same words outside the quote of that evidence still state the refusal to label.
    expect(claimsOfLast('Ardern would not put a label on what he has characterised as bullying, she said.')).toContain('ardern-no-label');
  });
});

describe("a claim's slots", () => {
  it('are filled so that each finds its own words: "raised by staff" leaves "staff" to the staff slot when another phrase can be the complaint', () => {
    const claims = claimsOfLast(
      'Labour, for its part, says there were performance management issues raised by staff more than once, and that Sharma rejected the interventions.',
    );
    expect(claims).toContain('staff-complaints-against-sharma');
    // Without a second word for staff, the one "staff" cannot fill both slots.
    expect(claimsOfLast('Labour, for its part, says issues were raised by staff, and that Sharma rejected the interventions.')).not.toContain(
      'staff-complaints-against-sharma',
    );
  });
});

describe('who speaks', () => {
  const market = 'Dr Gaurav Sharma spent Saturday morning at the Frankton Market in Hamilton.';

  it('is "he" a few words in, before anyone else is named ("Asked on Saturday, he said ...")', () => {
    expect(claimsOfLast(market, 'Asked on Saturday, he said Webb and Labour should hold a public inquiry.')).toContain('sharma-wants-inquiry');
    // After another man is named, "he" may be him.
    expect(claimsOfLast(market, 'Asked about Webb, he said there should be a public inquiry.')).not.toContain('sharma-wants-inquiry');
  });

  it('is "he" up to four words in, not five ("On Saturday morning in Hamilton he said ...", Webb named after)', () => {
    expect(claimsOfLast(market, 'On Saturday in Hamilton, he said Webb should hold a public inquiry.')).toContain('sharma-wants-inquiry');
    expect(claimsOfLast(market, 'On Saturday morning in Hamilton he said Webb should hold a public inquiry.')).not.toContain('sharma-wants-inquiry');
    expect(claimsOfLast(market, 'After a long week of meetings in Wellington, he said Webb should hold a public inquiry.')).not.toContain(
      'sharma-wants-inquiry',
    );
  });

  it('is the one who "urged" or "demanded": verbs of asking are verbs of saying', () => {
    expect(claimsOfLast(market, 'He urged Labour to hold an independent inquiry into bullying at Parliament.')).toContain('sharma-wants-inquiry');
  });

  it('is the opening subject for a verb joined to it past another name ("Ardern ... Sharma returning, but says")', () => {
    const joined = 'Ardern has not ruled out Sharma returning to the caucus, but says rebuilding trust is a job for him.';
    expect(claimsOfLast(joined)).toContain('ardern-rebuild-trust');
    expect(claimsOfLast('Ardern has not ruled out Sharma returning to the caucus; rebuilding trust is a job for him.')).not.toContain(
      'ardern-rebuild-trust',
    );
    expect(claimsOfLast('Ardern has not ruled out Sharma returning to the caucus, and says rebuilding trust is a job for him.')).toContain(
      'ardern-rebuild-trust',
    );
  });

  it('keeps a joined verb only within reach: "but says" 30 words on is no longer the opening subject\'s', () => {
    const far =
      "Ardern has not ruled out Sharma returning to the caucus after the party's long and difficult week of meetings in Wellington, Hamilton and Auckland with members, staff, unions, donors and the electorate committee, but says rebuilding trust is a job for him.";
    expect(claimsOfLast(far)).not.toContain('ardern-rebuild-trust');
  });
});
