// The app:// protocol: where the desktop window loads the renderer from, plus the CSP and the
// path-traversal guard shared with the browser-mode bridge. Pure Node (Request/Response), no
// Electron import, so tests can call the handler directly.
import fs from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'vanthu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** One policy for the meta tag (renderer/index.html), the app:// responses and the bridge. */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  // Only meaningful as a header (browsers ignore it in a meta tag).
  "frame-ancestors 'none'",
] as const;
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

export const securityHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
});

/** Resolves a URL path inside root, or null when it would escape it (encoded dots, NUL, bad escapes). */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Backslashes are separators on Windows: never let "..\" slip past the posix normalisation.
  if (decoded.includes('\\')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootResolved = path.resolve(root);
  return full === rootResolved || full.startsWith(rootResolved + path.sep) ? full : null;
}

type ReadFile = (file: string) => Promise<Uint8Array>;

const plain = (status: number, text: string) => new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });

/** The handler given to `protocol.handle('app', …)`: GET/HEAD of files inside rendererDir only. */
export function createAppProtocolHandler(opts: { rendererDir: string; readFile?: ReadFile }) {
  const readFile: ReadFile = opts.readFile ?? ((f) => fs.readFile(f));
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Phương thức không được hỗ trợ.');
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return plain(400, 'Địa chỉ không hợp lệ.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(403, 'Nguồn không được phép.');
    const file = safeJoin(opts.rendererDir, url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname);
    if (!file) return plain(403, 'Đường dẫn không hợp lệ.');
    let data: Uint8Array;
    try {
      data = await readFile(file);
    } catch {
      return plain(404, 'Không tìm thấy.');
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(req.method === 'HEAD' ? null : new Uint8Array(data), { status: 200, headers: securityHeaders(type) });
  };
}
