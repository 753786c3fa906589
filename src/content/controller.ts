// Owns the page sessions of one tab: starts one per address, feeds it settings and background messages, and
// removes everything when the address changes, the page goes away, or the extension is disabled or updated.

import type { BackgroundToContent } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { PageSession } from './session';
import type { SessionDeps } from './session-deps';
import { timed, yieldToPage } from './stats';

/** How often an idle page checks that the extension is still alive (a cheap property read). */
export const ALIVE_CHECK_MS = 5000;

export interface ControllerDeps extends Omit<SessionDeps, 'onUrlChange'> {
  loadSettings: () => Promise<Settings>;
  subscribeSettings: (cb: (s: Settings) => void) => () => void;
  /** Background -> content messages; returns the unsubscribe function. */
  onMessage: (cb: (msg: BackgroundToContent) => void) => () => void;
  /** False once the extension was disabled, removed or updated under this (orphaned) script. */
  runtimeAlive: () => boolean;
}

export interface Controller {
  readonly session: PageSession | null;
  /** Starts a new session for the current address (e.g. once the Readability fallback has loaded). */
  restart(): void;
  destroy(): void;
}

export async function startController(deps: ControllerDeps): Promise<Controller> {
  const life = new AbortController();
  const win = deps.doc.defaultView!;
  const pendingSettings = deps.loadSettings();
  let settings = DEFAULT_SETTINGS;
  let session: PageSession | null = null;

  const destroy = () => {
    if (life.signal.aborted) return;
    life.abort();
    session?.destroy();
    session = null;
  };
  /** Every entry point first checks the runtime: an orphaned script cleans up instead of acting. */
  const alive = (): boolean => {
    if (deps.runtimeAlive()) return true;
    destroy();
    return false;
  };

  const create = () => new PageSession({ ...deps, alive, onUrlChange: () => begin() }, settings);
  /** Starts a session for the current address (`prepared`: one that already extracted and matched it). */
  const begin = (prepared?: PageSession) => {
    if (session !== prepared) session?.destroy();
    if (!alive()) return;
    session = prepared ?? create();
    session.start();
  };

  // Extraction and the background's matching only read the page, so they run while the settings read is in
  // flight (extraction as a task of its own); showing the notes waits for both (the reader may have switched them off).
  const early = create();
  await yieldToPage();
  await timed('extract', () => early.prepare());
  settings = await pendingSettings;
  early.setSettings(settings);

  const unsubscribeSettings = deps.subscribeSettings((s) => {
    if (!alive()) return;
    settings = s;
    session?.setSettings(s);
  });
  const unsubscribeMessages = deps.onMessage((msg) => {
    if (!alive()) return;
    if (msg.type === 'background/settings-changed') {
      settings = msg.settings;
      session?.setSettings(msg.settings);
    } else if (msg.type === 'background/scroll-to') {
      session?.scrollTo(msg.file, msg.paragraph);
    }
  });
  const timer = win.setInterval(alive, ALIVE_CHECK_MS);
  // Leaving the page for good (not into the back/forward cache) ends the session.
  win.addEventListener('pagehide', (e) => !e.persisted && destroy(), { signal: life.signal });
  life.signal.addEventListener('abort', () => {
    unsubscribeSettings();
    unsubscribeMessages();
    win.clearInterval(timer);
  });

  timed('first notes', () => begin(early));
  return {
    get session() {
      return session;
    },
    restart: () => {
      if (!life.signal.aborted) begin();
    },
    destroy,
  };
}
