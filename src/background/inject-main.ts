// Injects content/main into a tab's frame when the declared gate script says the page may cover a story.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser';

/** Sent by content/gate.ts when a page passes the cheap story check. */
export const GATE_PASSED = 'content/gate-passed';

/** The file the build writes for src/content/main.ts (see scripts/build.ts). */
export const MAIN_SCRIPT = 'content/main.js';

/** Handles one runtime message; returns a promise only for messages it owns, as onMessage expects. */
export function onGateMessage(message: unknown, sender: Runtime.MessageSender): Promise<boolean> | undefined {
  if (!isGatePassed(message)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return browser.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [MAIN_SCRIPT] })
    .then(() => true);
}

function isGatePassed(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === GATE_PASSED;
}

export function registerInjectMain(): void {
  browser.runtime.onMessage.addListener(onGateMessage);
}
