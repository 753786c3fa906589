// Whose words a card shows (quote vs report), when it compares wordings, and what it says of hidden paragraphs.
import { parseHTML } from 'linkedom';
import { h, render, type VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Card } from '../../src/ui/sidebar/card';
import { MissingList } from '../../src/ui/sidebar/missing-list';
import { notesOf, type Note } from '../../src/ui/sidebar/model';
import type { ClaimDraft } from '../../src/ui/sidebar/selection';
import { SAME_SENTENCE, similarity, versionOf } from '../../src/ui/sidebar/word-diff';
import { conflict, earlier, sampleResult } from './helpers/sidebar-sample';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's vnode
function mount(node: VNode<any>) {
  const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  const root = document.getElementById('m') as unknown as HTMLElement;
  render(node, root);
  return { root, document };
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function noteWith(conflicts: ReturnType<typeof conflict>[], earlierItems: ReturnType<typeof earlier>[] = []): Note {
  return { key: 'k', index: 3, text: 'Ardern told reporters the claims were disputed.', conflicts, earlier: earlierItems, links: [] };
}

const JACKSON = conflict({
  claimant: 'Willie Jackson',
  outlet: 'Newshub',
  form: 'quote',
  quote: "I've never seen it. We're a great whanau",
  claimId: 'jackson-never-seen',
});

describe('whose words a card shows', () => {
  it("shows a direct quote in quotation-mark styling under the speaker's name, and offers to save the speaker's words", () => {
    const onSave = vi.fn<(d: ClaimDraft) => void>();
    const { root, document } = mount(h(Card, { note: noteWith([JACKSON]), active: false, expanded: true, onShow: () => {}, onSave }));
    const item = root.querySelector('.conflict li')!;
    expect(text(item.querySelector('.who'))).toBe('Willie Jackson');
    expect(text(item.querySelector('blockquote.quote'))).toBe("I've never seen it. We're a great whanau");
    const save = item.querySelector('button.save-quote')!;
    expect(text(save)).toBe('Save Willie Jackson’s words as a claim');
    save.dispatchEvent(new document.defaultView!.Event('click', { bubbles: true }));
    expect(onSave.mock.calls[0]![0].attribution).toEqual({ form: 'quote', speaker: 'Willie Jackson', outlet: 'Newshub' });
  });

  it("shows a report as the outlet's, with no quotation marks, and saves it as the outlet's report", () => {
    const onSave = vi.fn<(d: ClaimDraft) => void>();
    const reported = conflict({ outlet: 'NZ Herald', claimant: 'Jacinda Ardern', quote: 'Ardern said she had "seen no evidence" of his allegations of bullying.' });
    const { root } = mount(h(Card, { note: noteWith([reported]), active: false, expanded: true, onShow: () => {}, onSave }));
    const item = root.querySelector('.conflict li')!;
    expect(text(item.querySelector('.who'))).toBe('NZ Herald reported Jacinda Ardern’s account:');
    expect(item.querySelector('blockquote')).toBeNull();
    expect(text(item.querySelector('p.words.report'))).toBe(reported.quote);
    expect(text(item.querySelector('button.save-quote'))).toBe('Save NZ Herald’s report as a claim');
  });

  it("shows the outlet's own account as \"NZ Herald reported:\", with nobody's name", () => {
    const own = conflict({ claimant: null, quote: 'However, that was questionable given it was understood the column was published after the meeting.' });
    const { root } = mount(h(Card, { note: noteWith([own]), active: false, expanded: true, onShow: () => {} }));
    expect(text(root.querySelector('.conflict .who'))).toBe('NZ Herald reported:');
  });

  it('treats quote form without a named speaker as a report (never quotation marks under nobody)', () => {
    const orphan = conflict({ claimant: null, form: 'quote', quote: 'a great whanau' });
    const { root } = mount(h(Card, { note: noteWith([orphan]), active: false, expanded: true, onShow: () => {} }));
    expect(root.querySelector('blockquote')).toBeNull();
    expect(text(root.querySelector('.who'))).toBe('NZ Herald reported:');
  });
});

describe('wording differences only where they mean something', () => {
  const EARLIER = "Ardern told reporters Sharma's claims were disputed but she was concerned for Sharma's wellbeing.";

  it('compares a page sentence that is a version of the earlier one (similarity >= 0.5 of the longer)', () => {
    const page = "Labour met on Tuesday. Ardern said Sharma's claims were disputed and she was worried for his wellbeing. More followed.";
    expect(versionOf(EARLIER, page)).toBe("Ardern said Sharma's claims were disputed and she was worried for his wellbeing.");
    expect(similarity(EARLIER, versionOf(EARLIER, page)!)).toBeGreaterThanOrEqual(SAME_SENTENCE);
  });

  it('finds no version in a paragraph that only shares a few words (no diff then)', () => {
    const page = 'The Prime Minister said the caucus would meet this week to deal with the situation, and that claims were a matter for it.';
    expect(similarity(EARLIER, page)).toBeLessThan(SAME_SENTENCE);
    expect(versionOf(EARLIER, page)).toBeNull();
  });

  it('shows the diff with a legend that names both marks in words', () => {
    const a = earlier({ differsFrom: "Ardern said Sharma's claims were disputed and she was worried for his wellbeing." });
    const { root } = mount(h(Card, { note: noteWith([], [a]), active: false, expanded: true, onShow: () => {} }));
    expect(text(root.querySelector('.diff-legend'))).toBe('Underlined: only on this page Struck through: only in the earlier report');
    expect([...root.querySelectorAll('.diff del')].map(text).join(' ')).toContain('told reporters');
  });

  it('omits the comparison when the page words are not a version of the earlier sentence', () => {
    const a = earlier({ differsFrom: 'The caucus was not due to meet until next Tuesday, because it is a recess week at Parliament, she said.' });
    const { root } = mount(h(Card, { note: noteWith([], [a]), active: false, expanded: true, onShow: () => {} }));
    expect(root.querySelector('.differs')).toBeNull();
    expect(root.querySelector('.earlier .words')).not.toBeNull();
  });
});

describe('notes for hidden paragraphs', () => {
  it('lists them under "Not shown on this page" by subject, saying they are in the part the reader cannot see', () => {
    const hidden = notesOf(sampleResult()).map((n) => ({ ...n, earlier: [] })).filter((n) => n.conflicts.length);
    const { root } = mount(h(MissingList, { missing: [], hidden: [...hidden, { ...hidden[0]!, key: 'other' }] }));
    expect(text(root.querySelector('h3'))).toBe('Not shown on this page');
    expect(text(root.querySelector('.hidden-notes .hint'))).toContain('2 paragraphs with notes are in the part of this article you cannot see');
    const items = [...root.querySelectorAll('.hidden-notes li')].map((li) => [text(li.querySelector('.summary')), text(li.querySelector('.meta'))]);
    expect(items).toEqual([['Disputed: Whether MPs, Sharma among them, were bullied', '2 hidden paragraphs; accounts from Gaurav Sharma']]);
    // What the page hides is not shown by us either.
    expect(text(root)).not.toContain(hidden[0]!.text);
  });
});
