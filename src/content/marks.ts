// Performance marks of the first run on a page (gate -> notes painted, step by step), read by scripts/bench-inpage.ts.

export const MARKS = {
  gate: 'counterpoint:gate',
  main: 'counterpoint:main',
  settings: 'counterpoint:settings',
  extracted: 'counterpoint:extracted',
  /** The background's answer arrived (before it is checked): the round trip, apart from checking and rendering. */
  answer: 'counterpoint:answer',
  annotated: 'counterpoint:annotated',
  rendered: 'counterpoint:rendered',
  painted: 'counterpoint:notes-painted',
  /** content/main's first run ended, with notes or without: the e2e tests' signal that it ran and decided. */
  firstRun: 'counterpoint:first-run',
} as const;

const seen = new Set<string>();

/** Marks a step once per page (later runs after DOM edits are not part of time-to-paint). */
export function markOnce(name: string): void {
  if (seen.has(name) || typeof performance === 'undefined') return;
  seen.add(name);
  performance.mark(name);
}
