// The Vietnamese application menu as a pure template (tested in Node); main.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = {
  print: () => void;
  openDataFolder: () => void;
  about: () => void;
  toggleDevTools?: () => void;
};

export type MenuOptions = { platform: NodeJS.Platform; isDev: boolean; appName: string };

export function buildMenuTemplate(actions: MenuActions, opts: MenuOptions): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'Tệp',
    submenu: [
      { label: 'In…', accelerator: 'CommandOrControl+P', click: () => actions.print() },
      { type: 'separator' },
      { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
      { type: 'separator' },
      mac ? { label: 'Đóng cửa sổ', role: 'close' } : { label: 'Thoát', role: 'quit', accelerator: 'CommandOrControl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Sửa',
    submenu: [
      { label: 'Hoàn tác', role: 'undo' },
      { label: 'Làm lại', role: 'redo' },
      { type: 'separator' },
      { label: 'Cắt', role: 'cut' },
      { label: 'Sao chép', role: 'copy' },
      { label: 'Dán', role: 'paste' },
      { label: 'Chọn tất cả', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Xem',
    submenu: [
      { label: 'Phóng to', role: 'zoomIn', accelerator: 'CommandOrControl+=' },
      { label: 'Thu nhỏ', role: 'zoomOut', accelerator: 'CommandOrControl+-' },
      { label: 'Cỡ chữ mặc định', role: 'resetZoom', accelerator: 'CommandOrControl+0' },
      { type: 'separator' },
      { label: 'Toàn màn hình', role: 'togglefullscreen' },
      // Developer tools only in development builds.
      ...(opts.isDev && actions.toggleDevTools
        ? [{ type: 'separator' } as const, { label: 'Công cụ phát triển', accelerator: 'CommandOrControl+Shift+I', click: () => actions.toggleDevTools?.() }]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Trợ giúp',
    submenu: [{ label: `Giới thiệu ${opts.appName}`, click: () => actions.about() }],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: opts.appName,
    submenu: [
      { label: `Giới thiệu ${opts.appName}`, click: () => actions.about() },
      { type: 'separator' },
      { label: 'Ẩn', role: 'hide' },
      { label: `Thoát ${opts.appName}`, role: 'quit' },
    ],
  };
  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
