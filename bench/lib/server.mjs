// A small static server on 127.0.0.1 (a free port chosen by the system) for the benchmark:
// `/` serves the built `dist/`, `/bench/` serves the bench pages, `/bench-built/` what the bench
// built from them (the bare element). Nothing is cached, so every
// fresh page fetches, parses and compiles the bundle as a first visit does.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Resolves a URL path inside `base`, or undefined if it would leave it. */
function inside(base, path) {
  const full = normalize(join(base, path));
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

/**
 * @param {{ dist: string, pages: string, built?: string }} roots absolute folders
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ dist, pages, built }) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const file = path.startsWith('/bench/')
      ? inside(pages, path.slice('/bench/'.length))
      : path.startsWith('/bench-built/')
        ? built && inside(built, path.slice('/bench-built/'.length))
        : inside(dist, path.slice(1));
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
