// Content-script logic without a browser: settings filtering, keyboard navigation order, dataset paragraph lookup.
import { describe, expect, it } from 'vitest';
import { pageIndexOf } from '../../src/content/anchor';
import { nextIndex, shortcutStep } from '../../src/content/keyboard';
import { pageReport, splitHidden, visibleModel } from '../../src/content/visible-notes';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { buildModel } from '../../src/ui/sidebar/model';
import { TIMELINE, sampleResult } from './helpers/sidebar-sample';

const model = buildModel(sampleResult(), TIMELINE, null)!;
const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('visibleModel', () => {
  it('shows nothing when annotations are off globally or for this site', () => {
    expect(visibleModel(model, settings({ enabled: false }), 'www.rnz.co.nz')).toBeNull();
    expect(visibleModel(model, settings({ sites: { 'rnz.co.nz': false } }), 'www.rnz.co.nz')).toBeNull();
  });

  it('a site override turns notes on where the global switch is off', () => {
    expect(visibleModel(model, settings({ enabled: false, sites: { 'rnz.co.nz': true } }), 'www.rnz.co.nz')?.notes.length).toBe(2);
  });

  it('hides a switched-off kind and drops notes left empty', () => {
    const noEarlier = visibleModel(model, settings({ kinds: { conflict: true, earlier: false } }), 'www.rnz.co.nz')!;
    expect(noEarlier.notes.map((n) => [n.index, n.conflicts.length, n.earlier.length])).toEqual([[1, 1, 0]]);
  });
});

describe('splitHidden', () => {
  it('moves the notes of paragraphs the reader cannot see to the hidden list, and the report counts only the rest', () => {
    const shown = { tag: 'shown' } as unknown as Element;
    const hidden = { tag: 'hidden' } as unknown as Element;
    const anchors = new Map([
      [model.notes[0]!.key, shown],
      [model.notes[1]!.key, hidden],
    ]);
    const split = splitHidden(model, anchors, (el) => el === hidden);
    expect(split.notes.map((n) => n.key)).toEqual([model.notes[0]!.key]);
    expect(split.hidden.map((n) => n.key)).toEqual([model.notes[1]!.key]);
    expect(pageReport('https://www.rnz.co.nz/x', 'sharma-2022', split).count).toBe(1);
    // Nothing hidden: the same model.
    expect(splitHidden(model, anchors, () => false)).toBe(model);
  });
});

describe('keyboard navigation', () => {
  const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
    ({ code, altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, target: null, ...mods }) as unknown as KeyboardEvent;

  it('Alt+Shift+J is next and Alt+Shift+K previous; other chords are ignored', () => {
    expect(shortcutStep(key('KeyJ'))).toBe(1);
    expect(shortcutStep(key('KeyK'))).toBe(-1);
    expect(shortcutStep(key('KeyJ', { ctrlKey: true }))).toBeNull();
    expect(shortcutStep(key('KeyJ', { shiftKey: false }))).toBeNull();
  });

  it('is ignored while typing in a page field', () => {
    const input = { isContentEditable: false, closest: (s: string) => (s.includes('input') ? {} : null) };
    expect(shortcutStep(key('KeyJ', { target: input as unknown as EventTarget }))).toBeNull();
  });

  it('moves from the current note and wraps around', () => {
    expect(nextIndex(3, 0, 1)).toBe(1);
    expect(nextIndex(3, 2, 1)).toBe(0);
    expect(nextIndex(3, 0, -1)).toBe(2);
  });

  it('without a current note starts from the first paragraph below the top of the viewport', () => {
    expect(nextIndex(3, -1, 1, [-500, 200, 900])).toBe(1);
    expect(nextIndex(3, -1, -1, [-500, 200, 900])).toBe(0);
    expect(nextIndex(0, -1, 1)).toBe(-1);
  });
});

describe('pageIndexOf', () => {
  it('finds the page paragraph that is a dataset paragraph, else one quoting it', () => {
    const result = sampleResult();
    expect(pageIndexOf(result, '000_de6308f5bd6f12f4.txt', 2)).toBe(2);
    expect(pageIndexOf(result, '003_80caf779e764ae7d.txt', 5)).toBe(1);
    expect(pageIndexOf(result, 'nope.txt', 0)).toBe(-1);
  });
});
