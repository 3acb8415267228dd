// BrowserWindow options and the navigation/permission policy, kept free of side effects
// so that a Node test can check them without Electron (they receive fake events there).
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowBounds = { width: number; height: number; x?: number; y?: number };

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 960, height: 640 } as const;

export function windowOptions(preloadPath: string, bounds?: WindowBounds): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? DEFAULT_SIZE.width,
    height: bounds?.height ?? DEFAULT_SIZE.height,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Văn thư Tuyên giáo',
    show: false,
    webPreferences: {
      preload: path.resolve(preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      // Middle-click would otherwise try to open a new window (denied anyway; this avoids the attempt).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: true,
    },
  };
}

/** https links may leave the app (after the user confirms), nothing else: no credentials, no other scheme. */
export function isExternalAllowed(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password && u.hostname.length > 0;
  } catch {
    return false;
  }
}

// Structural types of the few Electron objects we touch, so tests can pass plain fakes.
export type PreventableEvent = { preventDefault: () => void };
type Listener = (event: PreventableEvent, ...args: unknown[]) => void;
export type SessionLike = {
  setPermissionRequestHandler: (h: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | null) => void;
  setPermissionCheckHandler: (h: ((wc: unknown, permission: string, origin: string, details?: unknown) => boolean) | null) => void;
  setDevicePermissionHandler?: (h: ((details: unknown) => boolean) | null) => void;
};
export type WebContentsLike = {
  setWindowOpenHandler: (h: (details: { url: string }) => { action: 'deny' }) => void;
  on: (event: string, listener: Listener) => unknown;
};
export type ExternalLinkDeps = {
  /** Shows "open this address in the browser?" and resolves true only on an explicit yes. */
  confirmExternal: (url: string) => Promise<boolean>;
  openExternal: (url: string) => Promise<void> | void;
  warn?: (msg: string) => void;
};

/** Every permission (camera, notifications, clipboard-read, geolocation, HID…) is refused, asked or checked. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** Asks once per request; only https without credentials, only after the user says yes. */
export function createExternalLinkOpener(deps: ExternalLinkDeps) {
  let asking = false;
  return async (url: string): Promise<boolean> => {
    if (!isExternalAllowed(url)) {
      deps.warn?.(`blocked navigation to a non-https address`);
      return false;
    }
    if (asking) return false;
    asking = true;
    try {
      if (!(await deps.confirmExternal(url))) return false;
      await deps.openExternal(url);
      return true;
    } finally {
      asking = false;
    }
  };
}

const urlArg = (event: PreventableEvent, args: unknown[]): string => {
  if (typeof args[0] === 'string') return args[0];
  const u = (event as { url?: unknown }).url;
  return typeof u === 'string' ? u : '';
};

/** Navigation never happens inside the app: new windows, navigations, redirects and webviews are refused. */
export function installNavigationGuards(contents: WebContentsLike, deps: ExternalLinkDeps): void {
  const offer = createExternalLinkOpener(deps);
  contents.setWindowOpenHandler(({ url }) => {
    void offer(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, ...args) => {
    event.preventDefault();
    void offer(urlArg(event, args));
  });
  for (const name of ['will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
    contents.on(name, (event) => event.preventDefault());
  }
}
