// The built manifests ask for no permission, host permission or optional permission that docs/SECURITY.md does not
// list and justify; their CSP allows only packaged scripts; nothing is web-accessible or externally connectable.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const TARGETS = ['chrome', 'firefox'] as const;
type Manifest = Record<string, unknown>;

/** Rows of the permissions table in docs/SECURITY.md: kind -> permission -> justification. */
function documented(): Map<string, Map<string, string>> {
  const text = readFileSync(join(root, 'docs/SECURITY.md'), 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith('Permissions'))!;
  const out = new Map<string, Map<string, string>>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === 'kind' || cells[1]!.startsWith('---')) continue;
    const [, kind, permission, why] = cells;
    const rows = out.get(kind!) ?? new Map<string, string>();
    rows.set(permission!.replace(/`/g, ''), why!);
    out.set(kind!, rows);
  }
  return out;
}

/** The built manifests, building first when dist is missing or older than its sources. */
function builtManifests(): Record<(typeof TARGETS)[number], Manifest> {
  const files = TARGETS.map((t) => join(root, 'dist', t, 'manifest.json'));
  const newest = Math.max(...['manifest.json', 'package.json'].map((f) => statSync(join(root, f)).mtimeMs));
  if (files.some((f) => !existsSync(f) || statSync(f).mtimeMs < newest)) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'pipe' });
  }
  return { chrome: JSON.parse(readFileSync(files[0]!, 'utf8')), firefox: JSON.parse(readFileSync(files[1]!, 'utf8')) };
}

const KINDS: [string, string][] = [
  ['permissions', 'permission'],
  ['host_permissions', 'host'],
  ['optional_permissions', 'optional'],
  ['optional_host_permissions', 'optional host'],
];

let manifests: Record<(typeof TARGETS)[number], Manifest>;
const table = documented();
beforeAll(() => {
  manifests = builtManifests();
}, 120_000);

describe('manifest permissions', () => {
  it('docs/SECURITY.md lists the permissions with a justification for each', () => {
    expect([...table.keys()].sort()).toEqual(['host', 'optional host', 'permission']);
    for (const rows of table.values()) for (const why of rows.values()) expect(why.length).toBeGreaterThan(15);
  });

  for (const target of TARGETS) {
    it(`${target}: asks for nothing beyond the documented permissions`, () => {
      const m = manifests[target];
      for (const [field, kind] of KINDS) {
        const asked = (m[field] as string[] | undefined) ?? [];
        const allowed = [...(table.get(kind)?.keys() ?? [])];
        expect(asked.filter((p) => !allowed.includes(p)), `${target} ${field} not in docs/SECURITY.md`).toEqual([]);
      }
      // Content scripts run only where a documented host permission already applies.
      const hosts = [...table.get('host')!.keys()];
      const matches = ((m['content_scripts'] as { matches: string[] }[] | undefined) ?? []).flatMap((c) => c.matches);
      expect(matches.filter((p) => !hosts.includes(p))).toEqual([]);
    });

    it(`${target}: packaged scripts only, nothing exposed to pages or other extensions`, () => {
      const m = manifests[target];
      expect(m['content_security_policy']).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
      expect(m['web_accessible_resources']).toBeUndefined();
      expect(m['externally_connectable']).toBeUndefined();
      expect(m['manifest_version']).toBe(3);
    });
  }

  it('firefox declares that no data is collected', () => {
    const gecko = (manifests.firefox['browser_specific_settings'] as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
