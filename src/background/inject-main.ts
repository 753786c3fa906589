// Injects content/main into a tab's frame when the declared (or, on granted origins, registered) gate script says the page may cover a story,
// and content/readability into that frame when main asks for the fallback.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser';
import { ContentToBackgroundSchema, isHttpUrl, isNewsHost } from '../shared/messages';
import { warmSoon } from './warm-engine';

/** Sent by content/gate.ts when a page passes the cheap story check. */
export const GATE_PASSED = 'content/gate-passed';

/** The file the build writes for src/content/main.ts (see scripts/build.ts). */
export const MAIN_SCRIPT = 'content/main.js';

/** Sent by content/main on a page no site adapter reads; answered once Readability is in the frame. */
export const NEED_READABILITY = 'content/need-readability';

/** The file the build writes for src/content/readability.ts. */
export const READABILITY_SCRIPT = 'content/readability.js';

const FILES: Record<string, string> = { [GATE_PASSED]: MAIN_SCRIPT, [NEED_READABILITY]: READABILITY_SCRIPT };

/**
 * May main run in the sender's frame? Always on the four news sites (the manifest's host permissions); elsewhere
 * only while the reader's grant covers the frame's origin (the grant may have been withdrawn since the gate ran).
 */
export async function mayInject(sender: Runtime.MessageSender): Promise<boolean> {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  const href = sender.url ?? sender.tab?.url;
  if (!href || !isHttpUrl(href)) return false;
  const url = new URL(href);
  if (isNewsHost(url.hostname)) return true;
  return browser.permissions.contains({ origins: [`${url.origin}/*`] }).catch(() => false);
}

/** Handles one runtime message; returns a promise only for messages it owns, as onMessage expects. */
export function onGateMessage(message: unknown, sender: Runtime.MessageSender): Promise<boolean> | undefined {
  const file = fileFor(message);
  if (!file) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return mayInject(sender).then(async (ok) => {
    if (!ok) return false;
    // Into the sender's own frame only: the file runs in that frame's isolated world, beside the gate and main.
    const injected = browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    // content/main will ask for its notes: build the engine (if this worker has none) while the page parses main.
    if (file === MAIN_SCRIPT) warmSoon();
    await injected;
    return true;
  });
}

/** The script a valid injection request asks for, or null for any other message. */
function fileFor(message: unknown): string | null {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(FILES, type)) return null;
  return v.is(ContentToBackgroundSchema, message) ? FILES[type]! : null;
}

export function registerInjectMain(): void {
  browser.runtime.onMessage.addListener(onGateMessage);
}
