// Electron main: composes lifecycle, window and IPC. Everything else lives in tested modules.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, shell } from 'electron';
import { openAppContext, type AppContext } from './context';
import { safeJoin } from './host/server';
import { APP_ORIGIN, registerIpc } from './ipc/handle';
import { defaultDataDir } from './paths';
import { isExternalAllowed, windowOptions } from './window';

let ctx: AppContext | null = null;

// Our content is served from app://vanthu/ (a standard, secure scheme) with a path-traversal guard.
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
let win: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start, (e: unknown) => fatal(e));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => ctx?.close());
}

function start() {
  const dataDir = defaultDataDir();
  app.setPath('userData', dataDir);
  try {
    ctx = openAppContext({ dataDir });
  } catch (e) {
    fatal(e);
    return;
  }
  registerIpc(ipcMain, ctx.dispatch);
  win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  win.webContents.session.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  win.once('ready-to-show', () => win?.show());
  const rendererDir = path.join(__dirname, 'renderer');
  protocol.handle('app', (req) => {
    const file = safeJoin(rendererDir, new URL(req.url).pathname);
    return file ? net.fetch(pathToFileURL(file).toString()) : new Response('', { status: 403 });
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function fatal(e: unknown) {
  dialog.showErrorBox('Văn thư Tuyên giáo', e instanceof Error ? e.message : String(e));
  app.exit(1);
}
