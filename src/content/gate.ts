// The declared content script: a cheap check that the page may cover a known story, then a request to inject main.
//
// It runs on every page of the four news sites (and, once the reader grants "other sites", on pages of the granted
// origins, registered by background/other-sites.ts), so it stays dependency-free (no polyfill: the raw `chrome` /
// `browser` global is enough for one sendMessage), only reads the DOM, and does nothing at all to the page when it fails.
// What a page it turns away runs is kept to the first look (on words and a selector built into gate.json), written
// out at the top level below, and, on sites that navigate in the page, one navigation listener: no object, regular
// expression or symbol is made before a page passes (docs/PERFORMANCE.md, "Gate cost"). The decisions themselves live
// in gate-check.ts.
import gate from '../../build/data/gate.json';
import { fullCheck, looksFirst } from './gate-check';
import { EARLY_SETTINGS_KEY } from './handoff';
import { isNewsHost, navigatesInPage } from '../shared/news-sites';

interface MessagingGlobal {
  runtime: { sendMessage(message: unknown): unknown };
  storage?: { local?: { get(key: string): unknown } };
}


/**
 * In a content script, Firefox provides `browser` (promises) and Chrome `chrome` (promises in MV3). Looked up only
 * once a page passed: Chromium builds the extension API bindings on first touch (~0.5-1 ms of script time), which
 * every page that is not the story would otherwise pay (docs/PERFORMANCE.md, "Gate cost").
 */
function extensionApi(): MessagingGlobal | undefined {
  return (globalThis as { browser?: MessagingGlobal; chrome?: MessagingGlobal }).browser ?? (globalThis as { chrome?: MessagingGlobal }).chrome;
}

/** Marked only when the gate passes, so the in-page benchmark can time gate start -> notes painted. */
export const MARK_GATE = 'counterpoint:gate';

/** After an in-page navigation, the new title and meta arrive a little later: look again once they have. */
const RECHECK_AFTER_NAVIGATION_MS = [0, 1000];

/**
 * How often the gate looked at this page and whether it passed: the e2e tests read it in the extension's isolated
 * world (as CounterpointGate.checks; pages cannot see it) to know the gate ran and decided before asserting silence.
 */
export const checks = { count: 0, passed: false };

/** Runs the gate once (after an in-page navigation); true when it passed and asked for content/main. */
function check(): boolean {
  checks.count++;
  return looksFirst(document, gate.first) && pass();
}

/** The full decision on a page the first look let through; true when it passed and asked for content/main. */
function pass(): boolean {
  if (!fullCheck(document)) return false;
  const ext = extensionApi();
  if (!ext?.runtime) return false;
  checks.passed = true;
  // Marked when the check has passed (microseconds after it began): `performance` is one more interface that the
  // pages turned away would otherwise pay for.
  performance.mark(MARK_GATE);
  try {
    (globalThis as Record<symbol, unknown>)[Symbol.for(EARLY_SETTINGS_KEY)] = Promise.resolve(ext.storage?.local?.get('settings')).catch(() => undefined);
  } catch {
    // No storage access here: content/main reads the settings itself.
  }
  Promise.resolve(ext.runtime.sendMessage({ type: 'content/gate-passed' })).catch(() => {
    // The background may be restarting after an update; the next page load will try again.
  });
  return true;
}

/**
 * The Herald and Stuff render on the client: a reader can reach the story from a home page without a page load.
 * There (and on other sites the reader granted), when the first check fails, look again after each same-document navigation (the Navigation API where the browser
 * has it, back/forward in Firefox ESR, which lacks it) until one passes; content/main then follows later navigations
 * itself. One listener and no AbortController: every object the first run creates is script time on every page.
 */
function watchNavigations(): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  const target: EventTarget = navigation ?? globalThis;
  const type = navigation ? 'navigatesuccess' : 'popstate';
  let passed = false;
  const recheck = () => {
    for (const delay of RECHECK_AFTER_NAVIGATION_MS) {
      setTimeout(() => {
        if (!passed && check()) {
          passed = true;
          target.removeEventListener(type, recheck);
        }
      }, delay);
    }
  };
  target.addEventListener(type, recheck);
}

if (typeof document !== 'undefined') {
  // The first look on load: gate-check.ts looksFirst written out here, not called. Each function's first call compiles
  // it, and on the pages turned away (nearly all) calling looksFirst, firstLookIn and check cost 0.1-0.2 ms of the
  // gate's 0.6-0.8 (docs/PERFORMANCE.md, "Gate cost"). test/unit/content-gate-entry.test.ts keeps the two equal.
  checks.count++;
  const url = document.URL;
  let maybe = url.split('-').length >= 4 || !isNewsHost(document.location.hostname);
  if (maybe) {
    const text = `${url}\n${document.title}`.toLowerCase();
    const words = gate.first.words;
    maybe = false;
    for (let i = 0; i < words.length && !maybe; i++) maybe = text.includes(words[i]!);
    if (!maybe) {
      try {
        maybe = gate.first.metaSelector !== '' && document.querySelector(gate.first.metaSelector) !== null;
      } catch {
        // A gate word the selector cannot hold: leave the decision to the full check.
        maybe = true;
      }
    }
  }
  // RNZ and Newshub load each article as a page: a listener there would be script time on every page for nothing.
  if (!(maybe && pass()) && navigatesInPage(url)) watchNavigations();
}
