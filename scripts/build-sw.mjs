#!/usr/bin/env node
// Writes the service worker into the static export (out/, or LW_DIST_DIR): `npm run build` runs
// it after `next build`. esbuild bundles scripts/sw/entry.ts (Serwist), then @serwist/build's
// injectManifest lists every file of the export with a revision hash (pages, RSC payloads, JS and
// CSS chunks, Monaco's chunks and workers, the search index, icons, the manifest) and writes
// out/sw.js. Files under _next/static/ carry a content hash in their names and need no revision.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';

const root = path.resolve(process.env.LW_DIST_DIR || 'out');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site in ${root}: run "next build" first.`);
  process.exit(1);
}

const bundle = path.resolve('.tmp', 'sw-bundle.js');
await build({
  entryPoints: [path.resolve('scripts/sw/entry.ts')],
  outfile: bundle,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundle,
  swDest: path.join(root, 'sw.js'),
  globDirectory: root,
  globPatterns: ['**/*'],
  // Embeds (/embed/...) are for iframes on other sites, which do not register the worker: a site
  // visitor's offline copy need not carry them (they would more than double it).
  globIgnores: ['sw.js', 'sw.js.map', '**/*.map', '**/.DS_Store', 'embed/**'],
  dontCacheBustURLsMatching: /^_next\/static\//,
  // Monaco's main chunk is larger than the 2 MiB default; everything must work offline.
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
});

fs.rmSync(bundle, { force: true });
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`Service worker: ${path.relative(process.cwd(), path.join(root, 'sw.js'))} precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MiB.`);
