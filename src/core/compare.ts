// String order by UTF-16 code units, for ASCII keys (file names, ISO dates).

/**
 * Deterministic in every browser and in Node, and free, where the first `localeCompare` in a page costs ~15 ms
 * of collator set-up (it delayed the first notes on a story page).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
