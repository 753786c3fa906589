// Whose voice a report is in, as the sidebar, popup and options page say it: a person's own words, or an outlet's report.

/** What decides the voice: the words' form, who is named, and the outlet that printed them. */
export interface Voiced {
  form: 'quote' | 'reported';
  claimant: string | null;
  outlet: string;
}

/** True when these words are the named person's own (inside quotation marks in the source): only then "X's words". */
export function isOwnWords(a: Pick<Voiced, 'form' | 'claimant'>): boolean {
  return a.form === 'quote' && a.claimant !== null;
}

/** "Jacinda Ardern’s" */
export function possessive(name: string): string {
  return `${name}\u2019s`;
}

/** The person for their own words; else "NZ Herald reported Jacinda Ardern’s account", or "NZ Herald reported". */
export function voiceOf(a: Voiced): string {
  if (isOwnWords(a)) return a.claimant!;
  return a.claimant ? `${a.outlet} reported ${possessive(a.claimant)} account` : `${a.outlet} reported`;
}
