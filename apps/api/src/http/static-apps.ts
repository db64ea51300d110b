// Serves the built single-page apps from the same process and port as the API: the board app (and the public
// published reports) at /, the inspector app at /inspector/. Unknown paths under an app fall back to its
// index.html so client-side routes survive a reload. Each app's build writes every text asset also as .br and .gz
// beside it: a browser that accepts one is sent that file as it is, with Content-Encoding and Vary: Accept-Encoding.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { acceptedEncodings, ENCODINGS, type Encoding } from './content-encoding.ts';
import { APP_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers.ts';

export interface StaticApp {
  /** URL prefix, e.g. `/inspector/` or `/`. */
  prefix: string;
  /** Folder of the built app (its index.html and assets). */
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Pre-compressed copies, by encoding. */
const SUFFIXES: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The file to send for `file`: its best pre-compressed copy the request accepts, or itself. */
function encodedVariant(file: string, acceptEncoding: string | string[] | undefined) {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const encoding of ENCODINGS) {
    if (!accepted.has(encoding)) continue;
    const variant = file + SUFFIXES[encoding];
    if (existsSync(variant) && statSync(variant).isFile()) return { path: variant, encoding };
  }
  return { path: file, encoding: null };
}

const API_PATHS = ['/graphql', '/readyz', '/healthz', '/metrics', '/exports', '/open-data', '/auth'];

/** Returns true when it answered the request. Longer prefixes win. */
export function serveStaticApps(apps: readonly StaticApp[], req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  // The API's own routes are never an app's page, whatever the method.
  if (API_PATHS.some((api) => path === api || path.startsWith(`${api}/`))) return false;
  const app = [...apps]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((a) => path === a.prefix.replace(/\/$/, '') || path.startsWith(a.prefix));
  if (!app || !existsSync(join(app.dir, 'index.html'))) return false;
  const root = resolve(app.dir);
  const relative = path.slice(app.prefix.length);
  const candidate = normalize(join(root, relative));
  const insideRoot = candidate === root || candidate.startsWith(root + sep);
  const isFile = insideRoot && existsSync(candidate) && statSync(candidate).isFile();
  const file = isFile ? candidate : join(root, 'index.html');
  // Vite names every file under assets/ by its content's hash: a new build is a new name.
  const immutable = isFile && relative.startsWith('assets/');
  const sent = encodedVariant(file, req.headers['accept-encoding']);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': String(statSync(sent.path).size),
    vary: 'Accept-Encoding',
    ...(sent.encoding ? { 'content-encoding': sent.encoding } : {}),
    ...SECURITY_HEADERS,
    'content-security-policy': APP_CONTENT_SECURITY_POLICY,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(sent.path).pipe(res);
  return true;
}
