// Injected by the background only when content/main asks (a page no site adapter reads): hands over Readability.
//
// Kept out of content/main so the pages that matter most (the four news sites, read by their adapters) never
// parse it. See READABILITY_GLOBAL in handoff.ts for why a global of the isolated world is a safe hand-over.
import { Readability } from '@mozilla/readability';
import { READABILITY_GLOBAL } from './handoff';

(globalThis as Record<string, unknown>)[READABILITY_GLOBAL] = Readability;
