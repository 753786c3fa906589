// A claim's slots filled from a paragraph's words: each slot its own words, read with their negation.

/** What filling needs of a compiled claim: its slots of stem sequences, how its evidence says each, and the order. */
export interface SlotClaim {
  slots: string[][][];
  /** Per slot: evidence says it negated (true), plainly (false), or either / not at all (null). */
  negated: (boolean | null)[];
  /** The order slots are filled in: those whose entries carry a negator ("no evidence") first. */
  order: number[];
}

/** What filling needs of a paragraph: its tokens as written, their stems, and where each stem occurs. */
export interface SlotView {
  raw: readonly string[];
  words: readonly string[];
  positions: Positions;
}

/** Words that negate what follows them within NEGATION_REACH words ("would not gather", "has never met"). */
export const NEGATORS = new Set(
  ('not never no nor cannot dont doesnt didnt wont wouldnt couldnt shouldnt isnt arent wasnt werent hasnt havent ' +
    'hadnt cant mustnt neither').split(' '),
);
const NEGATION_REACH = 2;

/** True when the word at `i` is negated by one of the few before it (not one in `own`, another slot's own words). */
function negatedAt(raw: readonly string[], i: number, own?: ReadonlySet<number>): boolean {
  for (let k = Math.max(0, i - NEGATION_REACH); k < i; k++) if (NEGATORS.has(raw[k]!) && !own?.has(k)) return true;
  return false;
}

/** True when the stem sequence `seq` occurs in `words` starting at `i` (a phrase is looked up from its first word). */
export function sequenceAt(words: readonly string[], i: number, seq: readonly string[]): boolean {
  if (i < 0 || i + seq.length > words.length) return false;
  for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) return false;
  return true;
}

/** How the evidence says a slot: every use negated (true), every use plain (false), or not said / both (null). */
export function polarity(evidence: readonly { raw: string[]; words: string[]; positions: Positions }[], slot: readonly string[][]): boolean | null {
  let neg = false;
  let plain = false;
  for (const e of evidence) {
    for (const seq of slot) {
      // Stryker disable next-line ArrayDeclaration: a position that is not a number reads no word, so nothing is found there
      for (const i of e.positions.get(seq[0]!) ?? []) {
        if (sequenceAt(e.words, i, seq)) {
          if (negatedAt(e.raw, i)) neg = true;
          else plain = true;
        }
      }
    }
  }
  return neg === plain ? null : neg;
}

/** Where each stem occurs in a paragraph: a phrase is looked up from its first word, not scanned for. */
export type Positions = Map<string, number[]>;

export function positionsOf(words: readonly string[]): Positions {
  const out: Positions = new Map();
  words.forEach((w, i) => {
    const list = out.get(w);
    if (list) list.push(i);
    else out.set(w, [i]);
  });
  return out;
}

/** Slot fillings tried per claim before giving up (a paragraph repeating a slot's words many times). */
const MAX_FILL_STEPS = 200;

/**
 * Fills every slot of a claim with its own words: the first entry that fits, in the vocabulary's order, but not at
 * the cost of a later slot ("raised by staff" must not take the only "staff" when "performance management" can fill
 * the complaint). Slots whose words carry their own negation ("no evidence") go first: their "no" then negates nothing
 * after it ("no evidence of bullying" still says "bullying" plainly). Null when no filling exists.
 */
export function fillSlots(claim: SlotClaim, view: SlotView): { terms: string[]; used: Set<number> } | null {
  // Stryker disable next-line ArrayDeclaration: every slot k writes terms[k] before a filling is returned, so a value already at 0 is overwritten
  const terms: string[] = [];
  const used = new Set<number>();
  let steps = 0;
  const fill = (n: number): boolean => {
    if (n === claim.order.length) return true;
    const k = claim.order[n]!;
    const negated = claim.negated[k];
    for (const seq of claim.slots[k]!) {
      // Stryker disable next-line ArrayDeclaration: a position that is not a number reads no word, so nothing is found there
      for (const at of view.positions.get(seq[0]!) ?? []) {
        if (++steps > MAX_FILL_STEPS) return false;
        if (!sequenceAt(view.words, at, seq)) continue;
        let free = true;
        for (let j = at; j < at + seq.length && free; j++) free = !used.has(j);
        if (!free || (negated !== null && negated !== undefined && negatedAt(view.raw, at, used) !== negated)) continue;
        for (let j = at; j < at + seq.length; j++) used.add(j);
        terms[k] = view.raw.slice(at, at + seq.length).join(' ');
        if (fill(n + 1)) return true;
        for (let j = at; j < at + seq.length; j++) used.delete(j);
      }
    }
    return false;
  };
  return fill(0) ? { terms, used } : null;
}

