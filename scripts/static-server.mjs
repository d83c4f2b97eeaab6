// The static server used by `npm start`, the e2e suite and the benchmarks: serves an exported
// site folder the way a static host does (index.html per folder, 404.html, gzip for text).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

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
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

function resolveFile(root, pathname) {
  const file = path.resolve(root, '.' + pathname);
  if (!file.startsWith(root)) return null; // no escaping the site folder
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (fs.existsSync(index)) return index;
  if (fs.existsSync(file + '.html')) return file + '.html';
  return null;
}

export function createStaticServer(dir) {
  const root = path.resolve(dir);
  return http.createServer((req, res) => {
    const url = req.url || '/';
    const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
    let pathname;
    try {
      pathname = decodeURIComponent(url.split('?')[0]);
    } catch {
      pathname = '/__invalid__';
    }
    // Folders are served with a trailing slash, as the export expects (trailingSlash: true).
    if (!pathname.endsWith('/') && !path.extname(pathname) && fs.existsSync(path.join(root, pathname, 'index.html'))) {
      res.writeHead(308, { Location: pathname + '/' + query });
      res.end();
      return;
    }
    const file = resolveFile(root, pathname);
    const body = file ?? path.join(root, '404.html');
    const ext = path.extname(body);
    const headers = {
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      // Hashed chunks never change; everything else (pages, sw.js, the manifest) is revalidated,
      // so the browser finds a new service worker on the next visit after a deploy.
      'Cache-Control': body.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (file && path.relative(root, file) === 'sw.js') headers['Service-Worker-Allowed'] = '/'; // its scope is the whole site
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] || ''));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(file ? 200 : 404, headers);
    const stream = fs.createReadStream(body);
    (gzip ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
  });
}
