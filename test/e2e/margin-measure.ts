// What a reader sees of the margin notes, measured in the page: whether each card sits beside the paragraph it quotes.

/** One margin card as placed: which page paragraph it is beside and whether its top lies within that paragraph. */
export interface CardPlacement {
  /** The start of the paragraph the card quotes (its excerpt), for messages. */
  paragraph: string;
  /** A page paragraph with that text exists and is visible. */
  found: boolean;
  /** The card's top lies within the paragraph's vertical span (document px, 1 px tolerance). */
  beside: boolean;
  /** The card is right of the paragraph. */
  right: boolean;
  open: boolean;
}

/**
 * Runs in the page (pass to page.evaluate as a string: `(${measureCards})()`, so it needs no bundling). Finds each
 * card's paragraph by the card's excerpt of it (its first words, as the reader sees it in the drawer) among the
 * page's visible <p> elements, then compares the boxes.
 */
export function measureCards(): CardPlacement[] {
  const root = document.querySelector('counterpoint-root')?.shadowRoot;
  if (!root) return [];
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const paras = [...document.querySelectorAll('p')].filter((p) => p.getClientRects().length > 0 && p.getBoundingClientRect().height > 0);
  return [...root.querySelectorAll<HTMLElement>('.wide article.card')].map((card) => {
    const start = squash(card.querySelector('.excerpt-text')?.textContent ?? '').replace(/\u2026$/, '');
    const p = paras.find((el) => squash(el.textContent ?? '').startsWith(start));
    const c = card.getBoundingClientRect();
    if (!p) return { paragraph: start.slice(0, 50), found: false, beside: false, right: false, open: card.classList.contains('open') };
    const r = p.getBoundingClientRect();
    return {
      paragraph: start.slice(0, 50),
      found: true,
      beside: c.top >= r.top - 1 && c.top <= r.bottom + 1,
      right: c.left >= r.right,
      open: card.classList.contains('open'),
    };
  });
}

/** One account as the reader sees it on a card: who it is under, whether it wears quotation marks, and the words. */
export interface SeenAccount {
  who: string;
  /** Shown with quotation marks (the element's ::before draws an opening quotation mark). */
  quoteStyled: boolean;
  words: string;
  /** The article the card links the account to. */
  url: string;
}

/**
 * Runs in the page (as `(${collectAccounts})()`): every account on every card in the sidebar's shadow root, with
 * what the reader sees of its voice. Open the drawer (or every card) first so the accounts are rendered.
 */
export function collectAccounts(): SeenAccount[] {
  const root = document.querySelector('counterpoint-root')?.shadowRoot;
  if (!root) return [];
  const squash = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
  return [...root.querySelectorAll('article.card .items > li')].flatMap((li) => {
    const words = li.querySelector<HTMLElement>('.words');
    if (!words) return [];
    const before = getComputedStyle(words, '::before').content;
    return [
      {
        who: squash(li.querySelector('.who')?.textContent ?? null),
        quoteStyled: before !== 'none' && before !== 'normal' && before !== '""',
        words: squash(words.textContent),
        url: words.getAttribute('data-url') ?? '',
      },
    ];
  });
}
