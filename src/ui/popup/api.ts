// What the popup asks of the browser and the background, behind one interface so tests can supply their own.

import { browser } from '../../shared/browser';
import type { PopupToBackground, Responses, SearchClaim } from '../../shared/messages';
import type { SettingsPatch } from '../../shared/settings';

export interface PopupApi {
  getClaims(): Promise<Responses['popup/get-claims']>;
  /** State of the active tab (null when there is no active tab). */
  getTabState(): Promise<Responses['popup/get-tab-state'] | null>;
  setSettings(patch: SettingsPatch): Promise<Responses['popup/set-settings']>;
  open(claim: SearchClaim): Promise<Responses['popup/open-source']>;
}

function send<T extends PopupToBackground>(msg: T): Promise<Responses[T['type']]> {
  return browser.runtime.sendMessage(msg) as Promise<Responses[T['type']]>;
}

export const browserApi: PopupApi = {
  getClaims: () => send({ type: 'popup/get-claims' }),
  async getTabState() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return send({ type: 'popup/get-tab-state', tabId: tab.id });
  },
  setSettings: (patch) => send({ type: 'popup/set-settings', patch }),
  open: (c) => send({ type: 'popup/open-source', url: c.url, file: c.file, paragraph: c.paragraph }),
};
