import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { SAMPLE_PROFILES, type OfficeProfileInput } from '../../shared/domain/profile';
import type { OutgoingDocument } from '../../shared/domain/outgoing';
import { requireTools } from '../helpers/tools';
import { tempDir } from '../helpers/tmp';

const sample = (i = 0): OfficeProfileInput => {
  const { key: _k, label: _l, ...input } = SAMPLE_PROFILES[i]!;
  return input;
};

async function setup(profile: OfficeProfileInput = sample(), now = '2023-07-12T08:00:00Z'): Promise<AppContext> {
  const dir = tempDir();
  const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date(now) });
  const r = await ctx.dispatch('profile:save', profile);
  expect(r.ok).toBe(true);
  return ctx;
}

const ok = <T>(r: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('outgoing register', () => {
  it('issues numbered documents, reads them back and lists them newest first', async () => {
    const ctx = await setup();
    const a = ok<OutgoingDocument>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Về việc tuyên truyền Đại hội Đảng bộ', signerName: 'Nguyễn Trung Châu', addressees: '- Các chi bộ', copies: 12 }));
    expect(a.symbol).toBe('01-CV/BTGQU');
    expect(a.numberLine).toBe('Số 01-CV/BTGQU');
    expect(a).toMatchObject({ serial: 1, date: '2023-07-12', copies: 12, status: 'issued', files: [] });
    const b = ok<OutgoingDocument>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Thông báo nhanh kết quả hội nghị', date: '2023-07-13' }));
    expect(b.symbol).toBe('02-CV/BTGQU');
    const list = ok<{ rows: OutgoingDocument[]; total: number }>(await ctx.dispatch('outgoing:list', { query: 'thong bao nhanh' }));
    expect(list.total).toBe(1);
    expect(list.rows[0]!.id).toBe(b.id);
    const all = ok<{ rows: OutgoingDocument[]; total: number }>(await ctx.dispatch('outgoing:list', {}));
    expect(all.rows.map((r) => r.symbol)).toEqual(['02-CV/BTGQU', '01-CV/BTGQU']);
    expect(ok<OutgoingDocument>(await ctx.dispatch('outgoing:get', { id: a.id })).subject).toBe('Về việc tuyên truyền Đại hội Đảng bộ');
    // Audit row written in the same transaction.
    expect(ctx.services.db.prepare("SELECT count(*) n FROM audit_log WHERE entity = 'outgoing' AND action = 'issue'").get()).toEqual({ n: 2 });
    ctx.close();
  });

  it('peekNumber previews without reserving', async () => {
    const ctx = await setup();
    const p1 = ok<{ symbol: string }>(await ctx.dispatch('outgoing:peekNumber', { typeCode: 'KH' }));
    const p2 = ok<{ symbol: string }>(await ctx.dispatch('outgoing:peekNumber', { typeCode: 'KH' }));
    expect(p1.symbol).toBe('01-KH/BTGQU');
    expect(p2.symbol).toBe('01-KH/BTGQU');
    const d = ok<OutgoingDocument>(await ctx.dispatch('outgoing:issue', { typeCode: 'KH', subject: 'Kế hoạch tuyên truyền' }));
    expect(d.symbol).toBe('01-KH/BTGQU');
    expect(ok<{ symbol: string }>(await ctx.dispatch('outgoing:peekNumber', { typeCode: 'KH' })).symbol).toBe('02-KH/BTGQU');
    ctx.close();
  });

  it('voiding keeps the number in the ledger with its reason; the number is never reused', async () => {
    const ctx = await setup();
    const a = ok<OutgoingDocument>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Văn bản sẽ hủy' }));
    const v = ok<OutgoingDocument>(await ctx.dispatch('outgoing:void', { id: a.id, reason: 'Sai nơi nhận' }));
    expect(v).toMatchObject({ status: 'void', voidReason: 'Sai nơi nhận', symbol: '01-CV/BTGQU' });
    const again = await ctx.dispatch('outgoing:void', { id: a.id, reason: 'Lần nữa' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    const b = ok<OutgoingDocument>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Văn bản mới' }));
    expect(b.symbol).toBe('02-CV/BTGQU');
    const counters = ok<{ nextSerial: number; issuedCount: number; voidCount: number }[]>(await ctx.dispatch('counters:list', {}));
    expect(counters).toEqual([expect.objectContaining({ nextSerial: 3, issuedCount: 2, voidCount: 1 })]);
    // Even a bug cannot reuse it: the ledger's unique key refuses a second row with the same number.
    expect(() =>
      ctx.services.db.prepare("INSERT INTO outgoing_document (counter_id, serial, type_code, issuer_code, symbol, number_style, doc_date, subject, created_at, updated_at) VALUES (?, 1, 'CV', 'BTGQU', 'x', 'party', '2023-07-12', 'x', 'x', 'x')").run(b.counterId),
    ).toThrow(/UNIQUE/);
    const voidList = ok<{ total: number }>(await ctx.dispatch('outgoing:list', { status: 'void' }));
    expect(voidList.total).toBe(1);
    ctx.close();
  });

  it('rejects bad input in Vietnamese and changes nothing', async () => {
    const ctx = await setup();
    const bad = [{}, { typeCode: 'CV' }, { typeCode: 'C V', subject: 'x' }, { typeCode: 'CV', subject: 'x', extra: 1 }, { typeCode: 'CV', subject: 'x', templateData: '{"body":"x"}' }, { typeCode: 'CV', subject: 'x', date: '2019-01-01' }];
    for (const input of bad) {
      const r = await ctx.dispatch('outgoing:issue', input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('VALIDATION');
    }
    expect(ctx.services.db.prepare('SELECT count(*) n FROM outgoing_document').get()).toEqual({ n: 0 });
    expect(ctx.services.db.prepare('SELECT count(*) n FROM number_counter').get()).toEqual({ n: 0 });
    const missing = await ctx.dispatch('outgoing:get', { id: 999 });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    ctx.close();
  });

  it('links a reply to its incoming document in the same transaction; an unknown incoming id writes nothing', async () => {
    const ctx = await setup();
    const inc = ok<{ id: number }>(await ctx.dispatch('incoming:create', { arrivalDate: '2023-07-11', issuer: 'Ban Tuyên giáo Thành ủy', number: '3080-CV/BTGTU', subject: 'Thông báo nhanh' }));
    const d = ok<OutgoingDocument>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Gửi tài liệu', incomingId: inc.id }));
    expect(d.incomingId).toBe(inc.id);
    expect(ok<{ replyIds: number[] }>(await ctx.dispatch('incoming:get', { id: inc.id })).replyIds).toEqual([d.id]);
    const bad = await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'x', incomingId: 9999 });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(ok<{ symbol: string }>(await ctx.dispatch('outgoing:peekNumber', { typeCode: 'CV' })).symbol).toBe('02-CV/BTGQU');
    ctx.close();
  });

  it('refuses to issue without an office profile, with a clear message', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite') });
    const r = await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'x' });
    expect(!r.ok && r.error.message).toMatch(/Chưa có hồ sơ cơ quan/);
    ctx.close();
  });

  describe.runIf(requireTools('pdftotext'))('register report', () => {
    it('renders the register as an A4 landscape PDF with the legal columns and every row', async () => {
      const ctx = await setup();
      for (let i = 0; i < 45; i++) {
        ok(await ctx.dispatch('outgoing:issue', { typeCode: i % 3 ? 'CV' : 'KH', subject: `Trích yếu số ${i + 1} về công tác tuyên giáo năm 2023`, signerName: 'Nguyễn Trung Châu', addressees: '- Các chi bộ trực thuộc\n- Ban Thường vụ Quận ủy', copies: 3 }));
      }
      const first = ok<OutgoingDocument>(await ctx.dispatch('outgoing:get', { id: 1 }));
      ok(await ctx.dispatch('outgoing:void', { id: first.id, reason: 'Ghi nhầm trích yếu' }));
      // No dialogs (browser mode): main hands the printed register back as a download.
      const rep = ok<{ delivered: { status: string; dataBase64: string }; pages: number; rows: number }>(await ctx.dispatch('outgoing:registerReport', { from: '2023-01-01', to: '2023-12-31' }));
      expect(rep.delivered.status).toBe('download');
      expect(rep.rows).toBe(45);
      expect(rep.pages).toBeGreaterThan(1);
      const file = path.join(tempDir(), 'so.pdf');
      fs.writeFileSync(file, Buffer.from(rep.delivered.dataBase64, 'base64'));
      if (process.env.KEEP_PDF) fs.copyFileSync(file, process.env.KEEP_PDF);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts/);
      expect(info).toMatch(new RegExp(`Pages:\\s+${rep.pages}`));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
      for (const col of ['Số, ký hiệu', 'Người ký', 'Nơi nhận văn bản', 'Ghi chú', 'Ký nhận']) expect(text).toContain(col);
      expect(text).toContain('01-KH/BTGQU');
      expect(text).toContain('ĐÃ HỦY:');
      expect(text).toMatch(/Ghi nhầm/);
      expect(text).toContain('Trích yếu số 45');
      expect(text).toContain(`Trang ${rep.pages}/${rep.pages}`);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/LiberationSerif/);
      expect(fonts.split('\n').slice(2).filter(Boolean).every((l) => /\syes\s+(yes|no)\s+yes\s/.test(l))).toBe(true);
      ctx.close();
    });
  });
});

describe.runIf(requireTools('pdftotext'))('issuing with the real document renderer', () => {
  it('stores a DOCX and a PDF carrying the issued number; wrong type for the template is refused', async () => {
    const ctx = await setup();
    ok(await ctx.dispatch('counters:setNext', { typeCode: 'CV', next: 65 }));
    const demo = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../templates/demo/65-CV-BTGQU.json'), 'utf8')) as Record<string, unknown>;
    const { office: _o, number: _n, date: _d, ...data } = demo;
    const wrong = await ctx.dispatch('outgoing:issue', { typeCode: 'KH', subject: 'x', templateId: 'forwarding-letter', templateData: data });
    expect(!wrong.ok && wrong.error.code).toBe('VALIDATION');
    const doc = ok<OutgoingDocument>(
      await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: String(data.subject), templateId: 'forwarding-letter', templateData: data, copies: 20 }),
    );
    expect(doc.symbol).toBe('65-CV/BTGQU');
    expect(doc.addressees).toContain('Cấp ủy cơ sở đảng'); // register column filled from the document
    expect(doc.files.map((f) => f.kind)).toEqual(['docx', 'pdf']);
    const dir = tempDir();
    for (const kind of ['pdf', 'docx'] as const) {
      const f = ok<{ fileName: string; dataBase64: string }>(await ctx.dispatch('outgoing:file', { id: doc.id, kind }));
      expect(f.fileName).toBe(`65-CV-BTGQU.${kind}`);
      fs.writeFileSync(path.join(dir, f.fileName), Buffer.from(f.dataBase64, 'base64'));
    }
    const text = execFileSync('pdftotext', [path.join(dir, '65-CV-BTGQU.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Số 65-CV/BTGQU');
    expect(text).toContain('ngày 12 tháng 7 năm 2023');
    const xml = execFileSync('unzip', ['-p', path.join(dir, '65-CV-BTGQU.docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('65-CV/BTGQU');
    ctx.close();
  });
});
