// Extraction on real site markup (linkedom): article paragraphs only, metadata, and live elements for anchoring notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractPage, needsFallback } from '../../src/extract/extract-page';
import { FIXTURE_DIR } from '../fixtures/pages/replay';

const load = (name: string, url: string) => {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8'));
  return extractPage(document as unknown as Document, url, Readability);
};

describe('extractPage', () => {
  it('reads a Herald page: body paragraphs without caption, ads, related box or podcast plug', () => {
    const url = 'https://www.nzherald.co.nz/nz/labour-partys-rogue-mp-dr-gaurav-sharma-says-he-wants-to-stand-again-and-wants-public-inquiry-into-claims-of-bullying/CMCMLHYVZYIMNJLA6NGFGY5PAU/';
    const { page, elements } = load('herald-sharma-inquiry', url);
    expect(page.outlet).toBe('NZ Herald');
    expect(page.published).toBe('2022-08-13T16:30:00+12:00');
    expect(page.canonicalUrl).toBe(url);
    expect(page.headline).toMatch(/^Labour Party's rogue MP/);
    const all = page.paragraphs.join('\n');
    expect(all).not.toMatch(/Photo \/ Supplied|Advertisement|On the Tiles|Related articles/);
    expect(page.paragraphs[0]).toMatch(/^The Labour MP who unloaded/);
    expect(elements).toHaveLength(page.paragraphs.length);
    expect(elements.every((el, i) => el.textContent?.trim() === page.paragraphs[i])).toBe(true);
  });

  it('leaves out the RNZ credit line, Newshub read-more and video plugs, and the Stuff origin note', () => {
    expect(load('rnz-caucus-to-meet', 'https://www.rnz.co.nz/news/political/472903/x').page.paragraphs.at(-1)).toMatch(/not unusual/);
    const newshub = load('newshub-staff-complaints', 'https://www.newshub.co.nz/home/politics/2022/08/x.html').page;
    expect(newshub.paragraphs.join('\n')).not.toMatch(/Read more|Watch:|Advertisement/);
    const stuff = load('stuff-newshub-yet-to-speak', 'https://www.stuff.co.nz/nz-news/350000002/x').page;
    expect(stuff.outlet).toBe('Stuff');
    expect(stuff.paragraphs.join('\n')).not.toMatch(/originally published|Sign up|Advertisement/);
    expect(stuff.published).toBeNull();
  });

  it('falls back to Readability on another site and maps its paragraphs to live elements', () => {
    const { document } = parseHTML(`<html><head><title>Elsewhere</title><meta property="og:site_name" content="Elsewhere News"></head><body>
      <nav><p>Home | World | Politics | Sport and all the other sections of this site</p></nav>
      <main><article><h1>A syndicated report</h1>
      ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the Labour caucus met in Wellington to discuss the dispute, and members spoke to reporters afterwards at length.</p>`).join('')}
      <figure><figcaption>A caption that is long enough to be mistaken for text. Photo / Supplied</figcaption></figure>
      </article></main><footer><p>Copyright Elsewhere News Limited, all rights reserved, 2022.</p></footer></body></html>`);
    const { page, elements } = extractPage(document as unknown as Document, 'https://elsewhere.example/report', Readability);
    expect(page.paragraphs).toHaveLength(6);
    expect(page.paragraphs[0]).toMatch(/^Paragraph 0:/);
    expect(page.headline).toBe('A syndicated report');
    expect(page.outlet).toBe('Elsewhere News');
    expect(elements.map((e) => e.tagName.toLowerCase())).toEqual(Array(6).fill('p'));
  });

  it('asks for Readability (and finds nothing yet) only where no site adapter reads the page', () => {
    const { document } = parseHTML(`<html><body><article><h1>A report</h1>
      ${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i}: the Labour caucus met in Wellington to discuss the dispute at some length.</p>`).join('')}
      </article></body></html>`);
    const doc = document as unknown as Document;
    expect(needsFallback(doc, 'https://elsewhere.example/report')).toBe(true);
    const without = extractPage(doc, 'https://elsewhere.example/report', null);
    expect(without.needsReadability).toBe(true);
    expect(without.page.paragraphs).toEqual([]);
    expect(extractPage(doc, 'https://elsewhere.example/report', Readability).page.paragraphs).toHaveLength(4);
    const rnz = 'https://www.rnz.co.nz/news/political/472903/x';
    const { document: story } = parseHTML(readFileSync(join(FIXTURE_DIR, 'rnz-caucus-to-meet.html'), 'utf8'));
    expect(needsFallback(story as unknown as Document, rnz)).toBe(false);
    const adapted = extractPage(story as unknown as Document, rnz, null);
    expect(adapted.needsReadability).toBeUndefined();
    expect(adapted.page.paragraphs.length).toBeGreaterThan(3);
  });

  it('gives an empty article for a page with no article at all', () => {
    const { document } = parseHTML('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(extractPage(document as unknown as Document, 'https://www.rnz.co.nz/', Readability).page.paragraphs).toEqual([]);
  });
});
