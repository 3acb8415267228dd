// The app:// handler and the one CSP (header here, meta tag in renderer/index.html).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, createAppProtocolHandler, safeJoin } from '../../electron/protocol';
import { tempDir } from '../helpers/tmp';

const setup = () => {
  const dir = tempDir();
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'vanthu.sqlite'), 'SECRET DATABASE');
  return { root, handle: createAppProtocolHandler({ rendererDir: root }) };
};

describe('app:// protocol', () => {
  it('serves files inside the renderer folder with the CSP header', async () => {
    const { handle } = setup();
    const r = await handle(new Request('app://vanthu/index.html'));
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>app</title>');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    const js = await handle(new Request('app://vanthu/assets/a.js'));
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await handle(new Request('app://vanthu/'))).status).toBe(200);
  });

  it('never serves anything outside it', async () => {
    const { handle, root } = setup();
    for (const u of ['app://vanthu/../vanthu.sqlite', 'app://vanthu/%2e%2e/vanthu.sqlite', 'app://vanthu/assets/..%2f..%2fvanthu.sqlite', 'app://vanthu/..%5cvanthu.sqlite', 'app://vanthu/a%00.html', 'app://vanthu/%E0%A4%A']) {
      const r = await handle(new Request(u));
      expect([403, 404], u).toContain(r.status);
      expect(await r.text(), u).not.toContain('SECRET');
    }
    expect(safeJoin(root, '/..\\vanthu.sqlite')).toBeNull();
    expect(safeJoin(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });

  it('refuses other hosts and methods', async () => {
    const { handle } = setup();
    expect((await handle(new Request('app://other/index.html'))).status).toBe(403);
    expect((await handle(new Request('app://vanthu/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await handle(new Request('app://vanthu/missing.js'))).status).toBe(404);
  });
});

describe('Content-Security-Policy', () => {
  it('allows nothing remote, no eval, no inline script', () => {
    expect(CSP_DIRECTIVES[0]).toBe("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/form-action 'none'/);
  });

  it('is the same policy as the meta tag in renderer/index.html', () => {
    const html = fs.readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const metaDirectives = meta!.split(';').map((d) => d.trim()).filter(Boolean);
    // frame-ancestors is ignored in a meta tag, so it lives in the header only.
    expect(metaDirectives).toEqual(CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')));
  });
});
