// Shared Vite settings for every part of the extension build; scripts/build.ts layers the per-entry settings on top.
//
// Why a hand-written multi-entry build instead of a plugin such as CRXJS: CRXJS loads content scripts through
// small loaders that `import()` the real code, which must then be listed as web-accessible resources (any page
// could fetch them). Our design has a tiny declared gate and injects content/main with scripting.executeScript
// only when the gate passes, so we want plain self-contained files and no web-accessible resources at all.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  // Icons live in public/icons and are copied as-is.
  publicDir: 'public',
  // Extension pages are served from the extension's own origin root.
  base: '/',
  // Preact's automatic JSX runtime (same as tsconfig's jsxImportSource).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Library (IIFE) builds do not replace this by themselves; Preact and others read it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    // Chrome 120+ and Firefox 140+ (the MV3 versions we support) run ES2022 natively.
    target: 'es2022',
    // Unminified output: store reviewers (Mozilla AMO) can read it, and the files stay small.
    minify: false,
    sourcemap: false,
    // The modulepreload polyfill is for old browsers loading pages over the network; not needed here.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Everything is bundled: never emit a data: URL for assets (keeps the CSP simple).
    assetsInlineLimit: 0,
  },
});
