// Builds the extension into dist/chrome and dist/firefox (plus store zips) from the one manifest.json.
//
// Steps: (1) popup, options and the story page as ordinary HTML pages (ES modules, shared chunks allowed); (2) background,
// content/gate, content/main and content/readability each as ONE self-contained IIFE file (content scripts cannot be ES modules,
// nor can Firefox background scripts); (3) refuse output containing eval / new Function; (4) write a
// per-browser manifest and zip each folder.
import { build, type InlineConfig } from 'vite';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
// A private staging folder per run, so a build never pulls files from under a running browser or another build.
const stage = join(dist, `.stage-${process.pid}`);
const configFile = join(root, 'vite.config.ts');
const GECKO_ID = 'counterpoint@counterpoint.nz';

/** Script entries that must be single files: [source, output path inside the extension, global name]. */
const SCRIPTS: [string, string, string][] = [
  ['src/background/index.ts', 'background.js', 'CounterpointBackground'],
  ['src/content/gate.ts', 'content/gate.js', 'CounterpointGate'],
  ['src/content/main.ts', 'content/main.js', 'CounterpointMain'],
  // Readability on its own, injected only on pages no site adapter reads (src/content/readability.ts).
  ['src/content/readability.ts', 'content/readability.js', 'CounterpointReadability'],
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function buildAll(): Promise<void> {
  const quiet: InlineConfig = { configFile, logLevel: 'warn' };
  await build({
    ...quiet,
    build: {
      outDir: stage,
      emptyOutDir: true,
      rolldownOptions: {
        input: {
          popup: join(root, 'src/popup/index.html'),
          options: join(root, 'src/options/index.html'),
          story: join(root, 'src/story/index.html'),
        },
      },
    },
  });
  for (const [entry, fileName, name] of SCRIPTS) {
    await build({
      ...quiet,
      publicDir: false,
      build: {
        outDir: stage,
        emptyOutDir: false,
        // Library mode with the iife format inlines every import (and dynamic import) into one file.
        lib: { entry: join(root, entry), name, formats: ['iife'], fileName: () => fileName },
      },
    });
  }
}

/** Fails the build if any emitted script could evaluate strings as code (forbidden by store policy and our CSP). */
function checkNoEval(dir: string): void {
  const bad = /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/;
  const offenders = walk(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => bad.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f));
  if (offenders.length) throw new Error(`eval / new Function found in: ${offenders.join(', ')}`);
}

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

function manifestFor(target: 'chrome' | 'firefox'): Manifest {
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const { manifest_version, name, description, ...rest } = source;
  const manifest: Manifest = { manifest_version, name, version: pkg.version, description, ...rest };
  const worker = source.background?.service_worker;
  if (typeof worker !== 'string') throw new Error('manifest.json: background.service_worker is required');
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages: same file, listed as a script.
    manifest.background = { scripts: [worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140 is the first ESR with data_collection_permissions; it has full MV3 support.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android understands data_collection_permissions from 142.
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    manifest.minimum_chrome_version = '120';
  }
  return manifest;
}

/** Every file the manifest names must exist in the output, or the browser refuses to load the extension. */
function checkReferencedFiles(dir: string, manifest: Manifest): void {
  const paths = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && /\.(js|html|png)$/.test(value)) paths.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(manifest);
  const missing = [...paths].filter((p) => !existsSync(join(dir, p)));
  if (missing.length) throw new Error(`manifest names missing files: ${missing.join(', ')}`);
}

function zipDir(dir: string, out: string): void {
  const files: Record<string, Uint8Array> = {};
  for (const file of walk(dir).sort()) files[relative(dir, file).split('\\').join('/')] = readFileSync(file);
  // A fixed mtime keeps the zips reproducible from the same sources.
  writeFileSync(out, zipSync(files, { level: 9, mtime: new Date('2022-08-15T00:00:00Z') }));
}

/** Writes dist/<target> and its zip from the staged build, swapping each finished folder in at once. */
function writeTarget(target: 'chrome' | 'firefox'): void {
  const dir = join(dist, target);
  const next = `${dir}.next-${process.pid}`;
  cpSync(stage, next, { recursive: true });
  const manifest = manifestFor(target);
  writeFileSync(join(next, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  checkReferencedFiles(next, manifest);
  // Old files from earlier builds never linger, and readers see the old or the new folder, never half of one.
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
  const zip = join(dist, `counterpoint-${target}.zip`);
  zipDir(dir, `${zip}.next-${process.pid}`);
  renameSync(`${zip}.next-${process.pid}`, zip);
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    await buildAll();
    checkNoEval(stage);
    writeTarget('chrome');
    writeTarget('firefox');
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const sizes = SCRIPTS.map(([, file]) => `${file} ${(statSync(join(dist, 'chrome', file)).size / 1024).toFixed(1)} KB`);
  console.log(`built dist/chrome and dist/firefox in ${((performance.now() - started) / 1000).toFixed(1)} s (${sizes.join(', ')})`);
}

await main();
