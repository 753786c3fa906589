// The set-up step before `npm start` / `npm test`: when it installs dependencies and browsers, and the one line it prints otherwise.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPath, browserPlan, dependenciesStale } from '../../scripts/ensure-setup.mjs';

const nothingInstalled = () => false;
const everythingInstalled = () => true;

describe('browsers', () => {
  it('as root on Debian, installs exactly the missing packages', () => {
    const onlyChromium = (path: string) => path === '/usr/lib/chromium/chromium';
    expect(browserPlan(['chromium', 'firefox-esr'], { env: {}, isRoot: true, isDebian: true, executable: onlyChromium })).toEqual({
      install: ['firefox-esr'],
      stop: null,
    });
  });

  it('as a normal user on Debian, stops with one line giving the exact command', () => {
    const plan = browserPlan(['chromium', 'firefox-esr'], { env: {}, isRoot: false, isDebian: true, executable: nothingInstalled });
    expect(plan.install).toEqual([]);
    expect(plan.stop).toBe(
      'Missing Chromium (/usr/lib/chromium/chromium) and Firefox ESR (/usr/bin/firefox-esr): install with: sudo apt-get install -y chromium firefox-esr',
    );
  });

  it('elsewhere, names the browser and the variable to point at it, and installs nothing', () => {
    const plan = browserPlan(['chromium'], { env: {}, isRoot: true, isDebian: false, executable: nothingInstalled });
    expect(plan).toEqual({ install: [], stop: 'Missing Chromium (/usr/lib/chromium/chromium): install Chromium and set CHROMIUM_PATH to the binary' });
  });

  it('never installs over a path the user gave: a wrong FIREFOX_PATH is reported as such', () => {
    const plan = browserPlan(['firefox-esr'], { env: { FIREFOX_PATH: '/opt/ff/firefox' }, isRoot: true, isDebian: true, executable: nothingInstalled });
    expect(plan).toEqual({ install: [], stop: 'FIREFOX_PATH=/opt/ff/firefox is not an executable Firefox ESR: fix it or unset it' });
  });

  it('does nothing when every wanted browser is there, and launches the overriding path', () => {
    expect(browserPlan(['chromium', 'firefox-esr'], { env: {}, isRoot: false, isDebian: true, executable: everythingInstalled })).toEqual({
      install: [],
      stop: null,
    });
    expect(browserPath('chromium', { CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(browserPath('chromium', {})).toBe('/usr/lib/chromium/chromium');
  });
});

describe('dependencies', () => {
  function checkout(): string {
    const root = mkdtempSync(join(tmpdir(), 'counterpoint-setup-'));
    writeFileSync(join(root, 'package-lock.json'), '{}');
    return root;
  }
  const installAt = (root: string, seconds: number) => {
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{}');
    utimesSync(join(root, 'node_modules', '.package-lock.json'), seconds, seconds);
  };

  it('a fresh clone (no node_modules) needs npm ci', () => {
    expect(dependenciesStale(checkout())).toBe('node_modules is missing');
  });

  it('needs npm ci again when package-lock.json changed after the install, and not before', () => {
    const root = checkout();
    utimesSync(join(root, 'package-lock.json'), 2_000_000, 2_000_000);
    installAt(root, 1_000_000);
    expect(dependenciesStale(root)).toBe('package-lock.json is newer than node_modules');
    installAt(root, 3_000_000);
    expect(dependenciesStale(root)).toBeNull();
  });

  it('this checkout, installed, needs nothing', () => {
    expect(dependenciesStale()).toBeNull();
  });
});
