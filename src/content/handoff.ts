// What the gate hands to content/main inside the content-script world (both run in the same isolated world).

/**
 * A passing gate starts reading the settings and leaves the promise here, so the storage read overlaps the
 * injection round trip instead of following it. content/main takes it (and deletes it) when it boots.
 */
export const EARLY_SETTINGS_KEY = 'counterpoint.early-settings';
export const EARLY_SETTINGS = Symbol.for(EARLY_SETTINGS_KEY);

/**
 * Where content/readability.js (src/content/readability.ts) leaves @mozilla/readability's class for content/main,
 * which asks the background to inject it only on pages no site adapter reads. A plain global is safe here: both
 * files run in the extension's isolated world of the same frame, which page scripts can neither read nor write
 * (in Firefox, page-set properties do not show through the content script's Xray view of window).
 */
export const READABILITY_GLOBAL = '__counterpointReadability';
