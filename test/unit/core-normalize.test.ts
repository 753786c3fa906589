// Normalisation: edits that do not change the words do not change the tokens; total and idempotent on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokens } from '../../src/core/normalize';
import { heraldIdOf, normalizeUrl, slugOf } from '../../src/core/url';

describe('normalizeText and tokens', () => {
  it('unifies quotes, dashes, spaces, invisible characters and macrons', () => {
    expect(tokens('\u201CI\u2019ve never seen it. We\u2019re a great wh\u0101nau,\u201D')).toEqual(tokens('"I\'ve never seen it. We\'re a great whanau,"'));
    expect(normalizeText('Sharma\u00A0\u2013 soft\u00ADhyphen\u200B')).toBe('sharma - softhyphen');
    expect(tokens("Sharma's staff didn't")).toEqual(['sharma', 'staff', 'didnt']);
  });

  it('is idempotent and never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => Array.isArray(tokens(s))));
  });
});

describe('URLs', () => {
  it('compares article URLs whatever the scheme, www, query or trailing slash', () => {
    expect(normalizeUrl('https://www.rnz.co.nz/news/political/472903/x?utm_source=fb#top')).toBe(normalizeUrl('http://rnz.co.nz/news/political/472903/x/'));
  });

  it('reads the Herald id whatever the slug, and a Newshub slug wherever it lives', () => {
    expect(heraldIdOf('https://www.nzherald.co.nz/nz/any-slug-at-all/DFLAUODS6STW3R5DFHI74SXMSY/')).toBe('DFLAUODS6STW3R5DFHI74SXMSY');
    expect(heraldIdOf('https://www.rnz.co.nz/nz/x/DFLAUODS6STW3R5DFHI74SXMSY/')).toBeNull();
    expect(slugOf('https://www.newshub.co.nz/home/politics/2022/08/labour-bullying-allegations-x.html')).toBe('labour-bullying-allegations-x');
    expect(slugOf('https://www.stuff.co.nz/politics/350000004/labour-bullying-allegations-x')).toBe('labour-bullying-allegations-x');
  });
});
