// The long-running parts of the suite (thousands of generated inputs, 130 real pages, 30 s soak) run when
// CP_LONG=1 is set, and always in CI (which sets CI=true); a developer's `npm test` runs a quick version.
export const LONG = Boolean(process.env['CP_LONG'] || process.env['CI']);

/** `quick` runs normally, `long` under CP_LONG/CI. */
export const scaled = (quick: number, long: number): number => (LONG ? long : quick);
