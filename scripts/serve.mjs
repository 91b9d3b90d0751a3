#!/usr/bin/env node
// Serves the built site the way a static CDN does: files from the output folder under
// the base path, `index.html` for folders, and the site's 404 page for anything else.
// Used by `npm start` and the browser tests; no dependency beyond Node.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { normalizeRequestPath } from '../src/lib/request-path.ts';
import { headersForPath, parseHeadersFile } from '../src/lib/security-headers.ts';
import { readSiteSettings } from './site-settings.mjs';

const { base, outDir } = readSiteSettings();
const root = resolve(process.argv[2] ?? outDir);
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
// Sends the security headers of the build's _headers file, as the CDN would
// (SERVE_HEADERS=0 turns them off).
const headerRules =
  process.env.SERVE_HEADERS !== '0'
    ? parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''))
    : [];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.yml': 'text/yaml; charset=utf-8',
};

/** @param {string} pathname a normalised path (request-path.ts) */
async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const candidate = join(root, pathname.slice(base.length));
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    // Like most CDNs: /policies -> /policies/ so relative links keep working.
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

const notFound = `${base}404.html`;

// Paths are normalised before anything is matched: `/embed/..%2fadmin/` is /admin/, with
// /admin/'s headers. A path no page can have gets the 404 page (status 400) and its headers.
const server = createServer(async (request, response) => {
  let url;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    url = undefined;
  }
  const pathname = url === undefined ? undefined : normalizeRequestPath(url.pathname);
  const found = pathname === undefined ? undefined : await fileFor(pathname);
  if (found && typeof found === 'object') {
    response.writeHead(301, { Location: `${encodeURI(found.redirect)}${url?.search ?? ''}` }).end();
    return;
  }
  const file = found ?? join(root, '404.html');
  const status = found ? 200 : pathname === undefined ? 400 : 404;
  // Compressed like a CDN sends it, so timings on a throttled network are fair
  // (SERVE_GZIP=0 turns it off).
  const gzip =
    process.env.SERVE_GZIP !== '0' &&
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') &&
    extname(file) !== '.png';
  response.writeHead(status, {
    ...headersForPath(headerRules, found ? (pathname ?? notFound) : notFound),
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  const body = createReadStream(file).on('error', () => response.end());
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
});
// A request Node cannot read (headers over 16 KB, a long search link among them) gets an
// answer, as a CDN gives one, not a dropped connection; a client that went away mid-response
// must not stop the server.
server.on('clientError', (error, socket) => {
  const tooLong = /** @type {NodeJS.ErrnoException} */ (error).code === 'HPE_HEADER_OVERFLOW';
  if (socket.writable && !socket.destroyed) {
    const status = tooLong ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const text = tooLong
      ? '요청 주소나 헤더가 너무 깁니다. 검색어를 줄여 다시 시도하세요.'
      : '읽을 수 없는 요청입니다.';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  } else {
    socket.destroy();
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
