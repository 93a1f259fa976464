// A static host in miniature, for tests and benchmarks of the release build: it serves files as
// they are, gzips compressible ones when the client accepts it, and answers unknown paths with
// the site's 404.html and status 404. It behaves like one of three kinds of real host:
//   plain       a folder's index.html for the folder, with or without a trailing slash
//   github      GitHub Pages: a folder without its trailing slash redirects (301) to it, keeping
//               the query string
//   cloudflare  Cloudflare Pages and Netlify's pretty URLs: /x/index.html and a folder without its
//               slash redirect (308) to /x/
// It can serve several sites on one origin, each under its base path, and switch a site to
// another folder (a new deploy), make chosen files fail with status 500 (a broken deploy), or
// answer a path once with something else (a captive portal's page, say).
//
//   node e2e/static-server.mjs [root=dist] [port=8081] [base=/] [host=plain]

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
const HOSTS = new Set(['plain', 'github', 'cloudflare']);
// The control run of scripts/test-all.sh: no wasm, so the app never starts, whatever a test routes.
const WITHHOLD_WASM = process.env.RENDA_CONTROL === 'block-wasm';

async function kindOf(path) {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server; resolves to { url, port, urlOf(base), setRoot(base, root), failing,
 * answerOnce, close }. `sites` is a list of { base, root }; `root` and `base` name a single site.
 * Port 0 picks a free one. `failing` is a set of paths (relative to a site's base, as in the
 * build folder) that answer 500; `answerOnce` maps such a path to { status, type, body }, the
 * answer to its next request alone.
 */
export async function startServer({ root = 'dist', base = '/', sites, host = 'plain', port = 0 } = {}) {
  if (!HOSTS.has(host)) throw new Error(`unknown host kind ${host}`);
  const mounted = (sites ?? [{ base, root }]).map((site) => ({
    prefix: site.base.endsWith('/') ? site.base : `${site.base}/`,
    dir: resolve(site.root),
  }));
  // The most specific base first, so /renda-b/ is not taken for /.
  mounted.sort((a, b) => b.prefix.length - a.prefix.length);
  const failing = new Set();
  const answerOnce = new Map();

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://host');
      // A path that is not valid percent-encoding (`/terms/%ZZ`) names no file: static hosts
      // answer it as any unknown path, with their 404 page.
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = url.pathname;
      }
      const site = mounted.find((s) => pathname.startsWith(s.prefix) || `${pathname}/` === s.prefix);
      if (!site) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const redirect = (status, to) => response.writeHead(status, { location: `${to}${url.search}` }).end();
      const relative = normalize(pathname.slice(site.prefix.length) || '.');
      const candidate = join(site.dir, relative);
      const inside = candidate === site.dir || candidate.startsWith(site.dir + sep);
      const kind = inside ? await kindOf(candidate) : null;
      if (kind === 'folder' && !pathname.endsWith('/') && host !== 'plain') {
        return redirect(host === 'github' ? 301 : 308, `${url.pathname}/`);
      }
      if (kind === 'file' && host === 'cloudflare' && pathname.endsWith('/index.html')) {
        return redirect(308, url.pathname.slice(0, -'index.html'.length));
      }
      let file = kind === 'file' ? candidate : kind === 'folder' ? join(candidate, 'index.html') : null;
      if (file && WITHHOLD_WASM && file.endsWith('.wasm')) file = null;
      if (file && (await kindOf(file)) !== 'file') file = null;
      const inBuild = file && file.slice(site.dir.length + 1).split(sep).join('/');
      if (file && answerOnce.has(inBuild)) {
        const { status, type, body } = answerOnce.get(inBuild);
        answerOnce.delete(inBuild);
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
        return;
      }
      if (file && failing.has(inBuild)) {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal Server Error\n');
        return;
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = join(site.dir, '404.html');
        if ((await kindOf(file)) !== 'file') {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
          return;
        }
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
  const urlOf = (prefix) => `http://127.0.0.1:${actualPort}${prefix}`;
  return {
    port: actualPort,
    url: urlOf(mounted[mounted.length - 1].prefix),
    urlOf,
    failing,
    answerOnce,
    /** Serves `root` under `base` from now on: a new deploy of that site. */
    setRoot(at, root) {
      const prefix = at.endsWith('/') ? at : `${at}/`;
      const site = mounted.find((s) => s.prefix === prefix);
      if (!site) throw new Error(`no site at ${at}`);
      site.dir = resolve(root);
    },
    /** Stops the server; calling it again does nothing, so `finally` blocks may always call it. */
    close: () => new Promise((done) => {
      server.closeAllConnections();
      if (server.listening) server.close(() => done());
      else done();
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8081', base = '/', host = 'plain'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port), base, host });
  console.log(`serving ${root} at ${url} like a ${host} host`);
}
