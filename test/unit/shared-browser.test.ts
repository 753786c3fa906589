// The browser seam: in unit tests `browser` is the in-memory fake, so code using it runs without an extension.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from '../../src/shared/browser';

describe('shared/browser in unit tests', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the fake browser, so storage written through it is visible to the test', async () => {
    await browser.storage.local.set({ seen: 3 });
    expect(await fakeBrowser.storage.local.get('seen')).toEqual({ seen: 3 });
  });
});
