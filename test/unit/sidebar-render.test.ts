// The sidebar as a reader sees it: cards with the right content, missing claims, text never parsed as HTML.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { buildModel } from '../../src/ui/sidebar/model';
import { Sidebar, type SidebarLayout, type SidebarProps } from '../../src/ui/sidebar/sidebar';
import { ARTICLES, TIMELINE, conflict, sampleResult } from './helpers/sidebar-sample';

const WIDE: SidebarLayout = { mode: 'wide', left: 900, width: 320, articleTop: 100, anchors: {}, maxBottom: 5000 };

function mount(props: Partial<SidebarProps> & { result?: ReturnType<typeof sampleResult> }) {
  const { document } = parseHTML('<!doctype html><html><body><div id="m"></div></body></html>');
  const root = document.getElementById('m') as unknown as HTMLElement;
  const model = buildModel(props.result ?? sampleResult(), TIMELINE, '2022-08-15T17:21:00+12:00', ARTICLES)!;
  const all: SidebarProps = {
    model,
    layout: WIDE,
    activeKey: null,
    expanded: new Set(props.model ? [] : buildModel(props.result ?? sampleResult(), TIMELINE, null)!.notes.map((n) => n.key)),
    drawerOpen: false,
    status: '',
    onShow: () => {},
    onToggle: () => {},
    onOpenDrawer: () => {},
    onCloseDrawer: () => {},
    ...props,
  };
  render(h(Sidebar, all), root);
  return { root, model, document };
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sidebar (wide)', () => {
  it('states each dispute once and each side once, with every account under its side', () => {
    const result = sampleResult();
    const side = 'Sharma: bullying is rampant';
    result.paragraphs[1]!.annotations = [
      conflict(),
      conflict({ paragraph: 4, claimId: 'sharma-harassment-book', quote: 'would easily fill a book or two' }),
      conflict({ claimant: 'Duncan Webb', claimId: 'webb-good-faith', quote: 'acted in good faith', dispute: { id: 'bullying', summary: 'Whether MPs, Sharma among them, were bullied', side: 'Webb: good faith' } }),
    ];
    const { root } = mount({ result });
    const section = root.querySelector('section.conflict')!;
    // One dispute, already the card's heading: not repeated inside the card.
    expect(section.querySelectorAll('.dispute-line')).toHaveLength(0);
    expect(section.querySelectorAll('.dispute')).toHaveLength(1);
    const labels = [...section.querySelectorAll('.side-label')].map(text);
    expect(labels).toEqual([side, 'Webb: good faith']);
    const groups = [...section.querySelectorAll('.side-group')];
    expect(groups.map((g) => g.querySelectorAll('.words').length)).toEqual([2, 1]);
    expect(text(groups[1]!.querySelector('.who'))).toBe('NZ Herald reported Duncan Webb’s account:');
  });

  it('is a complementary landmark labelled "Counterpoint notes" with the story title as a heading', () => {
    const { root } = mount({});
    const aside = root.querySelector('aside');
    expect(aside?.getAttribute('aria-label')).toBe('Counterpoint notes');
    expect(text(root.querySelector('h2'))).toBe("Gaurav Sharma's bullying allegations");
  });

  it('shows one card per annotated paragraph, headed by what it is about (the dispute, else the claim), never a number', () => {
    const { root } = mount({});
    const cards = [...root.querySelectorAll('article.card')];
    expect(cards.map((c) => text(c.querySelector('h3')))).toEqual([
      'Disputed: Whether MPs, Sharma among them, were bullied',
      "Reported earlier: Ardern says Sharma's claims are disputed.",
    ]);
    const labelled = cards[0]!.getAttribute('aria-labelledby')!;
    expect(root.querySelector(`[id="${labelled}"]`)?.tagName.toLowerCase()).toBe('h3');
  });

  it('shows a reported account in the outlet\'s voice: no quotation marks, not under the person\'s name as their words', () => {
    const { root } = mount({});
    const section = root.querySelector('article.card .conflict')!;
    expect(text(section.querySelector('h4'))).toBe('Conflicting accounts');
    expect(text(section.closest('article')!.querySelector('h3'))).toBe('Disputed: Whether MPs, Sharma among them, were bullied');
    expect(text(section.querySelector('.who'))).toBe('NZ Herald reported Gaurav Sharma’s account:');
    expect(section.querySelector('blockquote')).toBeNull();
    expect(text(section.querySelector('.words.report'))).toBe('such bullying was "promoted and facilitated" by Parliamentary Service');
    const link = section.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(conflict().url);
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(text(link)).toContain('NZ Herald, 13 Aug 2022');
  });

  it('shows earlier reporting with headline and a word diff against this page\'s words', () => {
    const { root } = mount({});
    const section = root.querySelector('article.card .earlier')!;
    expect(text(section.querySelector('h4'))).toBe('Earlier reporting');
    expect(section.querySelector('a')!.getAttribute('title')).toContain('claims disputed');
    const removed = [...section.querySelectorAll('del')].map(text).join(' ');
    const added = [...section.querySelectorAll('ins')].map(text).join(' ');
    expect(removed).toContain('told reporters');
    expect(added).toContain('worried');
  });

  it('lists claims the page does not show under "Not shown on this page"', () => {
    const { root } = mount({});
    const missing = root.querySelector('.missing')!;
    expect(text(missing.querySelector('h3'))).toBe('Not shown on this page');
    expect(text(missing)).toContain('his claims of misspent taxpayer funding were hushed up');
  });

  it('tells two articles of one outlet apart by day in an event\'s sources', () => {
    const timeline = [{ ...TIMELINE[0]!, sources: [{ file: ARTICLES[0]!.file, paragraph: 1 }, { file: ARTICLES[1]!.file, paragraph: 2 }] }];
    const articles = ARTICLES.map((a, i) => ({ ...a, published: i ? '2022-08-12' : '2022-08-13' }));
    const { root } = mount({ model: buildModel(sampleResult(), timeline, null, articles)! });
    expect([...root.querySelectorAll('.timeline .sources a')].map(text)).toEqual(['NZ Herald, 13 Aug', 'NZ Herald, 12 Aug']);
  });

  it('places this article in the timeline after the events before its date', () => {
    const { root } = mount({});
    const rows = [...root.querySelectorAll('.timeline li')].map(text);
    expect(rows).toEqual([
      "11 Aug Sharma's column alleges rampant bullying (NZ Herald)",
      '12 Aug Ardern speaks to media (NZ Herald)',
      '15 Aug This article',
      '16 Aug Caucus suspends Sharma (example.org)',
    ]);
    // Each source is a link: an article by its outlet's name, a later source by its host.
    const links = [...root.querySelectorAll('.timeline .sources a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['NZ Herald', ARTICLES[0]!.url],
      ['NZ Herald', ARTICLES[1]!.url],
      ['example.org', 'https://www.example.org/suspension'],
    ]);
    expect(text(root.querySelector('.timeline summary'))).toContain('15 Aug 2022, 5:21 pm');
  });

  it('labels same-day reports by date, not as "earlier", when the order is unknown', () => {
    const result = sampleResult();
    result.paragraphs[2]!.annotations = [{ ...result.paragraphs[2]!.annotations[0]!, orderUnknown: true }];
    const { root } = mount({ result });
    const cards = root.querySelectorAll('article.card');
    expect(text(cards[1]!.querySelector('.earlier h4'))).toBe('Other reporting, by date');
  });

  it('renders page and dataset text as text: markup in them creates no elements', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = sampleResult(['First.', `Paragraph ${evil}`, 'Third.']);
    result.paragraphs[1]!.annotations = [conflict({ quote: evil, claimant: evil, url: 'javascript:alert(3)' })];
    result.story!.title = evil;
    const { root } = mount({ result });
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(text(root.querySelector('.words'))).toBe(evil);
    expect(text(root.querySelector('h2'))).toBe(evil);
    // A javascript: address is shown as plain text, never as a link.
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('collapses margin cards to their subject, whose accounts, and who reported it earlier, with a Details button', () => {
    const { root } = mount({ expanded: new Set() });
    const card = root.querySelector('article.card')!;
    expect(card.querySelector('.words')).toBeNull();
    expect(text(card.querySelector('.conflict-line'))).toBe('1 account: Gaurav Sharma');
    expect(text(card.querySelector('.earlier-line'))).toBe('Reported earlier: NZ Herald, 12 Aug 2022');
    const toggle = card.querySelector('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`[id="${toggle.getAttribute('aria-controls')}"]`)).not.toBeNull();
  });

  it('shows the active card in full even when collapsed otherwise', () => {
    const model = buildModel(sampleResult(), TIMELINE, null)!;
    const { root } = mount({ expanded: new Set(), activeKey: model.notes[0]!.key });
    const cards = root.querySelectorAll('article.card');
    expect(cards[0]!.querySelector('.words')).not.toBeNull();
    expect(cards[0]!.classList.contains('active')).toBe(true);
    expect(cards[1]!.querySelector('.words')).toBeNull();
  });

  it('clicking "Show" or the card asks to show its paragraph', () => {
    const onShow = vi.fn();
    const { root, model, document } = mount({ onShow });
    const button = root.querySelector('article.card button.show')!;
    button.dispatchEvent(new document.defaultView!.Event('click', { bubbles: true }));
    expect(onShow).toHaveBeenCalledWith(model.notes[0]!.key);
  });
});

describe('sidebar (narrow)', () => {
  it('shows only a tab that says how many notes, in words, while closed', () => {
    const { root } = mount({ layout: { mode: 'narrow' } });
    const tab = root.querySelector('button.tab')!;
    expect(text(tab)).toBe('Open Counterpoint: 2 notes');
    expect(text(tab.querySelector('.tab-label')!.lastChild as Element)).toBe('2 notes');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(root.querySelectorAll('article.card').length).toBe(0);
  });

  it('opens a modal dialog drawer with every card; Escape asks to close it', () => {
    const onCloseDrawer = vi.fn();
    const { root, document } = mount({ layout: { mode: 'narrow' }, drawerOpen: true, onCloseDrawer });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(text(root.querySelector(`[id="${dialog.getAttribute('aria-labelledby')}"]`))).toBe('Counterpoint notes');
    expect(dialog.querySelectorAll('article.card').length).toBe(2);
    expect(dialog.querySelector('.missing')).not.toBeNull();
    const esc = new document.defaultView!.Event('keydown', { bubbles: true }) as unknown as KeyboardEvent;
    Object.defineProperty(esc, 'key', { value: 'Escape' });
    dialog.dispatchEvent(esc);
    expect(onCloseDrawer).toHaveBeenCalledOnce();
  });
});
