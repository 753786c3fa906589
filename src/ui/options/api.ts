// The options page's requests to the background, and the file download, behind one interface tests can replace.

import { browser } from '../../shared/browser';
import type { OptionsToBackground, Responses } from '../../shared/messages';
import type { OptionsApi } from './saved-claims';

function send<T extends OptionsToBackground>(msg: T): Promise<Responses[T['type']]> {
  return browser.runtime.sendMessage(msg) as Promise<Responses[T['type']]>;
}

export const browserOptionsApi: OptionsApi = {
  list: () => send({ type: 'options/list-saved' }),
  update: (id, patch) => send({ type: 'options/update-saved', id, ...patch }),
  remove: (id) => send({ type: 'options/delete-saved', id }),
  importText: (text) => send({ type: 'options/import', text }),
  exportJson: () => send({ type: 'options/export' }),
  download(json, fileName) {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/ld+json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
