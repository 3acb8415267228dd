import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { databaseChecksum } from '../../electron/shell/moveData';
import { safeJoin, startHost, type Host } from '../../electron/host/server';
import { channels } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/tmp';

let ctx: AppContext;
let host: Host;
let staticDir: string;

beforeAll(async () => {
  const dir = tempDir();
  staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  ctx = openAppContext({ dataDir: dir });
  host = await startHost({ dispatch: ctx.dispatch, staticDir, bodyLimit: 1024 });
});
afterAll(async () => {
  await host.close();
  ctx.close();
});

const api = (channel: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${host.origin}/api/${channel}`, { method: 'POST', ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });

describe('loopback bridge', () => {
  it('binds to 127.0.0.1 and answers with the token', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await api('profile:get', { body: '{}', headers: { 'x-vanthu-token': host.token } });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, value: null });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await api('profile:get', { body: '{}' })).status).toBe(401);
    expect((await api('profile:get', { body: '{}', headers: { 'x-vanthu-token': 'wrong' } })).status).toBe(401);
  });

  it('refuses another Origin with 403', async () => {
    const r = await api('profile:get', { body: '{}', headers: { 'x-vanthu-token': host.token, origin: 'http://evil.example' } });
    expect(r.status).toBe(403);
  });

  it('refuses a body over the limit with 413 and changes nothing', async () => {
    const r = await api('profile:save', { body: JSON.stringify({ issuer: 'x'.repeat(5000) }), headers: { 'x-vanthu-token': host.token } });
    expect(r.status).toBe(413);
    expect(ctx.services.db.prepare('SELECT count(*) n FROM office_profile').get()).toEqual({ n: 0 });
  });

  it('serves the renderer and never files outside it', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(200);
    // Traversal is clamped to the root (or refused), never resolved outside it.
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/a/../../secret.txt', '/..%2f..%2fsecret.txt']) {
      const r = safeJoin(staticDir, p);
      expect(r === null || r.startsWith(staticDir + path.sep)).toBe(true);
    }
    expect(safeJoin(staticDir, '/%E0%A4%A')).toBeNull();
    expect(safeJoin(staticDir, '/a%00b')).toBeNull();
    const r = await fetch(`${host.origin}/%2e%2e/secret.txt`);
    expect(await r.text()).not.toContain('secret');
  });

  it('uses a new random token on every start', async () => {
    const other = await startHost({ dispatch: ctx.dispatch, staticDir });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.token.length).toBeGreaterThanOrEqual(32);
      expect(other.port).not.toBe(host.port);
      expect(other.url).toBe(`${other.origin}/#token=${other.token}`);
    } finally {
      await other.close();
    }
  });
});

/** A raw request, so that Host, Transfer-Encoding and Content-Length can be anything. */
function raw(opts: { method?: string; path?: string; headers?: Record<string, string | number>; body?: string | Buffer[]; keepWriting?: boolean }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method: opts.method ?? 'POST', path: opts.path ?? '/api/profile:save', headers: opts.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', (e) => (e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(e));
    if (Array.isArray(opts.body)) for (const b of opts.body) req.write(b);
    else if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('loopback bridge refusals change nothing', () => {
  const good = () => ({ 'content-type': 'application/json', 'x-vanthu-token': host.token });
  const validProfile = JSON.stringify({ issuer: 'BAN TUYÊN GIÁO' });
  let before: string;
  beforeAll(() => {
    before = databaseChecksum(ctx.services.db);
  });
  afterAll(() => {
    expect(databaseChecksum(ctx.services.db)).toBe(before);
  });

  it('403: a wrong or DNS-rebinding Host header', async () => {
    for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1.nip.io:${host.port}`, `localhost.evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `[::1]:${host.port}`]) {
      const r = await raw({ headers: { ...good(), host: h }, body: validProfile });
      expect(r.status, h).toBe(403);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    // Static files too: a rebinding page must not even read the app shell.
    expect((await raw({ method: 'GET', path: '/', headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
  });

  it('403: a foreign Origin or a cross-site fetch', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', 'app://vanthu']) {
      expect((await raw({ headers: { ...good(), origin }, body: validProfile })).status, origin).toBe(403);
    }
    expect((await raw({ headers: { ...good(), 'sec-fetch-site': 'cross-site' }, body: validProfile })).status).toBe(403);
    expect((await raw({ headers: { ...good(), origin: host.origin, 'sec-fetch-site': 'same-origin' }, body: '{}', path: '/api/app:info' })).status).toBe(200);
  });

  it('401: missing, wrong, or differently-cased token; token in the query string does not count', async () => {
    const { 'x-vanthu-token': _t, ...noToken } = good();
    expect((await raw({ headers: noToken, body: validProfile })).status).toBe(401);
    expect((await raw({ headers: { ...good(), 'x-vanthu-token': host.token.toUpperCase() === host.token ? 'x' : host.token.toUpperCase() }, body: validProfile })).status).toBe(401);
    expect((await raw({ headers: { ...good(), 'x-vanthu-token': host.token + 'x' }, body: validProfile })).status).toBe(401);
    expect((await raw({ headers: noToken, body: validProfile, path: `/api/profile:save?token=${host.token}` })).status).toBe(401);
  });

  it('405: GET, OPTIONS, PUT and DELETE on /api', async () => {
    for (const method of ['GET', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']) {
      const r = await raw({ method, headers: good(), ...(method === 'GET' || method === 'OPTIONS' ? {} : { body: validProfile }) });
      expect(r.status, method).toBe(405);
      expect(r.body).not.toContain('access-control');
    }
  });

  it('415/400: non-JSON content type or body', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      expect((await raw({ headers: { ...good(), 'content-type': type }, body: validProfile })).status, type).toBe(415);
    }
    expect((await raw({ headers: good(), body: '{"issuer": ' })).status).toBe(400);
    expect((await raw({ headers: good(), body: 'issuer=x' })).status).toBe(400);
  });

  it('413: a huge declared Content-Length is refused before reading', async () => {
    const r = await raw({ headers: { ...good(), 'content-length': 10 * 1024 * 1024 * 1024 }, body: '{}' });
    expect(r.status).toBe(413);
  });

  it('413: a chunked body that grows past the limit', async () => {
    const chunks = Array.from({ length: 20 }, () => Buffer.from('"' + 'x'.repeat(200) + '",'));
    const r = await raw({ headers: { ...good(), 'transfer-encoding': 'chunked' }, body: [Buffer.from('{"issuer":['), ...chunks] });
    expect(r.status).toBe(413);
  });

  it('validates every channel the same way over HTTP (null, array, __proto__)', async () => {
    for (const c of channels) {
      for (const body of ['null', '[]', '{"__proto__":{"polluted":1}}', '"x"']) {
        const r = await raw({ headers: good(), body, path: `/api/${c}` });
        expect(JSON.parse(r.body), `${c} ${body}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers bad input inside a valid request with VALIDATION', async () => {
    const r = await raw({ headers: good(), body: JSON.stringify({ __proto__: { polluted: 1 } }).replace('{}', '{"__proto__":{"polluted":1}}') });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await raw({ headers: good(), body: '{}', path: '/api/nope:nothing' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

