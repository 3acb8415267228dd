import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { listAudit } from '../../electron/audit/repo';
import { openDatabase } from '../../electron/db/open';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

const open = (file?: string) => {
  const dir = tempDir();
  return openAppContext({ dataDir: dir, dbFile: file ?? path.join(dir, 'in.sqlite'), clock: () => new Date('2026-03-05T08:00:00Z') });
};

const circular = {
  arrivalDate: '2026-03-05',
  issuer: 'Ban Tuyên giáo Thành ủy',
  number: '369-CV/BTGTU',
  docDate: '2026-03-01',
  docType: 'Công văn',
  typeCode: 'CV',
  subject: 'V/v tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng',
  fullText: 'Ban Tuyên giáo Thành ủy đề nghị các Đảng ủy cơ sở triển khai tuyên truyền.',
};

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('incoming register', () => {
  it('allocates arrival numbers from 1 per calendar year and never reuses a deleted one', () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const a = s.create({ ...circular, number: '1-CV/X' });
    const b = s.create({ ...circular, number: '2-CV/X' });
    const c = s.create({ ...circular, number: '3-CV/X', arrivalDate: '2027-01-02' });
    expect([a.arrivalNumber, b.arrivalNumber, c.arrivalNumber]).toEqual([1, 2, 1]);
    expect([a.arrivalYear, c.arrivalYear]).toEqual([2026, 2027]);
    s.delete(b.id);
    expect(s.create({ ...circular, number: '4-CV/X' }).arrivalNumber).toBe(3);
    // A number copied from a paper register is kept; a taken one is refused; allocation continues after it.
    expect(s.create({ ...circular, number: '5-CV/X', arrivalNumber: 40 }).arrivalNumber).toBe(40);
    expect(() => s.create({ ...circular, number: '6-CV/X', arrivalNumber: 2 })).toThrow(/đã được dùng/);
    expect(s.create({ ...circular, number: '7-CV/X' }).arrivalNumber).toBe(41);
    expect(() => s.get(b.id)).toThrow(/Không tìm thấy/);
    ctx.close();
  });

  it('detects the same circular registered twice (folded number, issuer, date) and refuses unless confirmed', async () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const first = s.create(circular);
    const again = { ...circular, number: 'Số 369 - CV/BTGTU', issuer: 'BAN TUYÊN GIÁO THÀNH UỶ' };
    expect(s.checkDuplicate({ number: again.number, issuer: again.issuer, docDate: again.docDate })?.id).toBe(first.id);
    expect(s.checkDuplicate({ number: again.number, issuer: again.issuer, docDate: '2026-03-02' })).toBeNull();
    const refused = await ctx.dispatch('incoming:create', again);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((refused as { ok: false; error: { message: string } }).error.message).toMatch(/số đến 1\/2026/);
    expect(ctx.services.incoming.list({}).total).toBe(1);
    const forced = await ctx.dispatch('incoming:create', { ...again, allowDuplicate: true });
    expect(forced).toMatchObject({ ok: true, value: { arrivalNumber: 2 } });
    // Editing another record into a duplicate is refused too.
    const other = s.create({ ...circular, number: '370-CV/BTGTU' });
    expect(() => s.update({ id: other.id, number: '369-CV/BTGTU' })).toThrow(/đã được vào sổ/);
    // A record without a number is never a duplicate.
    s.create({ ...circular, number: '' });
    s.create({ ...circular, number: '' });
    ctx.close();
  });

  it('stores attachments as blobs with sha256, deduplicated within a record, readable over IPC', async () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const rec = s.create({
      ...circular,
      attachments: [
        { fileName: 'cong-van.pdf', mime: 'application/pdf', dataBase64: b64('%PDF-1.7 nội dung') },
        { fileName: 'ban-sao.pdf', dataBase64: b64('%PDF-1.7 nội dung') },
        { fileName: 'Phụ lục.docx', dataBase64: b64('PK phụ lục') },
      ],
    });
    expect(rec.attachments.map((a) => a.fileName)).toEqual(['cong-van.pdf', 'Phụ lục.docx']);
    expect(rec.attachments[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = s.update({ id: rec.id, addAttachments: [{ fileName: 'lại.pdf', dataBase64: b64('%PDF-1.7 nội dung') }] });
    expect(again.attachments).toHaveLength(2);
    const got = await ctx.dispatch('incoming:attachment', { id: rec.attachments[1]!.id });
    expect(got.ok).toBe(true);
    const value = (got as { ok: true; value: { dataBase64: string; fileName: string; size: number } }).value;
    expect(Buffer.from(value.dataBase64, 'base64').toString('utf8')).toBe('PK phụ lục');
    expect(value.size).toBe(Buffer.byteLength('PK phụ lục'));
    const removed = s.update({ id: rec.id, removeAttachmentIds: [rec.attachments[0]!.id] });
    expect(removed.attachments.map((a) => a.fileName)).toEqual(['Phụ lục.docx']);
    expect(await ctx.dispatch('incoming:attachment', { id: rec.attachments[0]!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ctx.dispatch('incoming:create', { ...circular, number: 'x', attachments: [{ fileName: 'a', dataBase64: 'không phải base64' }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    ctx.close();
  });

  it('updates fields and status with audit rows; refuses moving a record to another year', async () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const rec = s.create(circular);
    expect(rec.status).toBe('moi');
    const upd = s.update({ id: rec.id, handler: 'Đ/c Lan', deadline: '2026-03-20', secrecy: 'MẬT', receiver: 'Phòng Tuyên truyền' });
    expect(upd).toMatchObject({ handler: 'Đ/c Lan', deadline: '2026-03-20', secrecy: 'MẬT', subject: circular.subject, fullText: circular.fullText });
    // Steps cannot be skipped (issue 14): present first, then start handling.
    expect(await ctx.dispatch('incoming:setStatus', { id: rec.id, status: 'dang-xu-ly' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ctx.services.handling.advance({ id: rec.id });
    expect((await ctx.dispatch('incoming:setStatus', { id: rec.id, status: 'dang-xu-ly' })).ok).toBe(true);
    expect(s.get(rec.id).status).toBe('dang-xu-ly');
    expect(await ctx.dispatch('incoming:setStatus', { id: rec.id, status: 'xong' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(() => s.update({ id: rec.id, arrivalDate: '2025-12-31' })).toThrow(/năm khác/);
    expect(listAudit(ctx.services.db, { entity: 'incoming', entityId: rec.id }).map((r) => r.action)).toEqual(['setStatus', 'handling.step', 'update', 'create']);
    expect(await ctx.dispatch('incoming:get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ctx.close();
  });

  it('links outgoing replies only to outgoing documents that exist', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'r.sqlite'), clock: () => new Date('2023-07-12T08:00:00Z') });
    const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
    expect((await ctx.dispatch('profile:save', profile)).ok).toBe(true);
    const s = ctx.services.incoming;
    const rec = s.create({ ...circular, arrivalDate: '2023-07-10' });
    expect(() => s.update({ id: rec.id, replyIds: [12345] })).toThrow(/văn bản đi/);
    expect(s.get(rec.id).replyIds).toEqual([]);
    const reply = await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Trả lời công văn 369-CV/BTGTU' });
    expect(reply.ok).toBe(true);
    const outId = (reply as { ok: true; value: { id: number } }).value.id;
    expect(s.update({ id: rec.id, replyIds: [outId, outId] }).replyIds).toEqual([outId]);
    expect(s.update({ id: rec.id, replyIds: [] }).replyIds).toEqual([]);
    ctx.close();
  });

  it('lists the register newest first with filters and paging', () => {
    const ctx = open();
    const s = ctx.services.incoming;
    for (let i = 1; i <= 7; i++) {
      s.create({ ...circular, number: `${i}-TB/TU`, typeCode: i % 2 ? 'TB' : 'CV', issuer: i <= 3 ? 'Tỉnh ủy Lâm Đồng' : 'Ban Tuyên giáo Thành ủy', arrivalDate: `2026-03-0${i}` });
    }
    s.create({ ...circular, number: '8-TB/TU', arrivalDate: '2025-12-30' });
    const all = s.list({ pageSize: 3 });
    expect(all.total).toBe(8);
    expect(all.rows.map((r) => r.arrivalNumber)).toEqual([7, 6, 5]);
    expect(s.list({ page: 3, pageSize: 3 }).rows.map((r) => `${r.arrivalYear}/${r.arrivalNumber}`)).toEqual(['2026/1', '2025/1']);
    expect(s.list({ year: 2025 }).rows.map((r) => r.number)).toEqual(['8-TB/TU']);
    expect(s.list({ issuer: 'tinh uy lam dong' }).total).toBe(3);
    expect(s.list({ typeCode: 'CV' }).total).toBe(4);
    expect(s.list({ from: '2026-03-02', to: '2026-03-04' }).rows.map((r) => r.arrivalNumber)).toEqual([4, 3, 2]);
    for (const note of ['', '', 'xong']) ctx.services.handling.advance({ id: all.rows[0]!.id, note });
    expect(s.list({ status: 'da-xu-ly' }).rows.map((r) => r.id)).toEqual([all.rows[0]!.id]);
    ctx.close();
  });

  it('two connections allocating at once never share an arrival number', () => {
    const dir = tempDir();
    const file = path.join(dir, 'race.sqlite');
    const a = open(file);
    const b = open(file);
    const numbers: number[] = [];
    for (let i = 0; i < 50; i++) {
      numbers.push(a.services.incoming.create({ ...circular, number: `a${i}` }).arrivalNumber);
      numbers.push(b.services.incoming.create({ ...circular, number: `b${i}` }).arrivalNumber);
    }
    expect(new Set(numbers).size).toBe(100);
    expect(Math.max(...numbers)).toBe(100);
    a.close();
    b.close();
    const db = openDatabase(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a batch commits together; refused items (duplicates, also within the batch; taken numbers; bad data) are reported and not written', () => {
    const ctx = open();
    const s = ctx.services.incoming;
    s.create({ ...circular, number: '1-CV/X' });
    const res = s.createBatch([
      { ...circular, number: '2-CV/X' },
      { ...circular, number: '1-CV/X' },
      { ...circular, number: '3-CV/X', arrivalNumber: 10 },
      { ...circular, number: '4-CV/X' },
      { ...circular, number: '4 - cv/x' },
      { ...circular, number: '5-CV/X', arrivalNumber: 10 },
      { ...circular, number: '6-CV/X', arrivalDate: 'hôm nay' },
      { ...circular, number: '7-CV/X', arrivalDate: '2027-01-01', status: 'da-xu-ly' },
      { ...circular, number: '9-CV/X', arrivalDate: '0026-03-05' },
    ]);
    expect(res.map((r) => (r.ok ? r.arrivalNumber : r.code))).toEqual([2, 'CONFLICT', 10, 11, 'CONFLICT', 'CONFLICT', 'VALIDATION', 1, 'VALIDATION']);
    expect(s.list({}).total).toBe(5);
    expect(s.list({ year: 2027, status: 'da-xu-ly' }).total).toBe(1);
    expect(s.list({ year: 2026, status: 'moi' }).total).toBe(4);
    expect(s.create({ ...circular, number: '8-CV/X' }).arrivalNumber).toBe(12);
    const db = ctx.services.db;
    expect((db.prepare('SELECT count(*) AS n FROM incoming_fts_docsize').get() as { n: number }).n).toBe(6);
    ctx.close();
  });
});
