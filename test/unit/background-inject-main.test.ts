// The background injects content/main into exactly the frame whose gate passed, and ignores other messages.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATE_PASSED, MAIN_SCRIPT, registerInjectMain } from '../../src/background/inject-main';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const sender = (tabId: number, frameId: number) => ({ tab: { id: tabId }, frameId }) as Sender;

describe('background: inject content/main when the gate passes', () => {
  const executeScript = vi.fn(async () => [] as unknown[]);

  beforeEach(() => {
    fakeBrowser.reset();
    // The fake does not implement scripting; record calls instead.
    (fakeBrowser.scripting as { executeScript: unknown }).executeScript = executeScript;
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
});
