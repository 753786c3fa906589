// The background injects content/main into exactly the frame whose gate passed (and Readability into the frame whose main asks), and ignores other messages.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATE_PASSED, MAIN_SCRIPT, NEED_READABILITY, READABILITY_SCRIPT, registerInjectMain } from '../../src/background/inject-main';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const RNZ = 'https://www.rnz.co.nz/news/political/472903/prime-minister-jacinda-ardern-says-labour-caucus-to-meet-over-gaurav-sharma-situation';
const OTHER = 'https://www.example-syndicate.co.nz/news/sharma-caucus';
const sender = (tabId: number, frameId: number, url = RNZ) => ({ tab: { id: tabId, url }, frameId, url }) as Sender;

describe('background: inject content/main when the gate passes', () => {
  const executeScript = vi.fn(async () => [] as unknown[]);
  let grantedOrigins: string[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    // The fake does not implement scripting; record calls instead.
    (fakeBrowser.scripting as { executeScript: unknown }).executeScript = executeScript;
    grantedOrigins = [];
    // Only the exact "origin/*" question inject-main asks, answered from the grants.
    (fakeBrowser.permissions as { contains: unknown }).contains = async (p: { origins?: string[] }) =>
      (p.origins ?? []).every((o) => grantedOrigins.includes('*://*/*') || grantedOrigins.includes(o));
    registerInjectMain();
  });
  afterEach(() => executeScript.mockClear());

  it('injects main into the sending tab and frame', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: GATE_PASSED }, sender(7, 3), () => undefined);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [MAIN_SCRIPT] });
  });

  it('does nothing for other messages or senders without a tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, sender(7, 0), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: GATE_PASSED }, {}, () => undefined);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects on another site only while the reader grants that origin', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: GATE_PASSED }, sender(8, 0, OTHER), () => undefined);
    expect(executeScript).not.toHaveBeenCalled();
    grantedOrigins = ['https://www.example-syndicate.co.nz/*'];
    await fakeBrowser.runtime.onMessage.trigger({ type: GATE_PASSED }, sender(8, 0, OTHER), () => undefined);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 8, frameIds: [0] }, files: [MAIN_SCRIPT] });
  });

  it('refuses look-alike hosts and non-web senders without a grant', async () => {
    for (const url of ['https://rnz.co.nz.evil.example/news/sharma', 'chrome-extension://x/page.html', 'file:///tmp/sharma.html']) {
      await fakeBrowser.runtime.onMessage.trigger({ type: GATE_PASSED }, sender(9, 0, url), () => undefined);
    }
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects Readability into the asking frame only, under the same sender checks', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: NEED_READABILITY }, sender(7, 2), () => undefined);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [2] }, files: [READABILITY_SCRIPT] });
    executeScript.mockClear();
    await fakeBrowser.runtime.onMessage.trigger({ type: NEED_READABILITY }, sender(8, 0, OTHER), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: NEED_READABILITY }, sender(9, 0, 'https://rnz.co.nz.evil.example/x'), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: NEED_READABILITY }, {}, () => undefined);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
