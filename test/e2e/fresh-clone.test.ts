// The README's first command on a fresh clone: no node_modules, no build; `npm start` installs, builds, and (headless) writes its screenshot.
//
// Clones the committed HEAD into a temporary folder (uncommitted edits are not in it), so it runs once in the suite
// and reuses npm's cache (ensure-setup runs npm ci with --prefer-offline).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'counterpoint-clone-'));
const clone = join(tmp, 'counterpoint');

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs a command as a user's shell would: no display, and none of the variables the `npm test` around us set for
 * this project (its paths and package fields); the user's own npm cache, registry and config file are kept.
 */
const KEEP_NPM = /^npm_config_(cache|registry|userconfig)$/i;
function sh(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const drop = (k: string) => (/^npm_/i.test(k) && !KEEP_NPM.test(k)) || /^(DISPLAY|WAYLAND_DISPLAY|INIT_CWD)$/.test(k);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !drop(k)));
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

describe('a fresh clone', () => {
  it('`npm start` installs the dependencies, builds, opens the article headless and saves a screenshot', async () => {
    const started = Date.now();
    expect((await sh('git', ['clone', '--quiet', root, clone], tmp)).code).toBe(0);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);

    const { code, output } = await sh('npm', ['start'], clone);
    expect(code, output).toBe(0);
    expect(output).toContain('node_modules is missing, so installing the dependencies first (npm ci)');
    expect(output).toContain('Screenshot saved to docs/screenshot-demo.png');
    expect(output).not.toMatch(/npm warn|not found/i);

    const shot = join(clone, 'docs/screenshot-demo.png');
    const png = readFileSync(shot);
    expect(statSync(shot).mtimeMs).toBeGreaterThan(started); // written now, not the copy in the repository
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The header's width and height: the window start.ts opens (1200 x 800); the size of a page with text, not a blank.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 800]);
    expect(png.length).toBeGreaterThan(30_000);
    expect(png.length).toBeLessThan(5_000_000);
  }, 600_000);
});
