// A recording stand-in for the `electron` module, for main-wiring.test.ts. It records every call
// main makes and enforces the few preconditions Electron documents and throws on (privileged
// schemes only before ready; windows, protocol handlers and sessions only after; one handler per
// IPC channel). It is a stub: it cannot reproduce Electron's own behaviour or bugs.
type Call = { name: string; args: unknown[] };
type Listener = (...args: unknown[]) => unknown;
type PreventableListener = (event: { preventDefault: () => void }, ...args: unknown[]) => void;

export type FakeWebContents = {
  openHandler: ((d: { url: string }) => unknown) | null;
  listeners: Map<string, PreventableListener[]>;
  setWindowOpenHandler: (h: (d: { url: string }) => unknown) => void;
  on: (name: string, l: PreventableListener) => FakeWebContents;
};

function fakeWebContents(): FakeWebContents {
  const wc: FakeWebContents = {
    openHandler: null,
    listeners: new Map(),
    setWindowOpenHandler: (h) => void (wc.openHandler = h),
    on: (name, l) => {
      wc.listeners.set(name, [...(wc.listeners.get(name) ?? []), l]);
      return wc;
    },
  };
  return wc;
}

export function createElectronStub(opts: { lock?: boolean } = {}) {
  const calls: Call[] = [];
  const record = (name: string, ...args: unknown[]) => void calls.push({ name, args });
  let ready = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const needsReady = (what: string) => {
    if (!ready) throw new Error(`${what} called before the app is ready`);
  };
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: Array<InstanceType<typeof BrowserWindow>> = [];
  const sessionHandlers: {
    permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    permissionCheck?: (wc: unknown, permission: string, origin: string) => boolean;
  } = {};
  let nextId = 1;

  class BrowserWindow {
    readonly options: unknown;
    readonly calls: string[] = [];
    readonly mainFrame = { processId: 7, routingId: nextId };
    readonly webContents: Record<string, unknown> & { id: number };
    private readonly listeners = new Map<string, Listener[]>();
    constructor(options: unknown) {
      needsReady('new BrowserWindow');
      record('new BrowserWindow', options);
      this.options = options;
      const log = (what: string) => () => void this.calls.push(what);
      this.webContents = { ...fakeWebContents(), id: nextId++, mainFrame: this.mainFrame, print: log('print'), toggleDevTools: log('toggleDevTools') };
      windows.push(this);
    }
    on(name: string, l: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), l]);
      return this;
    }
    once(name: string, l: Listener) {
      return this.on(name, l);
    }
    loadURL(url: string) {
      this.calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 });
    restore = () => void this.calls.push('restore');
    show = () => void this.calls.push('show');
    focus = () => void this.calls.push('focus');
    maximize = () => void this.calls.push('maximize');
  }

  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 };
  const electron = {
    app: {
      enableSandbox: () => record('app.enableSandbox'),
      setPath: (...a: unknown[]) => record('app.setPath', ...a),
      requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), opts.lock ?? true),
      quit: () => record('app.quit'),
      exit: (code?: number) => record('app.exit', code),
      getVersion: () => '0.0.0-stub',
      isPackaged: false,
      whenReady: () => (record('app.whenReady'), readyPromise),
      on: (name: string, l: Listener) => {
        appListeners.set(name, [...(appListeners.get(name) ?? []), l]);
        return electron.app;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        if (ready) throw new Error('registerSchemesAsPrivileged called after ready');
        record('protocol.registerSchemesAsPrivileged', schemes);
      },
      handle: (scheme: string, handler: unknown) => {
        needsReady('protocol.handle');
        record('protocol.handle', scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, l: Listener) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, l);
        record('ipcMain.handle', channel);
      },
    },
    session: {
      get defaultSession() {
        needsReady('session.defaultSession');
        return {
          setPermissionRequestHandler: (h: typeof sessionHandlers.permissionRequest) => (record('session.setPermissionRequestHandler'), (sessionHandlers.permissionRequest = h)),
          setPermissionCheckHandler: (h: typeof sessionHandlers.permissionCheck) => (record('session.setPermissionCheckHandler'), (sessionHandlers.permissionCheck = h)),
          setDevicePermissionHandler: () => record('session.setDevicePermissionHandler'),
        };
      },
    },
    Menu: {
      buildFromTemplate: (t: unknown) => (record('Menu.buildFromTemplate', t), { template: t }),
      setApplicationMenu: (m: unknown) => record('Menu.setApplicationMenu', m),
    },
    screen: {
      getPrimaryDisplay: () => (needsReady('screen'), display),
      getAllDisplays: () => [display],
    },
    dialog: {
      showErrorBox: (...a: unknown[]) => record('dialog.showErrorBox', ...a),
      showMessageBox: async (...a: unknown[]) => (record('dialog.showMessageBox', ...a), { response: 0 }),
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: {
      openExternal: async (url: string) => record('shell.openExternal', url),
      openPath: async (p: string) => (record('shell.openPath', p), ''),
    },
    BrowserWindow,
  };

  return {
    electron,
    calls,
    windows,
    session: sessionHandlers,
    appListeners,
    fakeWebContents,
    emitApp: (name: string, ...args: unknown[]) => {
      for (const l of appListeners.get(name) ?? []) l(...args);
    },
    invoke: (channel: string, event: unknown, input: unknown) => {
      const h = ipcHandlers.get(channel);
      if (!h) throw new Error(`no handler for ${channel}`);
      return h(event, input);
    },
    /** Fires `ready` and waits until start-up has created the window or given up. */
    async becomeReady(timeoutMs = 10_000) {
      ready = true;
      record('ready');
      resolveReady();
      const until = Date.now() + timeoutMs;
      const waiting = () => calls.some((c) => c.name === 'app.whenReady') && !calls.some((c) => c.name === 'app.exit') && !windows.some((w) => w.calls.length > 0);
      while (waiting() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    },
  };
}
export type ElectronStub = ReturnType<typeof createElectronStub>;
