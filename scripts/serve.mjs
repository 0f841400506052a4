// A small static file server for the built PWA (npm start, browser tests). Serves index.html for
// unknown paths (the app routes by hash, but a user may still type a path) and the right MIME
// types for pdf.js's .mjs, .wasm, .bcmap and the web manifest.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

export function serveStatic(root, { host = '127.0.0.1', port = 4173 } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        file = path.join(root, 'index.html');
        info = await stat(file);
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // The service worker must always be fetched fresh so updates reach users.
      const cache =
        file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600';
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': cache,
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(500).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
  });
}
