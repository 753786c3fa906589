// Claims stated in other words: who speaks (names, aliases, roles, "she" continuing), and each claim's slots of stems.
//
// Why this shape: coverage that is not one of the five articles rarely shares three-word runs with them, but it
// keeps the claim's people and key terms ("Sharma ... accuses Webb of gaslighting"). A link needs the claimant as
// the one speaking (not merely mentioned: "Ardern rejected Sharma's claims" is Ardern's claim, not Sharma's) and
// every slot of the claim's curated vocabulary, so one shared word ("no evidence" about Three Waters) is never enough.
import { stemmer } from 'stemmer';
import type { Dataset, Vocabulary } from '../dataset/types';
import { STOPWORDS, tokens } from './normalize';

/** Stems after the claimant that make the claimant the speaker ("Sharma said", "Webb, who denied"). */
const SPEECH = new Set(
  'said sai told tell claim wrote write insist maintain deni reject argu alleg accus describ confirm state acknowledg suggest reveal believ ad repli warn call note explain admit'
    .split(' ')
    .map((w) => stemmer(w)),
);
/** How many words after the claimant a speech verb may come ("Webb, the chief whip, said"). */
const SPEECH_WINDOW = 5;
/**
 * Share of a paragraph's content words that the claim (its slots, its evidence, the people) must account for:
 * a long paragraph about something else that happens to fill the slots is not a statement of the claim.
 */
export const MIN_EXPLAINED = 0.2;

const stems = new Map<string, string>();
/** The Porter stem of a token, memoised (pages repeat words). */
export function stem(token: string): string {
  let s = stems.get(token);
  if (s === undefined) {
    s = stemmer(token);
    stems.set(token, s);
  }
  return s;
}

const stemSeq = (text: string): string[] => tokens(text).map(stem);

interface CompiledClaim {
  id: string;
  claimant: string | null;
  about: string | null;
  slots: string[][][];
  /** Stems of the claim's own evidence: words a paragraph stating it may well use. */
  own: Set<string>;
}

export interface Paraphraser {
  people: Map<string, string[][]>;
  pronouns: Map<string, 'he' | 'she'>;
  claims: CompiledClaim[];
  /** Stems of every person's names: they never count against a paragraph being explained. */
  nameStems: Set<string>;
}

/** Why a paragraph was linked to a claim in other words: who speaks, and the page's words that filled each slot. */
export interface ParaphraseLink {
  claimId: string;
  /** Person id of the speaker (or of whom the outlet's report is about). */
  person: string | null;
  terms: string[];
}

function expand(vocab: Vocabulary, entry: string): string[][] {
  const words = entry.startsWith('~') ? (vocab.concepts[entry.slice(1)] ?? []) : [entry];
  return words.map(stemSeq).filter((s) => s.length > 0);
}

/** Compiles a dataset's vocabulary once per index; null when the dataset has none. */
export function compileParaphraser(dataset: Dataset): Paraphraser | null {
  const vocab = dataset.vocabulary;
  if (!vocab) return null;
  const people = new Map<string, string[][]>();
  const nameStems = new Set<string>();
  for (const p of dataset.story.people) {
    const parts = p.name.split(/\s+/);
    // A surname alone names a person ("Webb"); a descriptive name ("A former staff member of Sharma") has none.
    const surname = parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w)) ? [parts[parts.length - 1]!] : [];
    const forms = [p.name, ...p.aliases, ...surname, ...(vocab.roles[p.id] ?? [])];
    const seqs = forms.map(stemSeq).filter((s) => s.length > 0);
    people.set(p.id, seqs);
    for (const s of [p.name, ...p.aliases].map(stemSeq).flat()) nameStems.add(s);
  }
  const claims: CompiledClaim[] = [];
  for (const claim of dataset.claims) {
    const spec = vocab.claims[claim.id];
    if (!spec) continue;
    const own = new Set(claim.evidence.flatMap((e) => stemSeq(e.words)));
    const slots = spec.need.map((slot) => slot.flatMap((entry) => expand(vocab, entry)));
    for (const slot of slots) for (const seq of slot) for (const s of seq) own.add(s);
    claims.push({ id: claim.id, claimant: claim.claimant, about: spec.about, slots, own });
  }
  return { people, pronouns: new Map(Object.entries(vocab.pronouns)), claims, nameStems };
}

/** Position of the first occurrence of `seq` in `words`, or -1. */
function find(words: readonly string[], seq: readonly string[]): number {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** Where each person is named in a paragraph (earliest position), ordered by position. */
function named(p: Paraphraser, words: readonly string[]): { id: string; at: number; end: number }[] {
  const out: { id: string; at: number; end: number }[] = [];
  for (const [id, seqs] of p.people) {
    let best = -1;
    let end = -1;
    for (const seq of seqs) {
      const at = find(words, seq);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        end = at + seq.length;
      }
    }
    if (best >= 0) out.push({ id, at: best, end });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The stemmed words of a paragraph and who is named in it: computed once per paragraph, shared by every claim. */
export interface ParagraphView {
  /** The paragraph's tokens as written (for showing which words made a link)... */
  raw: readonly string[];
  /** ...and their stems, position for position. */
  words: string[];
  names: { id: string; at: number; end: number }[];
}

export function viewParagraph(p: Paraphraser, rawTokens: readonly string[]): ParagraphView {
  const words = rawTokens.map(stem);
  return { raw: rawTokens, words, names: named(p, words) };
}

/** True when `person` is the one speaking in the paragraph, or (`prev`) continues as "he"/"she" from the one before. */
function speaks(p: Paraphraser, person: string, view: ParagraphView, prev: ParagraphView | null): boolean {
  const mine = view.names.find((n) => n.id === person);
  if (mine) {
    if (view.names[0]!.id === person) return true;
    for (let i = mine.end; i < Math.min(view.words.length, mine.end + SPEECH_WINDOW); i++) if (SPEECH.has(view.words[i]!)) return true;
    return false;
  }
  // "He said" continues the previous paragraph's speaker unless another person (not a party or service) is named.
  if (view.names.some((n) => p.pronouns.has(n.id)) || !prev || prev.names[0]?.id !== person) return false;
  const pronoun = p.pronouns.get(person);
  const forms = pronoun === 'she' ? ['she', 'her'] : pronoun === 'he' ? ['he', 'hi', 'him'] : [];
  return forms.some((f) => view.words.includes(f));
}

/** The claims a paragraph states in other words, each with why. `prev` is the previous paragraph's view. */
export function paraphraseLinks(p: Paraphraser, view: ParagraphView, prev: ParagraphView | null, skip: ReadonlySet<string>): ParaphraseLink[] {
  const out: ParaphraseLink[] = [];
  const content = view.words.filter((w) => !STOPWORDS.has(w) && !p.nameStems.has(w));
  for (const claim of p.claims) {
    if (skip.has(claim.id)) continue;
    const person = claim.claimant ?? claim.about;
    if (claim.claimant !== null && !speaks(p, claim.claimant, view, prev)) continue;
    if (claim.claimant === null && claim.about !== null && !view.names.some((n) => n.id === claim.about) && !(prev && speaks(p, claim.about, view, prev))) continue;
    const terms: string[] = [];
    let ok = true;
    for (const slot of claim.slots) {
      let hit: string | null = null;
      for (const seq of slot) {
        const at = find(view.words, seq);
        if (at >= 0) {
          hit = view.raw.slice(at, at + seq.length).join(' ');
          break;
        }
      }
      if (hit === null) {
        ok = false;
        break;
      }
      terms.push(hit);
    }
    if (!ok) continue;
    const explained = content.length === 0 ? 1 : content.filter((w) => claim.own.has(w)).length / content.length;
    if (explained < MIN_EXPLAINED) continue;
    out.push({ claimId: claim.id, person, terms });
  }
  return out;
}
