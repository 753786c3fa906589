// Cross-checks of vocabulary.yaml against the story: known people, claims and concepts, no empty stems.
import type { Problem } from './problems';
import type { ClaimEntry, StoryFile, VocabularyFile } from './schema';

/** Every problem in a story's vocabulary that needs the other files to see. */
export function checkVocabulary(dir: string, vocabulary: VocabularyFile, story: StoryFile, claims: ClaimEntry[]): Problem[] {
  const problems: Problem[] = [];
  const at = (record: string, field: string, message: string) => problems.push({ file: `${dir}/vocabulary.yaml`, record, field, message });
  const people = new Set(story.people.map((p) => p.id));
  const claimIds = new Set(claims.map((c) => c.id));
  const concepts = new Set(Object.keys(vocabulary.concepts));
  const terms = (record: string, field: string, list: string[]) =>
    list.forEach((t, i) => {
      if (t.startsWith('~') && !concepts.has(t.slice(1))) at(record, `${field}[${i}]`, `unknown concept "${t.slice(1)}" (not under concepts)`);
    });
  for (const [person, roles] of Object.entries(vocabulary.roles)) {
    if (!people.has(person)) at(`roles ${person}`, '-', `unknown person "${person}" (not in story.yaml people)`);
    roles.forEach((r, i) => r.startsWith('~') && at(`roles ${person}`, `[${i}]`, 'a role is a description, not a ~concept'));
  }
  for (const person of Object.keys(vocabulary.pronouns)) {
    if (!people.has(person)) at('pronouns', person, `unknown person "${person}" (not in story.yaml people)`);
  }
  for (const [name, words] of Object.entries(vocabulary.concepts)) {
    words.forEach((w, i) => w.startsWith('~') && at(`concept ${name}`, `[${i}]`, 'a concept lists words and phrases, not other concepts'));
  }
  for (const [id, claim] of Object.entries(vocabulary.claims)) {
    const record = `claim ${id}`;
    const entry = claims.find((c) => c.id === id);
    if (!claimIds.has(id)) at(record, '-', `unknown claim "${id}" (not in claims.yaml)`);
    claim.need.forEach((slot, i) => terms(record, `need[${i}]`, slot));
    if (claim.about !== null && !people.has(claim.about)) at(record, 'about', `unknown person "${claim.about}"`);
    if (entry && entry.claimant === null && claim.about === null) at(record, 'about', 'the outlet\'s own reporting names no claimant: say who the paragraph must be about');
  }
  return problems;
}
