// A static host in miniature, for tests and benchmarks of the release build in dist/: it serves
// files as they are, gzips compressible ones when the client accepts it, and answers unknown
// paths with 404.html and status 404, as GitHub Pages and most static hosts do. With a base path
// it serves dist/ under that subpath only.
//
//   node e2e/static-server.mjs [root=dist] [port=8081] [base=/]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt']);

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Starts the server; resolves to { url, port, close }. Port 0 picks a free one. */
export async function startServer({ root = 'dist', port = 0, base = '/' } = {}) {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://host');
      let pathname = decodeURIComponent(url.pathname);
      let file = null;
      if (pathname.startsWith(prefix) || `${pathname}/` === prefix) {
        const relative = normalize(pathname.slice(prefix.length) || '.');
        const candidate = join(rootDir, relative);
        if (candidate === rootDir || candidate.startsWith(rootDir + sep)) file = await fileAt(candidate);
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = await fileAt(join(rootDir, '404.html'));
      }
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      let body = await readFile(file);
      const extension = extname(file);
      const headers = {
        'content-type': TYPES[extension] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${error}\n`);
    }
  });
  await new Promise((done, fail) => server.listen(port, '127.0.0.1', done).once('error', fail));
  const actualPort = server.address().port;
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}${prefix}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8081', base = '/'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port), base });
  console.log(`serving ${root} at ${url}`);
}
