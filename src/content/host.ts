// The sidebar host: our own <counterpoint-root> element with an open shadow root that page CSS cannot reach.

import { CARD_EXTRA_CSS, OVERLAY_CSS, SIDEBAR_CSS } from '../ui/sidebar/styles';

export const HOST_TAG = 'counterpoint-root';

export interface SidebarHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders the sidebar. */
  mount: HTMLElement;
  /** Where the overlay fallback draws highlight boxes (under the cards). */
  marks: HTMLElement;
  /** Is this node ours (inside the host)? Page walkers and our observers skip our nodes. */
  owns(node: Node | null): boolean;
  remove(): void;
}

/** Adds CSS to a document or shadow root: a constructed sheet where allowed, else a <style> element in `fallback`. */
export function adoptCss(target: Document | ShadowRoot, css: string, fallback: ParentNode): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // Firefox content scripts may not adopt sheets constructed in their own compartment.
    const doc = (target as Document).defaultView ? (target as Document) : (target as ShadowRoot).ownerDocument;
    const style = doc.createElement('style');
    style.setAttribute('data-counterpoint', '');
    style.textContent = css;
    fallback.append(style);
    return () => style.remove();
  }
}

/**
 * Creates the host at the end of <html> (after <body>, so it wins z-index ties with page overlays and is
 * outside the article's DOM), removing any host left behind by an earlier, now dead, copy of the script.
 * `onKey` sees key events from inside our UI before they are stopped from reaching the page.
 */
export function createHost(doc: Document, onKey: (e: KeyboardEvent) => void): SidebarHost {
  for (const stale of doc.querySelectorAll(HOST_TAG)) stale.remove();
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-counterpoint', '');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(shadow, SIDEBAR_CSS + CARD_EXTRA_CSS + OVERLAY_CSS, shadow);
  const marks = doc.createElement('div');
  marks.className = 'marks';
  marks.setAttribute('aria-hidden', 'true');
  const mount = doc.createElement('div');
  shadow.append(marks, mount);
  // Keys typed in our UI must not trigger the page's shortcuts (site search, gallery navigation...).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (e) => {
      if (type === 'keydown') onKey(e);
      e.stopPropagation();
    });
  }
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    mount,
    marks,
    owns: (node) => node !== null && (node === host || host.contains(node) || shadow.contains(node)),
    remove: () => host.remove(),
  };
}
