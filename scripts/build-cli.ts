// Bundles the offline `counterpoint` command into one Node 20 ES module: dist/cli/counterpoint.mjs.
import { build } from 'vite';
import { chmodSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist', 'cli');

await build({
  configFile: false,
  root,
  publicDir: false,
  logLevel: 'warn',
  // Everything (engine, extraction, linkedom, Readability) goes into the one file; only Node built-ins stay outside.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'src/cli/counterpoint.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'counterpoint.mjs', codeSplitting: false } },
  },
});

const out = join(outDir, 'counterpoint.mjs');
if (!existsSync(out)) throw new Error(`build-cli: ${out} was not written`);
chmodSync(out, 0o755);
console.log(`build-cli: wrote ${out}`);
