// The gate's first look at a page, as data built once (build-data writes it into gate.json) and one check of it.

/** The meta tags whose contents count as the page's own words (GateInput.meta). */
export const META_SELECTOR =
  'meta[name="keywords"],meta[name="news_keywords"],meta[property="og:title"],meta[property="og:description"]';

/** What the first look needs, computed once at build time (build/data/gate.json `first`): words and meta selector. */
export interface FirstLook {
  /** Every story's gate words, lower-case. */
  words: string[];
  /** One selector matching any of the meta tags whose content contains a gate word, ignoring ASCII case. */
  metaSelector: string;
}

/** The first look's words and selector for these stories (build-data writes it into gate.json). */
export function firstLookOf(stories: readonly { gateWords: readonly string[] }[]): FirstLook {
  const words = stories.flatMap((story) => story.gateWords.map((w) => w.toLowerCase()));
  let metaSelector = '';
  for (const w of words) {
    // ASCII case-insensitive substring match in the selector itself: a page without the word creates no element
    // wrappers at all. (Gate words are ASCII; toLowerCase would also fold the Kelvin sign, which no meta carries.)
    const quoted = `"${w.split('\\').join('\\\\').split('"').join('\\"')}" i]`;
    for (const meta of META_SELECTOR.split(',')) metaSelector += `${metaSelector ? ',' : ''}${meta}[content*=${quoted}`;
  }
  return { words, metaSelector };
}

/** The first look past the address check: a gate word in the address or title, else in a meta tag's content. */
export function firstLookIn(doc: Pick<Document, 'URL' | 'title' | 'querySelector'>, look: FirstLook): boolean {
  const text = `${doc.URL}\n${doc.title}`.toLowerCase();
  // An index loop: for-of would make an array iterator, one more object on every page turned away.
  for (let i = 0; i < look.words.length; i++) if (text.includes(look.words[i]!)) return true;
  try {
    return look.metaSelector !== '' && doc.querySelector(look.metaSelector) !== null;
  } catch {
    // A gate word the selector cannot hold (a line break): leave the decision to the full check.
    return true;
  }
}

