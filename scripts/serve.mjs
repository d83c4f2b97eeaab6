#!/usr/bin/env node
// A tiny static file server for the exported site (no dependencies, no network):
// serves out/ (or LW_DIST_DIR) on PORT (default 3000), like any static host would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.env.LW_DIST_DIR || 'out');
const port = Number(process.env.PORT || 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

function resolveFile(urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + p);
  if (!file.startsWith(root)) return null; // no escaping the site folder
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (fs.existsSync(index)) return index;
  if (fs.existsSync(file + '.html')) return file + '.html';
  return null;
}

const server = http.createServer((req, res) => {
  const urlPath = req.url || '/';
  const pathname = urlPath.split('?')[0];
  // Directories are served with a trailing slash, as the export expects (trailingSlash: true).
  if (!pathname.endsWith('/') && !path.extname(pathname) && fs.existsSync(path.join(root, pathname, 'index.html'))) {
    res.writeHead(308, { Location: pathname + '/' + (urlPath.includes('?') ? urlPath.slice(urlPath.indexOf('?')) : '') });
    res.end();
    return;
  }
  const file = resolveFile(urlPath);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  res.writeHead(status, {
    'Content-Type': TYPES[path.extname(body)] || 'application/octet-stream',
    'Cache-Control': body.includes('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  fs.createReadStream(body).pipe(res);
});

server.listen(port, () => console.log(`Layerwise is being served at http://localhost:${port}/ (from ${path.relative(process.cwd(), root) || root})`));
