// What the gate hands to content/main inside the content-script world (both run in the same isolated world).

/**
 * A passing gate starts reading the settings and leaves the promise here, so the storage read overlaps the
 * injection round trip instead of following it. content/main takes it (and deletes it) when it boots.
 */
export const EARLY_SETTINGS = Symbol.for('counterpoint.early-settings');
