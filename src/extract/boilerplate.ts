// Tells article paragraphs from what surrounds them: captions, promos, ads, paywall prompts and credit lines.

/** Elements whose paragraphs are never article text. */
const EXCLUDED_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Class or data-testid words marking non-article blocks (matched against whole hyphen/underscore-separated words). */
const EXCLUDED_WORDS =
  /(^|[-_\s])(ad|ads|advert|adverts|advertisement|advertising|dfp|gpt|promo|promos|promotion|related|recommended|more-stories|newsletter|signup|paywall|premium-wall|subscribe|subscription|social|share|sharing|caption|credit|byline|author|podcast|teaser|outbrain|taboola|sponsored|widget|video-player)($|[-_\s])/i;

/** Texts that are site furniture whatever element holds them. */
const BOILERPLATE_TEXT = [
  /^(read more|related|recommended|more on this|more from|also read|see also|watch|listen)\b\s*[:\-|]/i,
  /^(related|advertisement|advertise with (us|nzme)\.?|sponsored|read more)$/i,
  /\blisten to\b.*\bpodcast\b/i,
  /\b(subscribe|sign up)\b.*\b(newsletter|podcast|premium|to continue|to read)\b/i,
  /^(already a subscriber|to read this article|this article is for|become a (member|subscriber)|log in|register)\b/i,
  /\bphotos?\s*\/\s*[\p{L}\p{N} .,'&-]{2,40}$/iu,
  /^(photo|image|video|file photo)\s*[:/]/i,
  /^[-\u2013\u2014]?\s*(rnz|newshub|stuff|nzme|nz herald|the new zealand herald|ap|reuters|aap|newsroom)\.?$/i,
  /^(share this article|share on|copy link|follow us)\b/i,
  /^this (article|story) (was )?(originally|first) (published|appeared)\b/i,
];

/** True when an element, or an ancestor below `root`, is a caption, promo, ad or similar block. */
export function isExcludedBlock(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (EXCLUDED_TAGS.has(e.tagName.toUpperCase())) return true;
    const marks = `${e.getAttribute('class') ?? ''} ${e.getAttribute('data-testid') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (EXCLUDED_WORDS.test(marks)) return true;
    if (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('hidden')) return true;
  }
  return false;
}

/** True when a paragraph's text is site furniture rather than article text. */
export function isBoilerplateText(text: string): boolean {
  return text.length === 0 || BOILERPLATE_TEXT.some((re) => re.test(text));
}

/** A paragraph's visible text with whitespace collapsed. */
export function paragraphText(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00A0]+/g, ' ').trim();
}
