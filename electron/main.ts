// Electron main: composes lifecycle, window, menu, protocol and IPC. Every policy it applies is
// built by a module tested in Node (window.ts, protocol.ts, menu.ts, ipc/handle.ts, shell/*, startup/*).
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, screen, session, shell } from 'electron';
import { resolveDataDir } from './shell/dataLocation';
import { createElectronDialogs } from './shell/dialogs';
import { fitWindowBounds, loadWindowState, saveWindowState } from './shell/windowState';
import { openWithRecovery, scheduleAutoBackup } from './startup/dataFolder';
import { type AppContext } from './context';
import { overdueNotice } from './incoming/overdueNotice';
import { createLogger, toLogFormat } from './log';
import { registerIpc, type MainWindowRef } from './ipc/handle';
import { buildMenuTemplate } from './menu';
import { stopOcr } from './ocr/host';
import { defaultDataDir } from './paths';
import { APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './protocol';
import { DEFAULT_SIZE, denyAllPermissions, installNavigationGuards, MIN_SIZE, windowOptions, type ExternalLinkDeps } from './window';

const APP_NAME = 'Văn thư Tuyên giáo';
let ctx: AppContext | null = null;
let win: BrowserWindow | null = null;

// Standard + secure: real origin (app://vanthu), same-origin rules and fetch work; no file:// access.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
const baseDir = defaultDataDir();
app.setPath('userData', baseDir);

const mainRef: MainWindowRef = () => (win && !win.isDestroyed() ? { webContentsId: win.webContents.id, mainFrame: win.webContents.mainFrame } : null);

const external: ExternalLinkDeps = {
  confirmExternal: async (url) => {
    const opts = { type: 'question' as const, message: 'Mở liên kết này trong trình duyệt?', detail: url, buttons: ['Huỷ', 'Mở trong trình duyệt'], defaultId: 0, cancelId: 0, noLink: true };
    const r = win ? await dialog.showMessageBox(win, opts) : await dialog.showMessageBox(opts);
    return r.response === 1;
  },
  // Only reached for https URLs the user confirmed (window.ts createExternalLinkOpener).
  openExternal: (url) => shell.openExternal(url),
};

// Two processes must never write the database: a second launch focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  // Every webContents (windows, devtools, anything created later) gets the same guards.
  app.on('web-contents-created', (_e, contents) =>
    installNavigationGuards(
      // Electron's overloaded `on` does not fit one structural signature; the event names are checked in window.ts.
      { setWindowOpenHandler: (h) => contents.setWindowOpenHandler(h), on: (name, listener) => contents.on(name as 'will-navigate', listener as never) },
      external,
    ),
  );
  app.whenReady().then(start).catch(fatal);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void stopOcr();
    ctx?.close();
  });
}

/** Overdue incoming documents at start-up: one system notification (never blocks start-up). */
function notifyOverdue(c: AppContext) {
  try {
    const notice = overdueNotice(c.services.handling);
    if (notice && typeof Notification?.isSupported === 'function' && Notification.isSupported()) new Notification(notice).show();
  } catch (e) {
    createLogger('main').warn('overdue notice failed', toLogFormat(e));
  }
}

async function start() {
  denyAllPermissions(session.defaultSession);
  try {
    ctx = await openWithRecovery(
      { dataDir: resolveDataDir(baseDir), baseDir, mode: 'desktop', version: app.getVersion(), dialogs: createElectronDialogs(dialog, () => win) },
      askRestoreLatestBackup,
    );
  } catch (e) {
    fatal(e);
    return;
  }
  scheduleAutoBackup(ctx);
  notifyOverdue(ctx);
  registerIpc(ipcMain, ctx.dispatch, mainRef);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererDir: path.join(__dirname, 'renderer') }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuActions(), { platform: process.platform, isDev: !app.isPackaged, appName: APP_NAME })));

  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const fit = fitWindowBounds(loadWindowState(baseDir), displays, DEFAULT_SIZE, MIN_SIZE);
  win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs'), fit.bounds));
  win.on('close', () => {
    if (win) saveWindowState(baseDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => (win = null));
  win.once('ready-to-show', () => {
    if (fit.maximized) win?.maximize();
    win?.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function menuActions() {
  return {
    print: () => win?.webContents.print({}),
    openDataFolder: () => void (ctx && shell.openPath(ctx.services.dataDir)),
    about: () => {
      const opts = { type: 'info' as const, message: APP_NAME, detail: `Phiên bản ${app.getVersion()}\nThư mục dữ liệu: ${ctx?.services.dataDir ?? ''}`, buttons: ['Đóng'] };
      void (win ? dialog.showMessageBox(win, opts) : dialog.showMessageBox(opts));
    },
    toggleDevTools: () => win?.webContents.toggleDevTools(),
  };
}

async function askRestoreLatestBackup(info: { problem: string; backupFile: string; backupCreatedAt: string }): Promise<boolean> {
  const r = await dialog.showMessageBox({
    type: 'error',
    title: APP_NAME,
    message: info.problem,
    detail: `Bản sao lưu gần nhất: ${path.basename(info.backupFile)} (${info.backupCreatedAt}).\nTệp hỏng sẽ được đổi tên và giữ lại, không bị ghi đè.`,
    buttons: ['Khôi phục bản sao lưu gần nhất', 'Thoát'],
    defaultId: 0,
    cancelId: 1,
  });
  return r.response === 0;
}

function fatal(e: unknown) {
  dialog.showErrorBox(APP_NAME, e instanceof Error ? e.message : String(e));
  app.exit(1);
}
