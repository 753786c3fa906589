// "Why this note?": a reader can see who was taken as speaking and which of the page's words made the link.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import { loadDatasets } from '../../src/cli/run';
import { Card } from '../../src/ui/sidebar/card';
import { notesOf } from '../../src/ui/sidebar/model';

const engine = createEngine(loadDatasets());

function renderCard(paragraphs: string[]) {
  const result = engine.annotate({
    url: 'https://thespinoff.co.nz/politics/14-08-2022/sharma-row-explained',
    canonicalUrl: null,
    headline: 'Sharma row: what we know so far',
    outlet: 'The Spinoff',
    published: '2022-08-14T09:00:00+12:00',
    keywords: [],
    paragraphs,
  });
  const note = notesOf(result).find((n) => n.index === paragraphs.length - 1)!;
  const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  const root = document.getElementById('m') as unknown as HTMLElement;
  render(h(Card, { note, active: false, expanded: true, onShow: () => {} }), root);
  return root;
}

describe('why this note', () => {
  it('names the speaker and the page\'s own words for a claim found in other words', () => {
    const root = renderCard([
      'Labour MP Gaurav Sharma has been in a row with his party since his newspaper column went live on Thursday.',
      'Prime Minister Jacinda Ardern said she had seen no evidence of bullying, describing it as an employment matter within his office.',
      'Sharma, who says he has done nothing wrong, accuses chief whip Duncan Webb of threatening and gaslighting him.',
    ]);
    const why = root.querySelector('details.why');
    expect(why?.querySelector('summary')?.textContent).toBe('Why this note?');
    const gaslit = [...(why?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '').find((t) => t.includes('gaslit'));
    expect(gaslit).toContain('Gaurav Sharma is the one speaking here');
    expect(gaslit).toContain('“gaslighting”');
  });

  it('says when the paragraph is a source article\'s own paragraph', () => {
    const root = renderCard([
      'Labour MP Gaurav Sharma has been in a row with his party since his newspaper column went live on Thursday.',
      '"I\'ve seen no evidence of what has been framed as bullying, but rather attempts to create a constructive, long-term solution to this problem," Ardern said.',
    ]);
    const items = [...root.querySelectorAll('details.why li')].map((li) => li.getAttribute('data-via'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((v) => v === 'source' || v === 'quote')).toBe(true);
  });
});
