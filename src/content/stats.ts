// Counterpoint's own work in a page, counted and timed: the longest task we ran, how often our observer fired.
//
// Kept on a global of the content script's isolated world (Symbol.for key), which page scripts cannot see; the
// e2e tests and the in-page benchmark read it through the DevTools protocol in that world.

export interface ContentStats {
  /** Tasks of ours timed with timed(): first-run chunks, observer callbacks, re-runs, re-paints. */
  tasks: number;
  /** Longest of them, in ms (main-thread time Counterpoint blocked the page for). */
  maxTaskMs: number;
  /** Name of the longest one. */
  maxTask: string;
  /** MutationObserver callbacks received (must stop growing once the page session ended). */
  mutationCallbacks: number;
  /** Extract + match runs after the first one. */
  reruns: number;
  /** The first tasks, [name, ms], for the in-page benchmark's step breakdown (bounded). */
  first: [string, number][];
}

const KEY = Symbol.for('counterpoint.stats');

export const stats: ContentStats = ((globalThis as Record<symbol, ContentStats | undefined>)[KEY] ??= {
  tasks: 0,
  maxTaskMs: 0,
  maxTask: '',
  mutationCallbacks: 0,
  reruns: 0,
  first: [],
});

/** Runs `fn` and records its duration as one of our tasks. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - start;
    stats.tasks++;
    if (stats.first.length < 16) stats.first.push([name, Math.round(ms * 10) / 10]);
    if (ms > stats.maxTaskMs) {
      stats.maxTaskMs = ms;
      stats.maxTask = name;
    }
  }
}

/** Gives the page's own tasks (input, rendering) a turn between our chunks of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
