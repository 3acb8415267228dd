// The browser-mode bridge: serves the built renderer and POST /api/<channel> on 127.0.0.1.
// Every API call needs the per-start token; foreign Host/Origin headers are refused.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import { createLogger } from '../log';
import { MIME, safeJoin, securityHeaders } from '../protocol';

const log = createLogger('host');

export const TOKEN_HEADER = 'x-vanthu-token';
export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;
export { safeJoin };

export type HostOptions = { dispatch: Dispatch; staticDir: string; port?: number; token?: string; bodyLimit?: number };
export type Host = { url: string; origin: string; port: number; token: string; close: () => Promise<void> };

const send = (res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}) => {
  res.writeHead(status, { ...securityHeaders(type), ...extra });
  res.end(body);
};
const sendError = (res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}) =>
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }), 'application/json; charset=utf-8', extra);

/** Refuses before reading the body and drops the connection, so no unread body is ever parsed. */
const refuse = (req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}) => {
  sendError(res, status, code, message, { ...extra, Connection: 'close' });
  res.once('finish', () => req.destroy());
};
const refuseBody = (req: http.IncomingMessage, res: http.ServerResponse) => refuse(req, res, 413, 'VALIDATION', 'Dữ liệu gửi lên quá lớn.');

export async function startHost(opts: HostOptions): Promise<Host> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const limit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let origin = '';
  let port = 0;

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(req, res, 403, 'UNAUTHORIZED', 'Máy chủ chỉ nhận yêu cầu từ chính máy này.');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) return void handleApi(req, res, url.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, 'VALIDATION', 'Phương thức không được hỗ trợ.', { Allow: 'GET, HEAD' });
    serveStatic(url, res);
  });

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, rawChannel: string) => {
    // Order matters: nothing about the request is looked at before it is known to be ours.
    if (req.method !== 'POST') return refuse(req, res, 405, 'VALIDATION', 'Phương thức không được hỗ trợ.', { Allow: 'POST' });
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && reqOrigin !== origin && reqOrigin !== origin.replace('127.0.0.1', 'localhost')) {
      return refuse(req, res, 403, 'UNAUTHORIZED', 'Yêu cầu từ nguồn không được phép.');
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return refuse(req, res, 403, 'UNAUTHORIZED', 'Yêu cầu từ nguồn không được phép.');
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !timingSafeEqual(given, token)) {
      return refuse(req, res, 401, 'UNAUTHORIZED', 'Thiếu hoặc sai mã phiên làm việc. Hãy mở lại địa chỉ do lệnh "npm run web" in ra.');
    }
    // JSON only: a form or text/plain post (possible cross-site without preflight) is refused.
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return refuse(req, res, 415, 'VALIDATION', 'Dữ liệu gửi lên phải ở dạng JSON.');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!Number.isFinite(declared) || declared > limit) return refuseBody(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > limit) return refuseBody(req, res);
        chunks.push(chunk as Buffer);
      }
    } catch {
      return req.destroy();
    }
    let input: unknown = {};
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.length > 0) {
      try {
        input = JSON.parse(text);
      } catch {
        return sendError(res, 400, 'VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
      }
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel.split('?')[0] ?? '');
    } catch {
      return sendError(res, 404, 'NOT_FOUND', 'Yêu cầu không hợp lệ: kênh không tồn tại.');
    }
    const result = await opts.dispatch(channel, input);
    send(res, 200, JSON.stringify(result));
  };

  const serveStatic = (url: string, res: http.ServerResponse) => {
    const pathname = url.split('?')[0] ?? '/';
    const file = safeJoin(opts.staticDir, pathname === '/' ? '/index.html' : pathname);
    if (!file) return sendError(res, 403, 'UNAUTHORIZED', 'Đường dẫn không hợp lệ.');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        // Single-page app: unknown paths without an extension get index.html.
        if (!path.extname(file)) return serveStatic('/index.html', res);
        return sendError(res, 404, 'NOT_FOUND', 'Không tìm thấy.');
      }
      fs.readFile(file, (e, data) => (e ? sendError(res, 500, 'IO', 'Không đọc được tệp.') : send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream')));
    });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  log.info(`listening on ${origin}`);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function timingSafeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
