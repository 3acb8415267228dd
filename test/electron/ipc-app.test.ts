// app:* and files:* through the real dispatcher: dialogs run in main (a fake provider here),
// browser mode has none; moving the data folder is copy-then-switch and keeps the old copy.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectNetworkShare, pointerFile, resolveDataDir } from '../../electron/shell/dataLocation';
import { createElectronDialogs, type DialogProvider } from '../../electron/shell/dialogs';
import { safeFileName, withExtension } from '../../electron/shell/files';
import { databaseChecksum, moveDataFolder } from '../../electron/shell/moveData';
import { openAppContext, type AppContext } from '../../electron/context';
import { openDatabase } from '../../electron/db/open';
import { backupsDir, databaseFile } from '../../electron/paths';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

const opened: AppContext[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

const fakeDialogs = (over: Partial<DialogProvider> = {}): DialogProvider => ({
  showSaveDialog: vi.fn(async () => null),
  showOpenDialog: vi.fn(async () => []),
  showFolderDialog: vi.fn(async () => null),
  confirm: vi.fn(async () => false),
  ...over,
});

async function seeded(opts: Parameters<typeof openAppContext>[0]) {
  const ctx = openAppContext(opts);
  opened.push(ctx);
  const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
  expect((await ctx.dispatch('profile:save', profile)).ok).toBe(true);
  fs.mkdirSync(backupsDir(opts.dataDir), { recursive: true });
  fs.writeFileSync(path.join(backupsDir(opts.dataDir), 'vanthu-2024-01-01-manual.sqlite'), 'backup bytes');
  return ctx;
}
const value = <T>(r: { ok: boolean; value?: T; error?: unknown }): T => {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return r.value as T;
};

describe('app:info and app:dataLocation', () => {
  it('reports web mode without dialogs and desktop mode with them', async () => {
    const dir = tempDir();
    const web = openAppContext({ dataDir: dir });
    opened.push(web);
    expect(value(await web.dispatch('app:info', {}))).toMatchObject({ mode: 'web', dialogs: false, dataDir: dir, version: JSON.parse(fs.readFileSync('package.json', 'utf8')).version });
    web.close();
    opened.pop();
    const desk = openAppContext({ dataDir: dir, mode: 'desktop', version: '9.9.9', dialogs: fakeDialogs() });
    opened.push(desk);
    expect(value(await desk.dispatch('app:info', {}))).toEqual({ mode: 'desktop', version: '9.9.9', dataDir: dir, dialogs: true });
    expect(value(await desk.dispatch('app:dataLocation', {}))).toMatchObject({ dataDir: dir, databaseFile: databaseFile(dir), isDefault: true, network: { isNetwork: false } });
  });
});

describe('network shares', () => {
  it('recognises Windows UNC paths', () => {
    for (const p of ['\\\\server\\share\\vanthu', '//server/share', '\\\\?\\UNC\\server\\share']) expect(detectNetworkShare(p, { platform: 'win32' }).isNetwork, p).toBe(true);
    for (const p of ['D:\\VanThu', 'C:/data', '\\\\?\\C:\\data', '\\\\.\\C:\\x']) expect(detectNetworkShare(p, { platform: 'win32' }).isNetwork, p).toBe(false);
  });

  it('reads the file-system type of the longest matching mount on Linux', () => {
    const mounts = ['/dev/sda1 / ext4 rw 0 0', 'nas:/export /mnt/nas nfs4 rw 0 0', '//srv/docs /mnt/van\\040thu cifs rw 0 0', '/dev/sdb1 /mnt/nas/local ext4 rw 0 0', 'u@h:/ /home/a/remote fuse.sshfs rw 0 0'].join('\n');
    const on = (p: string) => detectNetworkShare(p, { platform: 'linux', mounts });
    expect(on('/mnt/nas/vanthu')).toMatchObject({ isNetwork: true, reason: expect.stringContaining('nfs4') });
    expect(on('/mnt/van thu/x').isNetwork).toBe(true);
    expect(on('/home/a/remote/data').isNetwork).toBe(true);
    expect(on('/mnt/nas/local/vanthu').isNetwork).toBe(false);
    expect(on('/mnt/nasty').isNetwork).toBe(false);
    expect(on('/home/a/vanthu').isNetwork).toBe(false);
  });
});

describe('app:moveData in browser mode (typed path)', () => {
  it('copies, verifies, switches and keeps the old copy renamed', async () => {
    const base = tempDir();
    const ctx = await seeded({ dataDir: base, baseDir: base });
    const sum = databaseChecksum(ctx.services.db);
    const target = path.join(tempDir(), 'Dữ liệu mới');
    const r = value(await ctx.dispatch('app:moveData', { target }));
    expect(r).toMatchObject({ status: 'moved', dataDir: target });
    // The live context now uses the new file, with the same rows.
    expect(ctx.services.dataDir).toBe(target);
    expect(ctx.services.db.name).toBe(databaseFile(target));
    expect(databaseChecksum(ctx.services.db)).toBe(sum);
    expect(fs.readFileSync(path.join(backupsDir(target), 'vanthu-2024-01-01-manual.sqlite'), 'utf8')).toBe('backup bytes');
    // Pointer switched; the old database is kept under another name, never opened again.
    expect(resolveDataDir(base)).toBe(target);
    expect(fs.existsSync(databaseFile(base))).toBe(false);
    const oldCopy = (r as { oldCopy: string }).oldCopy;
    expect(path.dirname(oldCopy)).toBe(base);
    const old = openDatabase(oldCopy, { migrate: false });
    expect(databaseChecksum(old)).toBe(sum);
    old.close();
    // Writes after the switch land in the new file.
    expect(value(await ctx.dispatch('app:dataLocation', {}))).toMatchObject({ dataDir: target, isDefault: false, defaultDir: base });
    // Moving back to the default folder removes the pointer.
    expect(value(await ctx.dispatch('app:moveData', { target: base }))).toMatchObject({ status: 'moved', dataDir: base });
    expect(fs.existsSync(pointerFile(base))).toBe(false);
    expect(resolveDataDir(base)).toBe(base);
    expect(databaseChecksum(ctx.services.db)).toBe(sum);
  });

  it('refuses relative paths, the same folder, subfolders and folders that already hold data', async () => {
    const base = tempDir();
    const ctx = await seeded({ dataDir: base, baseDir: base });
    const sum = databaseChecksum(ctx.services.db);
    const occupied = tempDir();
    fs.writeFileSync(databaseFile(occupied), 'not ours');
    const cases: [unknown, string][] = [
      [{ target: 'relative/dir' }, 'VALIDATION'],
      [{}, 'VALIDATION'],
      [{ target: base }, 'CONFLICT'],
      [{ target: path.join(base, 'sub') }, 'VALIDATION'],
      [{ target: occupied }, 'CONFLICT'],
    ];
    for (const [input, code] of cases) expect(await ctx.dispatch('app:moveData', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
    expect(fs.readFileSync(databaseFile(occupied), 'utf8')).toBe('not ours');
    expect(fs.existsSync(pointerFile(base))).toBe(false);
    expect(databaseChecksum(ctx.services.db)).toBe(sum);
    expect(ctx.services.dataDir).toBe(base);
  });

  it('asks for confirmation before moving onto a network share', async () => {
    const base = tempDir();
    const ctx = await seeded({ dataDir: base, baseDir: base, checkNetwork: () => ({ isNetwork: true, reason: 'nfs' }) });
    const target = path.join(tempDir(), 'nas');
    const first = value(await ctx.dispatch('app:moveData', { target }));
    expect(first).toMatchObject({ status: 'needsConfirmation', target, warning: expect.stringMatching(/mạng/) });
    expect(fs.existsSync(target)).toBe(false);
    expect(value(await ctx.dispatch('app:moveData', { target, acceptNetworkRisk: true }))).toMatchObject({ status: 'moved', warning: expect.any(String) });
  });
});

describe('app:moveData in the desktop app (dialog in main)', () => {
  it('never takes a path from the renderer; the folder comes from the dialog', async () => {
    const base = tempDir();
    const target = path.join(tempDir(), 'chosen');
    const dialogs = fakeDialogs({ showFolderDialog: vi.fn(async () => target) });
    const ctx = await seeded({ dataDir: base, baseDir: base, dialogs });
    expect(await ctx.dispatch('app:moveData', { target: '/tmp/evil' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dialogs.showFolderDialog).not.toHaveBeenCalled();
    expect(value(await ctx.dispatch('app:moveData', {}))).toMatchObject({ status: 'moved', dataDir: target });
  });

  it('cancels when the dialog is cancelled or the network warning is declined', async () => {
    const base = tempDir();
    const dialogs = fakeDialogs({ showFolderDialog: vi.fn(async () => path.join(tempDir(), 'x')), confirm: vi.fn(async () => false) });
    const ctx = await seeded({ dataDir: base, baseDir: base, dialogs, checkNetwork: () => ({ isNetwork: true }) });
    expect(value(await ctx.dispatch('app:moveData', {}))).toEqual({ status: 'cancelled' });
    expect(dialogs.confirm).toHaveBeenCalledOnce();
    (dialogs.showFolderDialog as ReturnType<typeof vi.fn>).mockResolvedValueOnce(null);
    expect(value(await ctx.dispatch('app:moveData', {}))).toEqual({ status: 'cancelled' });
    expect(ctx.services.dataDir).toBe(base);
  });

  it('rolls back the pointer and the copy when the new folder cannot be opened', async () => {
    const base = tempDir();
    const ctx = await seeded({ dataDir: base, baseDir: base });
    const target = path.join(tempDir(), 'bad');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(
      moveDataFolder({ db: ctx.services.db, fromDir: base, toDir: target, baseDir: base, now: () => new Date(), switchTo: () => { throw new Error('cannot open'); } }),
    ).rejects.toMatchObject({ code: 'IO' });
    spy.mockRestore();
    expect(fs.existsSync(pointerFile(base))).toBe(false);
    expect(fs.existsSync(databaseFile(target))).toBe(false);
    expect(fs.existsSync(databaseFile(base))).toBe(true);
  });
});

describe('data folder pointer', () => {
  it('refuses a broken pointer or a missing database instead of starting empty', () => {
    const base = tempDir();
    expect(resolveDataDir(base)).toBe(base);
    fs.writeFileSync(pointerFile(base), '{"version":1,"dataDir":');
    expect(() => resolveDataDir(base)).toThrow(/bị hỏng/);
    fs.writeFileSync(pointerFile(base), JSON.stringify({ version: 1, dataDir: 'relative' }));
    expect(() => resolveDataDir(base)).toThrow(/không hợp lệ/);
    fs.writeFileSync(pointerFile(base), JSON.stringify({ version: 1, dataDir: path.join(base, 'unplugged') }));
    expect(() => resolveDataDir(base)).toThrow(/cắm\/kết nối lại/);
  });
});

describe('saving what main made (deliver) and files:openIncoming', () => {
  it('writes where the user chose in the dialog, with the right extension; the renderer sends no bytes', async () => {
    const out = tempDir();
    const dialogs = fakeDialogs({ showSaveDialog: vi.fn(async () => path.join(out, 'cong-van')) });
    const ctx = openAppContext({ dataDir: tempDir(), dialogs });
    opened.push(ctx);
    const bytes = Buffer.from('%PDF-1.7 test');
    const rec = value(await ctx.dispatch('incoming:create', { arrivalDate: '2023-07-11', attachments: [{ fileName: '../../65-CV/BTGQU: Công văn.pdf', mime: 'application/pdf', dataBase64: bytes.toString('base64') }] })) as { attachments: { id: number }[] };
    const r = value(await ctx.dispatch('incoming:saveAttachment', { id: rec.attachments[0]!.id }));
    expect(r).toEqual({ status: 'saved', fileName: 'cong-van.pdf' });
    expect(fs.readFileSync(path.join(out, 'cong-van.pdf'))).toEqual(bytes);
    // The dialog got a sanitized suggestion and a PDF filter.
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: '65-CV BTGQU Công văn.pdf', filters: [{ name: expect.stringContaining('PDF'), extensions: ['pdf'] }] }));
    (dialogs.showSaveDialog as ReturnType<typeof vi.fn>).mockResolvedValueOnce(null);
    expect(value(await ctx.dispatch('incoming:saveAttachment', { id: rec.attachments[0]!.id }))).toEqual({ status: 'cancelled' });
  });

  it('returns the chosen files as base64, refusing oversized ones', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.docx'), 'AAA');
    fs.writeFileSync(path.join(dir, 'b.pdf'), 'BB');
    const dialogs = fakeDialogs({ showOpenDialog: vi.fn(async () => [path.join(dir, 'a.docx'), path.join(dir, 'b.pdf')]) });
    const ctx = openAppContext({ dataDir: tempDir(), dialogs });
    opened.push(ctx);
    const r = value(await ctx.dispatch('files:openIncoming', { kinds: ['docx', 'pdf'], multiple: true }));
    expect(r).toEqual({ status: 'opened', files: [{ name: 'a.docx', size: 3, dataBase64: 'QUFB' }, { name: 'b.pdf', size: 2, dataBase64: 'QkI=' }] });
    expect(value(await ctx.dispatch('files:openIncoming', { kinds: ['docx'] }))).toMatchObject({ files: [{ name: 'a.docx' }] });
    (dialogs.showOpenDialog as ReturnType<typeof vi.fn>).mockResolvedValueOnce([dir]);
    expect(await ctx.dispatch('files:openIncoming', { kinds: ['docx'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    (dialogs.showOpenDialog as ReturnType<typeof vi.fn>).mockResolvedValueOnce([]);
    expect(value(await ctx.dispatch('files:openIncoming', { kinds: ['docx'] }))).toEqual({ status: 'cancelled' });
  });

  it('has no dialogs in browser mode: files come back as downloads, uploads come from the browser', async () => {
    const ctx = openAppContext({ dataDir: tempDir() });
    opened.push(ctx);
    const rec = value(await ctx.dispatch('incoming:create', { arrivalDate: '2023-07-11', attachments: [{ fileName: 'a.pdf', mime: 'application/pdf', dataBase64: 'QUJD' }] })) as { attachments: { id: number }[] };
    expect(value(await ctx.dispatch('incoming:saveAttachment', { id: rec.attachments[0]!.id }))).toEqual({ status: 'download', fileName: 'a.pdf', mime: 'application/pdf', dataBase64: 'QUJD' });
    expect(await ctx.dispatch('files:openIncoming', { kinds: ['pdf'] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('makes names safe on every platform', () => {
    expect(safeFileName('CON', 'docx')).toBe('_CON.docx');
    expect(safeFileName('..', 'pdf')).toBe('van-ban.pdf');
    expect(safeFileName('a\u0000b\nc', 'text')).toBe('a b c.txt');
    expect(safeFileName('Báo cáo.PDF', 'pdf')).toBe('Báo cáo.PDF');
    expect(withExtension('/x/y.DOCX', 'docx')).toBe('/x/y.DOCX');
    expect(withExtension('/x/y', 'docx')).toBe('/x/y.docx');
  });
});

describe('Electron dialog adapter', () => {
  it('maps Electron dialog answers and keeps dialogs modal to the window', async () => {
    const win = { id: 1 };
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/x/a.pdf' })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/x/a.docx', '/x/b.docx'] })),
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
    };
    const d = createElectronDialogs(dialog as never, () => win as never);
    expect(await d.showSaveDialog({ title: 't', suggestedName: 'a.pdf', filters: [] })).toBe('/x/a.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ defaultPath: 'a.pdf' }));
    expect(await d.showOpenDialog({ title: 't', filters: [], multiple: true })).toEqual(['/x/a.docx', '/x/b.docx']);
    expect(await d.showFolderDialog({ title: 't' })).toBe('/x/a.docx');
    expect(await d.confirm({ message: 'm', confirmLabel: 'Có', cancelLabel: 'Không' })).toBe(true);
    // Cancel is button 0 and the default: Enter or Esc never confirms.
    expect(dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ buttons: ['Không', 'Có'], defaultId: 0, cancelId: 0 }));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await d.showSaveDialog({ title: 't', suggestedName: 'a', filters: [] })).toBeNull();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await d.showFolderDialog({ title: 't' })).toBeNull();
  });
});
