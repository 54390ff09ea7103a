/** The built portal (Vite output): static files, and `index.html` for every page path. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { HttpError } from './respond.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

const PORTAL_MISSING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Latchkey</title></head>
<body><h1>Latchkey</h1><p>The portal is not built. Run <code>npm run build:portal</code>, or <code>npm start</code>, which builds it.</p>
<p>The GraphQL API is at <code>/graphql</code>.</p></body></html>`;

/** The built portal: files from `portalDir`, and `index.html` for every other page path. */
export async function servePortal(
  portalDir: string,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const root = resolve(portalDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, 'The URL path is not valid percent-encoding.');
  }
  const candidate = normalize(join(root, decoded));
  let file = candidate.startsWith(root) ? candidate : join(root, 'index.html');
  let info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    file = join(root, 'index.html');
    info = await stat(file).catch(() => null);
  }
  // X-Content-Type-Options is set on every response by `handle`.
  const security = {
    'referrer-policy': 'no-referrer',
    'content-security-policy':
      // font-src data:: GraphiQL's bundled stylesheet embeds its editor fonts as data: URIs.
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'",
  };
  if (!info?.isFile()) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...security }).end(PORTAL_MISSING);
    return;
  }
  const immutable = file.includes(`${join(root, 'assets')}`);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...security,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}
