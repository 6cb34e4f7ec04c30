/**
 * A tiny static file server on 127.0.0.1 for the demo site and the end-to-end tests.
 * Serves one folder, nothing outside it, with the right content types and no caching.
 * A file may have a sidecar `<file>.headers.json` (an object of header name → value) whose
 * headers are added to, or replace, the defaults: how tests send a real CSP or charset header.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
/** Sidecar files holding extra response headers; never served themselves. */
const HEADERS_SUFFIX = '.headers.json';

export interface StaticServer {
  server: Server;
  /** e.g. http://127.0.0.1:8377 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        let file = path.resolve(base, '.' + pathname);
        if (file !== base && !file.startsWith(base + path.sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        if (file.endsWith(HEADERS_SUFFIX)) throw Object.assign(new Error(), { code: 'ENOENT' });
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...(await sidecarHeaders(file)),
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: actualPort,
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Headers from `<file>.headers.json`, lower-cased so they replace the defaults; none when absent. */
async function sidecarHeaders(file: string): Promise<Record<string, string>> {
  let raw: string;
  try {
    raw = await readFile(file + HEADERS_SUFFIX, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(raw);
  const out: Record<string, string> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') out[name.toLowerCase()] = value;
  }
  return out;
}
