// `npm run lint:ext` names web-ext's warnings about bundled library code in one line, and never hides one about our own code.
import { describe, expect, it } from 'vitest';
import { libraryOrigin } from '../../scripts/lint-ext';

const innerHtml = (file: string) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file, line: 1 });

describe('lint:ext warnings', () => {
  it("attributes Preact's dangerouslySetInnerHTML path and Readability's bundle to those libraries", () => {
    const preact = '\t\th ? (l || y && (h.__html == y.__html || h.__html == t.innerHTML) || (t.innerHTML = h.__html), r.__k = []) : 0';
    expect(libraryOrigin(innerHtml('content/main.js'), preact)).toBe("Preact's dangerouslySetInnerHTML support (unused)");
    expect(libraryOrigin(innerHtml('content/readability.js'), 'page.innerHTML = pageCacheHtml;')).toBe('Mozilla Readability');
  });

  it('leaves an innerHTML assignment of our own, or another kind of warning, to be printed in full', () => {
    expect(libraryOrigin(innerHtml('content/main.js'), 'card.innerHTML = paragraph.text;')).toBeNull();
    expect(libraryOrigin({ code: 'MANIFEST_FIELD_UNSUPPORTED', message: 'x', file: 'manifest.json', line: 1 }, '"__html"')).toBeNull();
  });
});
