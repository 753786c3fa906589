// First step of `npm start` and `npm test`: installs what a fresh clone lacks (npm ci; Debian's browsers as root), else says what to install.
//
// Plain Node with node:* imports only, so it runs before any dependency is installed.
// Usage: node scripts/ensure-setup.mjs [chromium] [firefox-esr]   (the browsers the command about to run needs)
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

/** The system browsers, by Debian package: where the package puts the binary, and the variable that overrides it. */
export const BROWSERS = {
  chromium: { label: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/lib/chromium/chromium' },
  'firefox-esr': { label: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' },
};

/** The binary to launch for a browser: the environment's override, else the Debian package's path. */
export function browserPath(pkg, env = process.env) {
  return env[BROWSERS[pkg].env] || BROWSERS[pkg].path;
}

/** Why `npm ci` must run first, or null when node_modules matches package-lock.json (two stat calls). */
export function dependenciesStale(root = ROOT) {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return existsSync(join(root, 'node_modules')) ? 'node_modules was not installed by npm' : 'node_modules is missing';
  // npm writes node_modules/.package-lock.json last, so an older one means package-lock.json changed since.
  return statSync(installed).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs ? 'package-lock.json is newer than node_modules' : null;
}

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to do about the missing browsers: install these Debian packages, or stop with one line.
 * `env` is where CHROMIUM_PATH / FIREFOX_PATH come from; a path given there is never replaced by an install.
 */
export function browserPlan(wanted, { env = process.env, isRoot, isDebian, executable = isExecutable }) {
  const missing = wanted.map((pkg) => ({ pkg, ...BROWSERS[pkg] })).filter((b) => !executable(browserPath(b.pkg, env)));
  if (missing.length === 0) return { install: [], stop: null };
  const given = missing.filter((b) => env[b.env]);
  if (given.length) {
    return { install: [], stop: given.map((b) => `${b.env}=${env[b.env]} is not an executable ${b.label}: fix it or unset it`).join('; ') };
  }
  const pkgs = missing.map((b) => b.pkg);
  const where = missing.map((b) => `${b.label} (${b.path})`).join(' and ');
  if (isRoot && isDebian) return { install: pkgs, stop: null };
  if (isDebian) return { install: [], stop: `Missing ${where}: install with: sudo apt-get install -y ${pkgs.join(' ')}` };
  return { install: [], stop: `Missing ${where}: install ${missing.map((b) => b.label).join(' and ')} and set ${missing.map((b) => b.env).join(' / ')} to the binary` };
}

function run(command, args, env = process.env) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  return r.status === 0;
}

function main(wanted) {
  const unknown = wanted.filter((w) => !(w in BROWSERS));
  if (unknown.length) {
    console.error(`ensure-setup: unknown browser ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`);
    return 2;
  }
  const stale = dependenciesStale();
  if (stale) {
    console.log(`setup: ${stale}, so installing the dependencies first (npm ci)`);
    if (!run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'])) {
      console.error('setup: npm ci failed (see above)');
      return 1;
    }
  }
  const plan = browserPlan(wanted, { isRoot: process.getuid?.() === 0, isDebian: existsSync('/etc/debian_version') });
  if (plan.install.length) {
    console.log(`setup: installing ${plan.install.join(' ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!run('apt-get', ['-qq', 'update'], env) || !run('apt-get', ['-qq', 'install', '-y', ...plan.install], env)) {
      console.error(`setup: apt-get install -y ${plan.install.join(' ')} failed (see above)`);
      return 1;
    }
    const after = browserPlan(wanted, { isRoot: false, isDebian: true });
    if (after.stop) plan.stop = after.stop;
  }
  if (plan.stop) {
    console.error(plan.stop);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
