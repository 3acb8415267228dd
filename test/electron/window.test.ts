// Window options and the navigation/permission guards, called with fake Electron objects.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fitWindowBounds, loadWindowState, parseWindowState, saveWindowState, windowStateFile } from '../../electron/shell/windowState';
import { createExternalLinkOpener, denyAllPermissions, installNavigationGuards, isExternalAllowed, MIN_SIZE, windowOptions, type PreventableEvent } from '../../electron/window';
import { tempDir } from '../helpers/tmp';

describe('BrowserWindow options', () => {
  it('isolates and sandboxes the renderer', () => {
    const o = windowOptions('build/preload.cjs');
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(path.isAbsolute(o.webPreferences!.preload!)).toBe(true);
    expect(o.webPreferences!.enableBlinkFeatures ?? '').toBe('');
    expect(o.webPreferences!.disableBlinkFeatures).toBe('Auxclick');
    expect(o.show).toBe(false);
  });

  it('uses remembered bounds when given', () => {
    expect(windowOptions('p.cjs', { width: 1000, height: 700, x: 10, y: 20 })).toMatchObject({ width: 1000, height: 700, x: 10, y: 20 });
    expect(windowOptions('p.cjs', { width: 1000, height: 700 })).not.toHaveProperty('x');
  });
});

const fakeContents = () => {
  const listeners = new Map<string, ((e: PreventableEvent, ...a: unknown[]) => void)[]>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    contents: {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => void (openHandler = h),
      on: (name: string, l: (e: PreventableEvent, ...a: unknown[]) => void) => void listeners.set(name, [...(listeners.get(name) ?? []), l]),
    },
    emit(name: string, ...args: unknown[]) {
      const e = { preventDefault: vi.fn() };
      for (const l of listeners.get(name) ?? []) l(e, ...args);
      return e;
    },
    open: (url: string) => openHandler!({ url }),
    names: () => [...listeners.keys()],
  };
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('navigation guards', () => {
  it('denies window.open and offers https links externally only after confirmation', async () => {
    const f = fakeContents();
    const confirmExternal = vi.fn(async () => true);
    const openExternal = vi.fn();
    installNavigationGuards(f.contents, { confirmExternal, openExternal });
    expect(f.open('https://thuvienphapluat.vn/van-ban')).toEqual({ action: 'deny' });
    await tick();
    expect(confirmExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/van-ban');
    expect(openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/van-ban');
    for (const u of ['http://example.vn/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.vn/', 'smb://server/share', 'app://vanthu/x']) {
      expect(f.open(u)).toEqual({ action: 'deny' });
    }
    await tick();
    expect(confirmExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('does not open when the user declines', async () => {
    const f = fakeContents();
    const openExternal = vi.fn();
    installNavigationGuards(f.contents, { confirmExternal: async () => false, openExternal });
    const e = f.emit('will-navigate', 'https://example.vn/');
    expect(e.preventDefault).toHaveBeenCalled();
    await tick();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation, redirects, frame navigation and webviews', () => {
    const f = fakeContents();
    installNavigationGuards(f.contents, { confirmExternal: async () => false, openExternal: vi.fn() });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(f.emit(name, 'app://vanthu/other.html').preventDefault, name).toHaveBeenCalled();
    }
  });

  it('asks only once while a question is open', async () => {
    let answer: (v: boolean) => void = () => {};
    const confirmExternal = vi.fn(() => new Promise<boolean>((r) => (answer = r)));
    const open = createExternalLinkOpener({ confirmExternal, openExternal: vi.fn() });
    const first = open('https://a.vn/');
    expect(await open('https://b.vn/')).toBe(false);
    answer(false);
    expect(await first).toBe(false);
    expect(confirmExternal).toHaveBeenCalledTimes(1);
  });

  it('allows only https without credentials', () => {
    expect(isExternalAllowed('https://dangcongsan.vn/')).toBe(true);
    for (const u of ['http://a.vn', 'https://u@a.vn', 'ftp://a.vn', 'mailto:a@b.vn', '//a.vn', 'garbage']) expect(isExternalAllowed(u), u).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every request and every check', () => {
    const s = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    denyAllPermissions(s);
    const request = s.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (g: boolean) => void) => void;
    for (const p of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const cb = vi.fn();
      request({}, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = s.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string, o: string) => boolean;
    expect(check({}, 'media', 'app://vanthu')).toBe(false);
    expect((s.setDevicePermissionHandler.mock.calls[0]![0] as (d: unknown) => boolean)({})).toBe(false);
  });
});

describe('window state', () => {
  const displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }, { workArea: { x: 1920, y: 0, width: 1280, height: 1000 } }];
  const def = { width: 1280, height: 860 };

  it('keeps bounds that are on a display', () => {
    const s = { bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: true };
    expect(fitWindowBounds(s, displays, def, MIN_SIZE)).toEqual({ bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: true });
  });

  it('drops the position when the display is gone, and clamps the size', () => {
    const s = { bounds: { x: 4000, y: 100, width: 3000, height: 2000 }, maximized: false };
    const r = fitWindowBounds(s, displays.slice(0, 1), def, MIN_SIZE);
    expect(r.bounds).toEqual({ width: 1920, height: 1040 });
  });

  it('pulls a window hanging off the edge back inside', () => {
    const r = fitWindowBounds({ bounds: { x: 1800, y: -5, width: 1000, height: 800 }, maximized: false }, displays.slice(0, 1), def, MIN_SIZE);
    expect(r.bounds).toEqual({ x: 920, y: 0, width: 1000, height: 800 });
    // Title bar above the screen: not reachable, so centred instead.
    expect(fitWindowBounds({ bounds: { x: 100, y: -700, width: 1000, height: 720 }, maximized: false }, displays, def, MIN_SIZE).bounds).not.toHaveProperty('x');
  });

  it('uses defaults without a saved state and rejects malformed files', () => {
    expect(fitWindowBounds(null, displays, def, MIN_SIZE)).toEqual({ bounds: def, maximized: false });
    expect(parseWindowState({ version: 1, bounds: { x: 0, y: 0, width: 'wide', height: 1 }, maximized: false })).toBeNull();
    expect(parseWindowState({ version: 1, bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false, __proto__x: 1 })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });

  it('round-trips through an atomically written file and survives garbage', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toBeNull();
    saveWindowState(dir, { bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized: false });
    expect(loadWindowState(dir)).toEqual({ bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized: false });
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
    fs.writeFileSync(windowStateFile(dir), '{"version":1,"bounds":');
    expect(loadWindowState(dir)).toBeNull();
  });
});
