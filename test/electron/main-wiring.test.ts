// Loads the BUILT Electron main bundle (build/main.cjs) against a recording stub of the `electron`
// module: Electron itself cannot run on this machine, so this is the only place main.ts executes.
// THIS IS A STUB. It finds wiring mistakes (a channel never registered, a window built without the
// hardened options, a guard never installed, a call made before `ready`); it cannot find Electron
// bugs or behaviour that differs in the real runtime. better-sqlite3 and the services are real;
// the data folder is a temporary one.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/tmp';
import { createElectronStub, type ElectronStub } from './electron-stub';

const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'build/main.cjs');
const require = createRequire(import.meta.url);

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };

/** Runs build/main.cjs once with `require('electron')` answered by the stub. */
function loadMain(stub: ElectronStub): void {
  const original = moduleWithLoad._load;
  moduleWithLoad._load = function (request, parent, isMain) {
    if (request === 'electron') return stub.electron;
    return original.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[bundle];
    require(bundle);
  } finally {
    moduleWithLoad._load = original;
  }
}

const savedDataDir = process.env.VANTHU_DATA_DIR;

/** Newest modification time of the sources the main bundle is built from. */
const newestSource = (): number => {
  let newest = 0;
  for (const dir of ['electron', 'shared']) {
    for (const f of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.ts') || f.endsWith('.sql')) newest = Math.max(newest, fs.statSync(path.join(root, dir, f)).mtimeMs);
    }
  }
  return newest;
};

beforeAll(() => {
  // `npm test` builds before vitest; a lone `vitest run` (fresh clone, edited sources) builds here.
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newestSource()) {
    const r = spawnSync(process.execPath, ['electron/scripts/build.mjs', '--node'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
});
afterAll(() => {
  if (savedDataDir === undefined) delete process.env.VANTHU_DATA_DIR;
  else process.env.VANTHU_DATA_DIR = savedDataDir;
});

describe('Electron main wiring (stubbed electron module, real services)', () => {
  let stub: ElectronStub;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = tempDir('vanthu-main-');
    process.env.VANTHU_DATA_DIR = dataDir;
    stub = createElectronStub();
    loadMain(stub);
    // Nothing that needs `ready` may have happened while the module was evaluated.
    expect(stub.calls.map((c) => c.name)).not.toContain('ipcMain.handle');
    await stub.becomeReady();
  });
  afterAll(() => stub?.emitApp('will-quit'));

  it('starts without the fatal error box', () => {
    expect(stub.calls.filter((c) => c.name === 'dialog.showErrorBox' || c.name === 'app.exit')).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'vanthu.sqlite'))).toBe(true);
  });

  it('registers app:// as a privileged standard, secure scheme before ready, and serves it after', () => {
    const names = stub.calls.map((c) => c.name);
    const reg = stub.calls.find((c) => c.name === 'protocol.registerSchemesAsPrivileged');
    expect(reg?.args[0]).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(names.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(names.indexOf('ready'));
    expect(stub.calls.find((c) => c.name === 'protocol.handle')?.args[0]).toBe('app');
    expect(names).toContain('app.enableSandbox');
  });

  it('takes the single-instance lock and focuses the window on a second launch', () => {
    expect(stub.calls.map((c) => c.name)).toContain('app.requestSingleInstanceLock');
    expect(stub.appListeners.has('second-instance')).toBe(true);
    stub.emitApp('second-instance');
    expect(stub.windows[0]!.calls).toContain('focus');
  });

  it('registers every contract channel through ipcMain.handle, once each', () => {
    const handled = stub.calls.filter((c) => c.name === 'ipcMain.handle').map((c) => c.args[0] as string);
    expect([...handled].sort()).toEqual([...channels].sort());
  });

  it('answers a channel from the app window through the real services, refuses other senders', async () => {
    const win = stub.windows[0]!;
    const frame = { url: 'app://vanthu/index.html', origin: 'app://vanthu', parent: null, processId: win.mainFrame.processId, routingId: win.mainFrame.routingId };
    const info = (await stub.invoke('app:info', { sender: { id: win.webContents.id }, senderFrame: frame }, {})) as { ok: boolean; value?: unknown };
    // Desktop mode with native dialogs: the ones main built from the (stub) dialog module.
    expect(info).toEqual({ ok: true, value: { mode: 'desktop', version: '0.0.0-stub', dataDir, dialogs: true } });
    const foreign = (await stub.invoke('app:info', { sender: { id: win.webContents.id }, senderFrame: { ...frame, url: 'https://example.org/' } }, {})) as { ok: boolean; error?: { code: string } };
    expect(foreign).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('creates one BrowserWindow with the hardened options and loads app://vanthu', () => {
    expect(stub.windows).toHaveLength(1);
    const o = stub.windows[0]!.options as { show?: boolean; webPreferences?: Record<string, unknown> };
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: path.join(root, 'build/preload.cjs'),
    });
    expect(stub.windows[0]!.calls).toContain('loadURL app://vanthu/index.html');
  });

  it('refuses every permission on the default session', () => {
    const { permissionRequest, permissionCheck } = stub.session;
    expect(permissionRequest).toBeTypeOf('function');
    let granted: boolean | undefined;
    permissionRequest!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(permissionCheck!(null, 'clipboard-read', 'app://vanthu')).toBe(false);
  });

  it('guards navigation and new windows on every webContents created', () => {
    const contents = stub.fakeWebContents();
    stub.emitApp('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      let prevented = false;
      const listeners = contents.listeners.get(name) ?? [];
      expect(listeners.length, name).toBeGreaterThan(0);
      for (const l of listeners) l({ preventDefault: () => (prevented = true) }, 'file:///etc/passwd');
      expect(prevented, name).toBe(true);
    }
  });

  it('installs the application menu', () => {
    expect(stub.calls.map((c) => c.name)).toContain('Menu.setApplicationMenu');
  });
});

describe('Electron main wiring: a second instance', () => {
  it('quits at once when the single-instance lock is held elsewhere', async () => {
    process.env.VANTHU_DATA_DIR = tempDir('vanthu-main-');
    const stub = createElectronStub({ lock: false });
    loadMain(stub);
    await stub.becomeReady();
    const names = stub.calls.map((c) => c.name);
    expect(names).toContain('app.quit');
    expect(names).not.toContain('ipcMain.handle');
    expect(stub.windows).toHaveLength(0);
  });
});
