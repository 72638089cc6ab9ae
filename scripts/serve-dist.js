#!/usr/bin/env node
'use strict';
/**
 * Serves the built page (dist/) on this computer only, for using the standalone page without the
 * add-in (WPS users): `npm run serve`, then open the printed address. The page needs http(s), not a
 * file:// address, because its Web Worker cannot start from a file.
 */
const http = require('node:http');
const path = require('node:path');
const { createReadStream, existsSync, statSync } = require('node:fs');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on 127.0.0.1; resolves with its address and a way to stop. */
function serveDir(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    const file = path.join(base, pathname === '/' ? 'standalone.html' : pathname);
    if (!file.startsWith(base + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }),
    ),
  );
}

module.exports = { serveDir };

if (require.main === module) {
  const root = process.argv[2] || path.join(__dirname, '..', 'dist');
  if (!existsSync(path.join(root, 'standalone.html'))) {
    process.stderr.write(`${root}/standalone.html not found: run npm run build first\n`);
    process.exit(2);
  }
  serveDir(root, Number(process.env.PORT) || 8080).then(({ url }) => {
    process.stdout.write(`责任矩阵 standalone page: ${url}standalone.html (Ctrl+C to stop)\n`);
  });
}
