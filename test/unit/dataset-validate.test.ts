// Each kind of broken data stops the build with one precise message naming file, record, field and reason.
import { describe, expect, it } from 'vitest';
import { buildDataset, type StorySource } from '../../src/dataset/build';
import { formatProblem } from '../../src/dataset/problems';
import { readStorySource } from '../../src/dataset/read-source';

const clean = readStorySource('data/sharma-2022');

/** A broken copy of the shipped data; `edit` rewrites one file's text. */
type Key = 'story' | 'articles' | 'claims' | 'disputes' | 'vocabulary';
function broken(edit: Partial<Record<Key, (text: string) => string>>, texts?: Record<string, string>): string[] {
  const source: StorySource = { ...clean, texts: texts ?? clean.texts };
  for (const key of ['story', 'articles', 'claims', 'disputes', 'vocabulary'] as const) {
    const fn = edit[key];
    if (fn) {
      const next = fn(clean[key] ?? '');
      expect(next, `the edit to ${key}.yaml must change it`).not.toBe(clean[key]);
      source[key] = next;
    }
  }
  const result = buildDataset(source);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('dataset validation', () => {
  it('accepts the shipped data', () => {
    expect(buildDataset(clean).ok).toBe(true);
  });

  it('rejects evidence words that are not verbatim in the paragraph', () => {
    const problems = broken({ claims: (t) => t.replace("I''ve seen no evidence of what", 'I have seen no evidence of what') });
    expect(problems).toEqual([
      expect.stringMatching(/^data\/sharma-2022\/claims\.yaml: claim ardern-no-evidence: evidence\[0\]\.words: "I have seen no evidence.*" not found verbatim in 004_f67e6a7c87161c73\.txt paragraph 14/),
    ]);
  });

  it('rejects a story anchor or mention that is only punctuation (no page word could ever match it)', () => {
    expect(broken({ story: (t) => t.replace('anchors: [gaurav sharma,', 'anchors: ["--",') })).toEqual([
      'data/sharma-2022/story.yaml: story: signals.anchors[0]: must contain a word, not only punctuation',
    ]);
    expect(broken({ story: (t) => t.replace('mentions: [sharma, dr sharma]', 'mentions: [sharma, "…"]') })).toEqual([
      'data/sharma-2022/story.yaml: story: signals.mentions[1]: must contain a word, not only punctuation',
    ]);
  });

  it('rejects an unknown article', () => {
    const problems = broken({ claims: (t) => t.replace('{ article: 001_488dc5d0bf034273.txt, paragraph: 22,', '{ article: 009_missing.txt, paragraph: 22,') });
    expect(problems).toContain('data/sharma-2022/claims.yaml: claim ardern-no-evidence: evidence[1].article: unknown article "009_missing.txt"');
  });

  it('rejects a paragraph number past the end of the article', () => {
    const problems = broken({ claims: (t) => t.replace('{ article: 001_488dc5d0bf034273.txt, paragraph: 22,', '{ article: 001_488dc5d0bf034273.txt, paragraph: 99,') });
    expect(problems).toContainEqual(expect.stringContaining('claim ardern-no-evidence: evidence[1].paragraph: paragraph 99 does not exist in 001_488dc5d0bf034273.txt (it has 45, numbered from 0)'));
  });

  it('rejects a dispute that names a missing claim', () => {
    const problems = broken({ disputes: (t) => t.replace('claims: [ardern-mediation,', 'claims: [ardern-meditation,') });
    expect(problems).toEqual(['data/sharma-2022/disputes.yaml: dispute how-to-resolve: sides[1].claims[0]: names missing claim "ardern-meditation"']);
  });

  it('rejects a claim with no evidence', () => {
    const problems = broken({ claims: (t) => t.replace(/(- id: penk-lack-of-kindness[\s\S]*?)evidence:\n    - \{[^\n]*\n/, '$1evidence: []\n') });
    expect(problems).toEqual(['data/sharma-2022/claims.yaml: claim penk-lack-of-kindness: evidence: a claim needs at least one piece of evidence']);
  });

  it('rejects a duplicate id', () => {
    const problems = broken({ claims: (t) => t.replace('- id: hipkins-not-seen', '- id: jackson-never-seen') });
    expect(problems).toContain('data/sharma-2022/claims.yaml: claim jackson-never-seen: id: duplicate id');
  });

  it('rejects a body paragraph with neither a claim nor a context reason', () => {
    const problems = broken({ articles: (t) => t.replace(/ {4}15: "Reporter's analysis[^\n]*\n/, '') });
    expect(problems).toEqual([expect.stringMatching(/articles\.yaml: article 004_f67e6a7c87161c73\.txt: paragraph 15: body paragraph "Putting out fires.*" has neither a claim nor a context reason/)]);
  });

  it('rejects a claimant who is not among the story\'s people', () => {
    const problems = broken({ claims: (t) => t.replace('claimant: penk', 'claimant: luxon') });
    expect(problems).toEqual(['data/sharma-2022/claims.yaml: claim penk-lack-of-kindness: claimant: unknown person "luxon" (not in story.yaml people)']);
  });

  it('rejects a wrong type with the field named', () => {
    const problems = broken({ claims: (t) => t.replace('kind: quote\n  summary: Ardern says Parliament', 'kind: rumour\n  summary: Ardern says Parliament') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/sharma-2022\/claims\.yaml: claim ardern-free-from-bullying: kind: /);
  });

  it('rejects a "quote" whose words are not inside quotation marks in the source, naming the fix', () => {
    const problems = broken({ claims: (t) => t.replace("Ardern said Dr Sharma rejected these interventions.', form: reported", "Ardern said Dr Sharma rejected these interventions.', form: quote") });
    expect(problems).toEqual([
      'data/sharma-2022/claims.yaml: claim ardern-help-unwelcome: evidence[4].form: "quote", but "Ardern said Dr Sharma rejected these interventions." is not inside quotation marks in 002_097d684ba19901e5.txt paragraph 15: use "reported"',
    ]);
  });

  it('rejects "reported" for words that are a direct quote', () => {
    const problems = broken({ claims: (t) => t.replace("What this situation needs is not a declaration, but mediation.', form: quote", "What this situation needs is not a declaration, but mediation.', form: reported") });
    expect(problems).toEqual([expect.stringMatching(/claim ardern-mediation: evidence\[0\]\.form: "reported", but .* sits inside quotation marks: use "quote"$/)]);
  });

  it('rejects evidence cut mid-phrase or across a dash, which drops hedges and attribution', () => {
    const hedge = broken({ claims: (t) => t.replace("'But Newshub understands Dr Sharma maintains he''s done nothing wrong - he instead claimed Webb threatened and gaslit him during the process.', form: reported }\n    - { article: 003", "'Dr Sharma maintains he''s done nothing wrong', form: reported }\n    - { article: 003") });
    expect(hedge).toEqual([expect.stringMatching(/claim sharma-did-nothing-wrong: evidence\[0\]\.words: "Dr Sharma maintains he's done nothing wrong" is not a whole sentence or clause: it starts mid-phrase, after "But Newshub understands "$/)]);
    const dash = broken({ claims: (t) => t.replace("'I''ve never seen it. We''re a great whanau', form: quote }\n    - { article: 001_488dc5d0bf034273.txt, paragraph: 39, words: 'Senior Labour ministers - namely Chris Hipkins and Willie Jackson - have said", "'I''ve never seen it. We''re a great whanau', form: quote }\n    - { article: 001_488dc5d0bf034273.txt, paragraph: 39, words: 'Willie Jackson - have said") });
    expect(dash).toEqual([expect.stringMatching(/claim jackson-never-seen: evidence\[1\]\.words: .* cuts across a dash/)]);
  });

  it('rejects a timeline event without a source, and a source paragraph that does not exist', () => {
    const none = broken({ story: (t) => t.replace(/ {4}sources:\n {6}- \{ url: "https:\/\/elections\.nz[^\n]*\n/, '    sources: []\n') });
    expect(none).toEqual([expect.stringMatching(/story\.yaml: story: timeline\[10\]\.sources: an event needs at least one source/)]);
    const missing = broken({ story: (t) => t.replace('{ file: 004_f67e6a7c87161c73.txt, paragraph: 12 }', '{ file: 004_f67e6a7c87161c73.txt, paragraph: 40 }') });
    expect(missing).toEqual(['data/sharma-2022/story.yaml: story: timeline[1].sources[0].paragraph: paragraph 40 does not exist in 004_f67e6a7c87161c73.txt (it has 17, numbered from 0)']);
  });

  it('rejects a title or name in our own words that no article or person record supports', () => {
    const problems = broken({ claims: (t) => t.replace('summary: Mallard said he expected', 'note: Speaker Trevor Mallard made this statement.\n  summary: Mallard said he expected') });
    expect(problems).toEqual(['data/sharma-2022/claims.yaml: claim mallard-commissioner: note: names "Speaker", which no article or person record supports']);
    const label = broken({ disputes: (t) => t.replace('"Sharma: an independent and public inquiry"', '"Sharma and Chris Luxon: an independent and public inquiry"') });
    expect(label).toEqual(['data/sharma-2022/disputes.yaml: dispute how-to-resolve: sides[0].label: names "Luxon", which no article or person record supports']);
  });

  it('rejects a dispute side with no claims', () => {
    const problems = broken({ disputes: (t) => t.replace('claims: [sharma-funding-hushed-up]', 'claims: []') });
    expect(problems).toEqual([expect.stringMatching(/disputes\.yaml: dispute funding-complaints: sides\[0\]\.claims: a side needs a claim/)]);
  });

  it('rejects a vocabulary naming a claim, concept or person the story does not have', () => {
    expect(broken({ vocabulary: (t) => t.replace('  hiring-pause: {', '  hiring-freeze: {') })).toEqual([
      'data/sharma-2022/vocabulary.yaml: claim hiring-freeze: -: unknown claim "hiring-freeze" (not in claims.yaml)',
    ]);
    expect(broken({ vocabulary: (t) => t.replace('[[~hiring], [~pause]]', '[[~hiring], [~paws]]') })).toEqual([
      'data/sharma-2022/vocabulary.yaml: claim hiring-pause: need[1][0]: unknown concept "paws" (not under concepts)',
    ]);
    expect(broken({ vocabulary: (t) => t.replace('  mcanulty: [former chief whip]', '  mcanulty: [former chief whip]\n  luxon: [national leader]') })).toEqual([
      'data/sharma-2022/vocabulary.yaml: roles luxon: -: unknown person "luxon" (not in story.yaml people)',
    ]);
  });

  it('rejects a vocabulary claim with one slot (one shared word is no evidence) or an outlet report with no subject', () => {
    expect(broken({ vocabulary: (t) => t.replace('[[~hiring], [~pause]]', '[[~hiring]]') })).toEqual([
      expect.stringMatching(/vocabulary\.yaml: vocabulary: claims\.hiring-pause\.need: a claim needs at least two slots/),
    ]);
    expect(broken({ vocabulary: (t) => t.replace('caucus-recess: { about: sharma, need:', 'caucus-recess: { need:') })).toEqual([
      "data/sharma-2022/vocabulary.yaml: claim caucus-recess: about: the outlet's own reporting names no claimant: say who the paragraph must be about",
    ]);
  });

  it('rejects YAML that does not parse, naming the line', () => {
    const problems = broken({ disputes: (t) => t.replace('- id: funding-complaints', '- id: [funding-complaints') });
    expect(problems).toEqual([expect.stringMatching(/^data\/sharma-2022\/disputes\.yaml: -: -: not valid YAML \(line \d+\)/)]);
  });

  it('rejects an article file that is not listed, and a listed file that is missing', () => {
    const texts: Record<string, string> = { ...clean.texts, '005_extra.txt': 'A sixth article.' };
    delete texts['000_de6308f5bd6f12f4.txt'];
    const problems = broken({}, texts);
    expect(problems).toContain('data/sharma-2022/articles.yaml: article 005_extra.txt: -: data/sharma-2022/articles/005_extra.txt is not listed');
    expect(problems).toContain('data/sharma-2022/articles.yaml: article 000_de6308f5bd6f12f4.txt: file: no such file in data/sharma-2022/articles/');
  });
});
