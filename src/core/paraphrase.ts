// Claims stated in other words: who speaks (names, aliases, roles, "she" continuing), and each claim's slots of stems.
//
// Why this shape: coverage that is not one of the five articles rarely shares three-word runs with them, but it
// keeps the claim's people and key terms ("Sharma ... accuses Webb of gaslighting"). A link needs the claimant as
// the one speaking (not merely mentioned: "Ardern rejected Sharma's claims" is Ardern's claim, not Sharma's) and
// every slot of the claim's curated vocabulary, so one shared word ("no evidence" about Three Waters) is never enough.
import { stemmer } from 'stemmer';
import type { Dataset, Vocabulary } from '../dataset/types';
import { STOPWORDS, sentences, tokens } from './normalize';
import { NEGATORS, type Positions, fillSlots, polarity, positionsOf, sequenceAt } from './slots';

/**
 * Words (as written, not stemmed: "claims" is mostly a noun, "claimed" a verb) after the claimant that make the
 * claimant the speaker ("Sharma said", "Webb, who denied", "by Labour's own account").
 */
const SPEECH = new Set(
  ('said says say told tells telling claimed claiming wrote writes writing insisted insists maintains maintained ' +
    'denied denies rejected rejects argued argues alleged alleges alleging accused accuses accusing described ' +
    'describes confirmed confirms stated states acknowledged acknowledges suggested suggests revealed reveals ' +
    'added adds replied replies warned warns called calls calling noted notes explained explains admitted admits ' +
    'according account framing reiterated reiterates repeated repeats posted posts responded responds answered answer ' +
    'accuse allege deny reject insist argue urged urges demanded demands conceded concedes signalled signals')
    .split(' '),
);
/** How many words after a name its speech verb may come when the name is not first ("Webb, the chief whip, said"). */
const SPEECH_WINDOW = 5;
/** ...and when it is first: the verb must still be theirs, before anyone else is named ("Sharma, who says ..."). */
const FIRST_SPEAKER_WINDOW = 12;
/**
 * Share of a paragraph's content words that the claims it states (their slots and evidence; names never count
 * against it) must account for together: a long paragraph about something else that happens to fill the slots is
 * not a statement of them. Together, because a paragraph often states two claims ("named a senior MP ... and said
 * the Prime Minister's office told him to put nothing in writing").
 */
export const MIN_EXPLAINED = 0.25;
/** ...and each claim on its own must still account for this much of it. */
export const MIN_OWN_SHARE = 0.1;

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
  /**
   * Per slot, whether the claim's evidence says it negated ("has not spoken") or plainly ("will meet"), or null when
   * the evidence never uses the slot's words or does both: a page must say it the same way ("would not meet" is not
   * "will meet").
   */
  negated: (boolean | null)[];
  /** The order slots are filled in: those whose entries carry a negator ("no evidence") first. */
  order: number[];
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
  // Stryker disable next-line MethodExpression: an empty sequence is never found (find() looks a phrase up by its first word)
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
    // A surname alone names a person ("Webb"); an organisation ("Labour Party": "party") or a description has none.
    const surname = p.id in vocab.pronouns && parts.length > 1 ? [parts[parts.length - 1]!] : [];
    const forms = [p.name, ...p.aliases, ...surname, ...(vocab.roles[p.id] ?? [])];
    // Stryker disable next-line MethodExpression: an empty sequence is never found (find() looks a phrase up by its first word)
    const seqs = forms.map(stemSeq).filter((s) => s.length > 0);
    people.set(p.id, seqs);
    for (const s of [p.name, ...p.aliases].map(stemSeq).flat()) nameStems.add(s);
  }
  // Stryker disable next-line ArrayDeclaration: a string among the compiled claims has neither claimant nor subject, so it is never linked
  const claims: CompiledClaim[] = [];
  for (const claim of dataset.claims) {
    const spec = vocab.claims[claim.id];
    if (!spec) continue;
    const own = new Set(claim.evidence.flatMap((e) => stemSeq(e.words)));
    const slots = spec.need.map((slot) => slot.flatMap((entry) => expand(vocab, entry)));
    for (const slot of slots) for (const seq of slot) for (const s of seq) own.add(s);
    const evidence = claim.evidence.map((e) => {
      const raw = tokens(e.words);
      const words = raw.map(stem);
      return { raw, words, positions: positionsOf(words) };
    });
    const negative = (k: number): boolean => slots[k]!.some((seq) => seq.some((w) => NEGATORS.has(w)));
    // A slot that says the negation itself ("hasn't responded", "yet to respond") has no plain form to tell apart.
    const negated = slots.map((slot, k) => (negative(k) ? null : polarity(evidence, slot)));
    const order = slots.map((_, k) => k).sort((a, b) => Number(negative(b)) - Number(negative(a)) || a - b);
    claims.push({ id: claim.id, claimant: claim.claimant, about: spec.about, slots, negated, order, own });
  }
  return { people, pronouns: new Map(Object.entries(vocab.pronouns)), claims, nameStems };
}

/** Position of the first occurrence of `seq` in `words`, or -1. */
function find(words: readonly string[], at: Positions, seq: readonly string[]): number {
  // Stryker disable next-line ArrayDeclaration: a position that is not a number reads no word, so nothing is found there
  for (const i of at.get(seq[0]!) ?? []) if (sequenceAt(words, i, seq)) return i;
  return -1;
}

/** Where each person is named in a paragraph (earliest position), ordered by position. */
function named(p: Paraphraser, words: readonly string[], positions: Positions): { id: string; at: number; end: number }[] {
  const out: { id: string; at: number; end: number }[] = [];
  for (const [id, seqs] of p.people) {
    let best = -1;
    // Stryker disable next-line UnaryOperator: `end` is read only once `best` is set, which sets `end` too
    let end = -1;
    for (const seq of seqs) {
      const at = find(words, positions, seq);
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
/** A title or role followed by a capitalised name: how news copy introduces a person ("National MP Sam Uffindell"). */
const INTRODUCED = /\b(?:MP|[Mm]inister|[Ll]eader|Dr|Mr|Mrs|Ms|Sir|Dame|[Cc]hair|[Mm]ayor|[Cc]ouncillor|[Ss]pokes(?:person|man|woman)|President|Senator|[Ss]ecretary|[Cc]hief [Ee]xecutive)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)*)/gu;

/** True when the text introduces someone who is not one of the story's people ("he" may then be them). */
function introducesStranger(p: Paraphraser, text: string): boolean {
  for (const m of text.matchAll(INTRODUCED)) {
    const words = stemSeq(m[1]!);
    if (!p.nameStems.has(words[words.length - 1]!)) return true;
  }
  return false;
}

export interface ParagraphView {
  /** The paragraph's tokens as written (for showing which words made a link)... */
  raw: readonly string[];
  /** ...and their stems, position for position... */
  words: string[];
  /** ...and where each stem occurs. */
  positions: Positions;
  names: { id: string; at: number; end: number }[];
  /** Introduces someone who is not one of the story's people (a "he" may be them). */
  stranger: boolean;
  /** Has a speech verb anywhere (a paragraph without one reports no one's claim). */
  speech: boolean;
  /** The paragraph as written, when known: where its sentences start. */
  text?: string;
}

/** `text`, when given, lets the view notice people outside the story ("National MP Sam Uffindell maintains he ..."). */
export function viewParagraph(p: Paraphraser, rawTokens: readonly string[], text?: string): ParagraphView {
  const words = rawTokens.map(stem);
  const positions = positionsOf(words);
  return {
    raw: rawTokens,
    words,
    positions,
    names: named(p, words, positions),
    stranger: text !== undefined && introducesStranger(p, text),
    speech: rawTokens.some((w) => SPEECH.has(w)),
    text,
  };
}

/**
 * The sentence of each token (0, 1, ...), or null when the paragraph is one sentence or its sentences' tokens do not
 * add up to the paragraph's (then the whole paragraph is one scope).
 */
function sentenceOf(view: ParagraphView): number[] | null {
  if (!view.text) return null;
  const parts = sentences(view.text);
  if (parts.length < 2) return null;
  const out: number[] = [];
  parts.forEach((s, i) => {
    for (let n = tokens(s).length; n > 0; n--) out.push(i);
  });
  return out.length === view.raw.length ? out : null;
}

/** Words before a coordinated verb of saying ("..., but says") that may still be the opening subject's. */
const COORDINATED_REACH = 24;
const COORDINATORS = new Set(['but', 'and']);
/** A "he"/"she" this early in a paragraph, before anyone else is named, is its subject ("The next day he ..."). */
const PRONOUN_SUBJECT_WORDS = 5;

/** How many paragraphs back "he"/"she" may reach for the person last named (a question, a quote between). */
export const LOOKBACK = 3;

/** The person "he" or "she" most likely stands for: first-named of that pronoun in the nearest paragraph naming one. */
function lastNamed(p: Paraphraser, before: readonly ParagraphView[], pronoun: 'he' | 'she'): string | null {
  for (const v of before.slice(-LOOKBACK).reverse()) {
    const first = v.names.find((n) => p.pronouns.get(n.id) === pronoun);
    if (first) return first.id;
  }
  return null;
}

/**
 * True when `person` is the one speaking in the paragraph (named first, or named just before a speech verb), or
 * continues as "he"/"she" from the paragraphs before (`before`, oldest first): the paragraph opens with the pronoun,
 * or names no one else. A paragraph with no speech verb reports no one's claim, and an organisation ("Labour", an
 * adjective in "Labour MP") speaks only right before a speech verb.
 */
function speaks(p: Paraphraser, person: string, view: ParagraphView, before: readonly ParagraphView[]): boolean {
  if (!view.speech) return false;
  const mine = view.names.find((n) => n.id === person);
  if (mine) {
    // The verb must be theirs: within a few words, before anyone else is named ("Labour chief whip Duncan Webb said").
    const first = view.names[0]!.id === person && p.pronouns.has(person);
    // Up to the next individual named (an organisation is often an adjective: "the Labour MP ... wrote").
    const next = view.names.find((n) => n.at >= mine.end && n.id !== person && p.pronouns.has(n.id))?.at ?? view.words.length;
    const reach = mine.end + (first ? FIRST_SPEAKER_WINDOW : SPEECH_WINDOW);
    const pronoun = p.pronouns.get(person);
    for (let i = mine.end; i < next; i++) {
      // Far from the name, only their own "he says" / "she said" still makes the verb theirs.
      if (SPEECH.has(view.raw[i]!) && (i < reach || (pronoun !== undefined && view.raw[i - 1] === pronoun))) return true;
    }
    // The subject a paragraph opens with keeps a verb joined to its own ("Ardern has not ruled out Sharma returning,
    // but says ..."), past another name.
    if (first) {
      const end = Math.min(view.words.length, mine.end + COORDINATED_REACH);
      for (let i = next; i < end; i++) if (SPEECH.has(view.raw[i]!) && COORDINATORS.has(view.raw[i - 1]!)) return true;
    }
    return false;
  }
  const pronoun = p.pronouns.get(person);
  if (!pronoun) return false;
  const forms = pronoun === 'she' ? ['she', 'her'] : ['he', 'hi', 'him'];
  // Opening with the pronoun, or with it among the first few words before anyone else is named ("The next day he
  // doubled down ..., and claimed the Prime Minister's office ...").
  const at = view.words.findIndex((w) => forms.includes(w));
  const firstOther = view.names.find((n) => p.pronouns.has(n.id))?.at ?? view.words.length;
  const opens = at === 0 || (at > 0 && at < PRONOUN_SUBJECT_WORDS && at < firstOther && !view.stranger);
  if (!opens && (view.stranger || view.names.some((n) => p.pronouns.has(n.id)) || !forms.some((f) => view.words.includes(f)))) return false;
  return lastNamed(p, before, pronoun) === person;
}

/** True when the paragraph, or one of the few before it, names `person` (an outlet's report about them). */
function about(person: string, view: ParagraphView, before: readonly ParagraphView[]): boolean {
  return [view, ...before.slice(-LOOKBACK)].some((v) => v.names.some((n) => n.id === person));
}

/** The claims a paragraph states in other words, each with why. `before` are the page's earlier paragraphs' views. */
export function paraphraseLinks(p: Paraphraser, view: ParagraphView, before: readonly ParagraphView[], skip: ReadonlySet<string>): ParaphraseLink[] {
  const found: { claim: CompiledClaim; link: ParaphraseLink; at: number[] }[] = [];
  const speaking = new Map<string, boolean>();
  const speakerIs = (person: string): boolean => {
    let yes = speaking.get(person);
    if (yes === undefined) speaking.set(person, (yes = speaks(p, person, view, before)));
    return yes;
  };
  const concerning = new Map<string, boolean>();
  const aboutIs = (person: string): boolean => {
    let yes = concerning.get(person);
    if (yes === undefined) concerning.set(person, (yes = about(person, view, before)));
    return yes;
  };
  for (const claim of p.claims) {
    if (skip.has(claim.id)) continue;
    // The claimant speaking, or (an outlet's report, or a claim also reported in the outlet's voice) the paragraph
    // about the person it concerns.
    const speaker = claim.claimant !== null && speakerIs(claim.claimant);
    if (!speaker && !(claim.about !== null && aboutIs(claim.about))) continue;
    const person = speaker ? claim.claimant : claim.about;
    const filled = fillSlots(claim, view);
    if (!filled) continue;
    const { terms, used } = filled;
    found.push({ claim, link: { claimId: claim.id, person, terms }, at: [...used] });
  }
  if (found.length === 0) return [];
  // What a claim must explain is the sentences that state it, not the paragraph: a letter's "his own staff complained
  // about him" is stated whole though the writer's opinion follows in the next sentence.
  const sentence = sentenceOf(view);
  const content = (at: readonly number[]): string[] => {
    const scope = sentence ? new Set(at.map((i) => sentence[i]!)) : null;
    return view.words.filter((w, i) => (!scope || scope.has(sentence![i]!)) && !STOPWORDS.has(w) && !p.nameStems.has(w));
  };
  const kept = found.filter((f) => {
    const words = content(f.at);
    return words.length === 0 || words.filter((w) => f.claim.own.has(w)).length / words.length >= MIN_OWN_SHARE;
  });
  if (kept.length === 0) return [];
  const words = content(kept.flatMap((f) => f.at));
  if (words.length === 0) return kept.map((f) => f.link);
  const explained = words.filter((w) => kept.some((f) => f.claim.own.has(w))).length / words.length;
  return explained >= MIN_EXPLAINED ? kept.map((f) => f.link) : [];
}
