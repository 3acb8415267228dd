import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/menu';

const actions = () => ({ print: vi.fn(), openDataFolder: vi.fn(), about: vi.fn(), toggleDevTools: vi.fn() });
const items = (m: MenuItemConstructorOptions) => (m.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
const find = (t: MenuItemConstructorOptions[], label: string) => t.flatMap(items).find((i) => i.label === label);

describe('application menu', () => {
  it('is Vietnamese: Tệp, Sửa, Xem, Trợ giúp', () => {
    const t = buildMenuTemplate(actions(), { platform: 'win32', isDev: false, appName: 'Văn thư Tuyên giáo' });
    expect(t.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    // Roles get explicit Vietnamese labels; Electron's English defaults would show otherwise.
    for (const i of t.flatMap(items)) {
      expect(i.label, JSON.stringify(i.role)).toBeTruthy();
      expect(i.label).not.toMatch(/^(Undo|Redo|Cut|Copy|Paste|Select|Zoom|Reset|Quit|Exit|Print|Toggle|About|Help|File|Edit|View)/);
    }
  });

  it('has zoom, print and edit items that work', () => {
    const a = actions();
    const t = buildMenuTemplate(a, { platform: 'linux', isDev: false, appName: 'Văn thư Tuyên giáo' });
    expect(find(t, 'Phóng to')).toMatchObject({ role: 'zoomIn' });
    expect(find(t, 'Thu nhỏ')).toMatchObject({ role: 'zoomOut' });
    expect(find(t, 'Cỡ chữ mặc định')).toMatchObject({ role: 'resetZoom' });
    expect(find(t, 'Sao chép')).toMatchObject({ role: 'copy' });
    expect(find(t, 'Dán')).toMatchObject({ role: 'paste' });
    const print = find(t, 'In…')!;
    expect(print.accelerator).toBe('CommandOrControl+P');
    (print.click as () => void)();
    expect(a.print).toHaveBeenCalledOnce();
    (find(t, 'Mở thư mục dữ liệu')!.click as () => void)();
    expect(a.openDataFolder).toHaveBeenCalledOnce();
    (find(t, 'Giới thiệu Văn thư Tuyên giáo')!.click as () => void)();
    expect(a.about).toHaveBeenCalledOnce();
    expect(find(t, 'Thoát')).toMatchObject({ role: 'quit' });
  });

  it('shows developer tools only in development', () => {
    expect(find(buildMenuTemplate(actions(), { platform: 'win32', isDev: false, appName: 'X' }), 'Công cụ phát triển')).toBeUndefined();
    expect(find(buildMenuTemplate(actions(), { platform: 'win32', isDev: true, appName: 'X' }), 'Công cụ phát triển')).toBeDefined();
  });

  it('puts the app menu first on macOS', () => {
    expect(buildMenuTemplate(actions(), { platform: 'darwin', isDev: false, appName: 'X' }).map((m) => m.label)).toEqual(['X', 'Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });
});
