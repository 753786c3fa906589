// The story page's filter by person and outlet: which reports, disputes and claims a reader asked to see.

import { compareCodeUnits } from '../../core/compare';
import type { Dataset } from '../../dataset/types';
import type { ClaimTrail, DisputeView, Report } from './model';

/** Person id and outlet name; '' means any. */
export interface StoryFilter {
  person: string;
  outlet: string;
}

export const NO_FILTER: StoryFilter = { person: '', outlet: '' };

export const isFiltered = (f: StoryFilter): boolean => f.person !== '' || f.outlet !== '';

/** A report passes when the person is its claimant or speaker, and it comes from the outlet. */
export function reportPasses(r: Report, f: StoryFilter): boolean {
  if (f.person && r.claimant !== f.person && r.speaker !== f.person) return false;
  return !f.outlet || r.outlet === f.outlet;
}

/** A dispute with only the passing reports on each side; null when no side has any. */
export function filterDispute(d: DisputeView, f: StoryFilter): DisputeView | null {
  if (!isFiltered(f)) return d;
  const sides = d.sides.map((s) => ({ ...s, reports: s.reports.filter((r) => reportPasses(r, f)) }));
  return sides.some((s) => s.reports.length > 0) ? { ...d, sides } : null;
}

/** A claim's whole trail when any of its reports passes (a trail cut short would misstate who reported first). */
export function trailPasses(t: ClaimTrail, f: StoryFilter): boolean {
  return !isFiltered(f) || t.steps.some((s) => reportPasses(s.report, f));
}

/** The people who make or speak in a claim, and the outlets that report one, as filter choices. */
export function filterChoices(dataset: Dataset): { people: { id: string; name: string }[]; outlets: string[] } {
  const ids = new Set(dataset.claims.flatMap((c) => [c.claimant, ...c.evidence.map((e) => e.speaker)]));
  const people = dataset.story.people.filter((p) => ids.has(p.id)).map((p) => ({ id: p.id, name: p.name }));
  people.sort((a, b) => compareCodeUnits(a.name, b.name));
  const outlets = [...new Set(dataset.articles.map((a) => a.outlet))].sort(compareCodeUnits);
  return { people, outlets };
}
