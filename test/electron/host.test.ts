import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { safeJoin, startHost, type Host } from '../../electron/host/server';
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
});
