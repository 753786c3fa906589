// The shipped dataset builds, round-trips, covers every body paragraph, and orders its reports correctly.
import { describe, expect, it } from 'vitest';
import { buildDataset, type UnversionedDataset } from '../../src/dataset/build';
import { readStorySource } from '../../src/dataset/read-source';
import { withVersion } from '../../src/dataset/version';
import { comparePublished } from '../../src/core/published';

function shipped(): UnversionedDataset {
  const result = buildDataset(readStorySource('data/sharma-2022'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.record} ${p.field} ${p.message}`).join('\n'));
  return result.dataset;
}

describe('the shipped Sharma dataset', () => {
  const data = shipped();
  const claim = (id: string) => data.claims.find((c) => c.id === id)!;

  it('builds from data/ with no problems and survives a JSON round trip unchanged', () => {
    const versioned = withVersion(data);
    expect(JSON.parse(JSON.stringify(versioned))).toEqual(versioned);
    expect(versioned.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is versioned by content: changing one claim summary changes the version', () => {
    const a = withVersion(data);
    const changed = structuredClone(data);
    changed.claims[0]!.summary += ' (edited)';
    expect(withVersion(changed).version).not.toBe(a.version);
    expect(withVersion(structuredClone(data)).version).toBe(a.version);
  });

  it('keeps all five articles with their original file names and paragraph numbering', () => {
    expect(data.articles.map((a) => a.file).sort()).toEqual([
      '000_de6308f5bd6f12f4.txt', '001_488dc5d0bf034273.txt', '002_097d684ba19901e5.txt',
      '003_80caf779e764ae7d.txt', '004_f67e6a7c87161c73.txt',
    ]);
    const rnz = data.articles.find((a) => a.file.startsWith('000'))!;
    expect(rnz.paragraphs).toHaveLength(14);
    expect(rnz.paragraphs[13]).toMatchObject({ text: 'RNZ', role: 'credit', claims: [] });
    const herald = data.articles.find((a) => a.file.startsWith('001'))!;
    expect(herald.paragraphs[22]!.text).toBe('Ardern said she had "seen no evidence" of his allegations of bullying.');
    expect(herald.paragraphs[44]!.role).toBe('promo');
  });

  it('gives every body paragraph at least one claim or a context reason, and boilerplate none', () => {
    for (const a of data.articles) {
      for (const p of a.paragraphs) {
        if (p.role === 'body') expect(p.claims.length > 0 || p.context !== null, `${a.file} #${p.index}`).toBe(true);
        else expect(p.claims, `${a.file} #${p.index} (${p.role})`).toEqual([]);
      }
    }
  });

  it('finds every piece of evidence verbatim in its paragraph', () => {
    const byFile = new Map(data.articles.map((a) => [a.file, a]));
    for (const c of data.claims) for (const e of c.evidence) {
      expect(byFile.get(e.file)!.paragraphs[e.paragraph]!.text).toContain(e.words);
    }
  });

  it('lists each claim\'s reports in publication order, leaving same-day reports unordered', () => {
    const published = new Map(data.articles.map((a) => [a.file, a.published]));
    for (const c of data.claims) {
      for (let i = 1; i < c.evidence.length; i++) {
        const order = comparePublished(published.get(c.evidence[i - 1]!.file), published.get(c.evidence[i]!.file));
        expect(order === 1, `${c.id} evidence ${i}`).toBe(false);
      }
    }
    const jackson = claim('jackson-never-seen').evidence.map((e) => e.file);
    expect(jackson).toEqual(['004_f67e6a7c87161c73.txt', '001_488dc5d0bf034273.txt']);
    expect(comparePublished(published.get(jackson[0]!), published.get(jackson[1]!))).toBeNull();
  });

  it('records who speaks in re-reported words, not only who made the claim', () => {
    const pause = claim('hiring-pause');
    expect(pause.claimantName).toBe('Duncan Webb');
    expect(pause.evidence.find((e) => e.paragraph === 25)?.speakerName).toBe('Jacinda Ardern');
    expect(pause.evidence.find((e) => e.file.startsWith('004'))?.speaker).toBeNull();
  });

  it('puts the headline disputes on opposite sides', () => {
    const sides = (id: string) => data.disputes.find((d) => d.id === id)!.sides.map((s) => s.claims);
    expect(sides('bullying-in-labour')[0]).toContain('sharma-bullying-rampant');
    expect(sides('bullying-in-labour')[1]).toContain('ardern-no-evidence');
    expect(sides('whips-conduct')[0]).toContain('sharma-whips-gaslit');
    expect(sides('whips-conduct')[1]).toContain('webb-good-faith');
    expect(sides('monday-meeting')[0]).toContain('sharma-monday-predetermined');
    expect(sides('monday-meeting')[1]).toContain('ardern-monday-informal');
  });

  it('carries the signals that recognise the story, including the Herald ids of both Herald articles', () => {
    expect(data.story.signals.heraldIds.sort()).toEqual(['CMCMLHYVZYIMNJLA6NGFGY5PAU', 'DFLAUODS6STW3R5DFHI74SXMSY']);
    expect(data.story.signals.urls).toContain('https://www.rnz.co.nz/news/political/472903/prime-minister-jacinda-ardern-says-labour-caucus-to-meet-over-gaurav-sharma-situation');
    expect(data.story.signals.gateWords).toContain('sharma');
  });
});
