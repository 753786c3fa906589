// Generated malformed datasets: every one stops the build with precise messages, and none crashes it.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateStory, type StorySource } from '../../src/dataset/build';
import { splitParagraphs } from '../../src/dataset/paragraphs';
import { readStorySource } from '../../src/dataset/read-source';
import { scaled } from '../long';

const clean = readStorySource('data/sharma-2022');
const HERALD_22 = splitParagraphs(clean.texts['001_488dc5d0bf034273.txt'] ?? '')[22] ?? '';
const FILES = ['story', 'articles', 'claims', 'disputes', 'vocabulary'] as const;
type FileKey = (typeof FILES)[number];

/** Runs per property: 1,000 each in the long suite (3,000 malformed datasets), 100 each otherwise. */
const RUNS = scaled(100, 1000);

/** Validates without throwing; every problem names a file of the story, a record, a field and a reason. */
function expectPrecise(source: StorySource): boolean {
  const problems = validateStory(source);
  for (const p of problems) {
    expect(p.file).toMatch(/^data\/sharma-2022\/(story|articles|claims|disputes|vocabulary)\.yaml$/);
    expect(p.record.length).toBeGreaterThan(0);
    expect(p.field.length).toBeGreaterThan(0);
    expect(p.message.trim().length).toBeGreaterThan(3);
  }
  return problems.length === 0;
}

/** Line-level edits a careless hand makes: drop, repeat or swap a line, or change one character. */
const lineEdit = fc.record({
  file: fc.constantFrom<FileKey>(...FILES),
  op: fc.constantFrom('drop', 'repeat', 'swap', 'char'),
  at: fc.nat(),
  char: fc.constantFrom(':', '-', '"', "'", '{', '[', ' ', '\t', 'x', '9', '#', '\u00a0'),
});

function applyEdit(text: string, e: { op: string; at: number; char: string }): string {
  const lines = text.split('\n');
  const i = e.at % lines.length;
  if (e.op === 'drop') lines.splice(i, 1);
  else if (e.op === 'repeat') lines.splice(i, 0, lines[i]!);
  else if (e.op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  else {
    const line = lines[i]!;
    const pos = e.at % (line.length + 1);
    lines[i] = line.slice(0, pos) + e.char + line.slice(pos + 1);
  }
  return lines.join('\n');
}

describe('dataset validation under generated bad input', () => {
  it('never crashes on hand-style edits of the shipped files, and names file, record and field', () => {
    fc.assert(
      fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 3 }), (edits) => {
        const source: StorySource = { ...clean };
        for (const e of edits) source[e.file] = applyEdit(source[e.file] ?? '', e);
        expectPrecise(source);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('rejects arbitrary JSON-shaped values in place of any file, each with a message', () => {
    fc.assert(
      fc.property(fc.constantFrom<FileKey>(...FILES), fc.jsonValue({ maxDepth: 4 }), (file, value) => {
        const source: StorySource = { ...clean, [file]: stringify(value) };
        const valid = expectPrecise(source);
        // Only an empty list of disputes is a valid file (a story may have no conflicting accounts yet), and an
        // empty vocabulary (no paraphrase matching).
        const emptyVocabulary = file === 'vocabulary' && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
        expect(valid).toBe((file === 'disputes' && Array.isArray(value) && value.length === 0) || emptyVocabulary);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('rejects evidence records with wrong types or missing fields, naming the field', () => {
    const field = fc.constantFrom('article', 'paragraph', 'words', 'by');
    const bad = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 500 }), fc.string(), fc.constant([]), fc.constant({}));
    fc.assert(
      fc.property(field, bad, fc.boolean(), (name, value, remove) => {
        const claims = [{ id: 'fuzz-claim', claimant: 'ardern', kind: 'quote', summary: 'A fuzzed claim.', evidence: [{ article: '001_488dc5d0bf034273.txt', paragraph: 22, words: 'seen no evidence' } as Record<string, unknown>] }];
        if (remove) delete claims[0]!.evidence[0]![name];
        else claims[0]!.evidence[0]![name] = value;
        const source: StorySource = { ...clean, claims: clean.claims + '\n' + stringify(claims) };
        const problems = validateStory(source);
        expectPrecise(source);
        // Valid only where the change is harmless: `by` absent or null, a paragraph that happens to hold the words,
        // or words that happen to occur in paragraph 22 ("a").
        const harmlessWords = name === 'words' && !remove && typeof value === 'string' && value.trim() !== '' && HERALD_22.includes(value.trim());
        if (problems.length === 0) expect(name === 'by' || name === 'paragraph' || harmlessWords).toBe(true);
        else expect(problems.some((p) => p.record === 'claim fuzz-claim' && p.field.startsWith('evidence[0]'))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
