// Issue 11: one document flow owned by main. Regression tests for defects 1 (preview = issued, from the
// profile valid on the document's date), 5 (compose from the stored record, no re-parse), 6 (issuing is
// one operation: number, files, reply link and draft removal together), 7 (one secrecy value picks the
// series and prints the mark), 8 (a công văn without Kính gửi is refused), plus exports through main.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import type { ComposeDraft } from '../../shared/domain/compose';
import type { IncomingRecord } from '../../shared/domain/incoming';
import { intakeFromExtraction } from '../../shared/domain/intake';
import type { OutgoingDocument } from '../../shared/domain/outgoing';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import type { ApiOutput } from '../../shared/ipc/contract';
import type { Delivered } from '../../shared/ipc/files';
import { requireTools } from '../helpers/tools';
import { tempDir } from '../helpers/tmp';

const CIRCULAR = fs.readFileSync(path.resolve(__dirname, '../fixtures/intake/cv-3080-btgtu.txt'), 'utf8');
const { key: _k, label: _l, ...quan1 } = SAMPLE_PROFILES[0]!;

let ctx: AppContext;
let dir: string;
const ok = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await ctx.dispatch(channel as never, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
};
const fail = async (channel: string, input: unknown) => {
  const r = await ctx.dispatch(channel as never, input);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
};
const pdfText = (b64: string) => {
  const f = path.join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(f, Buffer.from(b64, 'base64'));
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
};
const downloaded = (d: Delivered) => {
  if (d.status !== 'download') throw new Error(`expected a download, got ${d.status}`);
  return d;
};

async function registerCircular(): Promise<IncomingRecord> {
  const ex = await ok<ApiOutput<'importer:extract'>>('importer:extract', { text: CIRCULAR });
  return ok<IncomingRecord>('incoming:create', { ...intakeFromExtraction(ex.metadata, ex.text, '2023-07-11'), attachments: [] });
}

beforeEach(() => {
  dir = tempDir();
  // Web mode: no dialogs, so exports come back as downloads.
  ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), mode: 'web', clock: () => new Date('2025-08-20T01:00:00Z') });
});
afterEach(() => ctx.close());

describe.runIf(requireTools('pdftotext'))('the document flow in main', () => {
  it('defect 1: a back-dated letter previews and issues with the profile and signer valid on its date', async () => {
    // Before the reorganisation: Ban Tuyên giáo, signer A; from 01/07/2025: Ban Tuyên giáo và Dân vận, signer B.
    await ok('profile:save', { ...quan1, validFrom: '2020-10-01', validTo: '2025-06-30', signers: [{ name: 'Nguyễn Văn Cũ', title: 'PHÓ TRƯỞNG BAN', authority: 'K/T TRƯỞNG BAN' }] });
    await ok('profile:save', {
      ...quan1,
      issuer: 'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      issuerCode: 'BTGDVQU',
      shortName: 'Ban Tuyên giáo và Dân vận Quận ủy',
      validFrom: '2025-07-01',
      validTo: null,
      signers: [{ name: 'Trần Thị Mới', title: 'TRƯỞNG BAN', authority: '' }],
    });
    const inc = await registerCircular();
    const opened = await ok<{ draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter', incomingId: inc.id });
    // The fresh draft is dated today (office time zone) and built from today's profile…
    expect(opened.draft.date).toBe('2025-08-20');
    // …the clerk back-dates it to June 2025.
    const draft: ComposeDraft = { ...opened.draft, date: '2025-06-20', addressees: ['Các chi bộ'] };
    const preview = await ok<{ dataBase64: string; problems: string[]; next: { symbol: string } }>('documents:preview', { draft, format: 'pdf' });
    expect(preview.problems).toEqual([]);
    expect(preview.next.symbol).toBe('01-CV/BTGQU');
    const shown = pdfText(preview.dataBase64);
    const issued = await ok<OutgoingDocument>('outgoing:issueDraft', { draft });
    const printed = pdfText(downloaded(await ok<Delivered>('outgoing:export', { id: issued.id, kind: 'pdf' })).dataBase64);
    for (const text of [shown, printed]) {
      expect(text).toContain('BAN TUYÊN GIÁO');
      expect(text).not.toContain('DÂN VẬN');
      expect(text).toContain('Nguyễn Văn Cũ');
      expect(text).not.toContain('Trần Thị Mới');
    }
    expect(issued).toMatchObject({ symbol: '01-CV/BTGQU', signerName: 'Nguyễn Văn Cũ', date: '2025-06-20' });
  });

  it('defects 5 and 6: composed from the stored record; one issue call numbers, stores, links the reply and drops the draft', async () => {
    await ok('profile:save', quan1);
    const inc = await registerCircular();
    // The stored text changes (or is gone): composing uses what the parser read at intake, not a re-parse.
    await ok('incoming:update', { id: inc.id, fullText: 'văn bản đã bị sửa' });
    const opened = await ok<{ draftId: number | null; draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter', incomingId: inc.id });
    expect(opened.draftId).toBeNull();
    const cite = JSON.stringify(opened.draft.fields.incoming);
    expect(cite).toContain('3080-CV/BTGTU');
    expect(cite).toContain('Ban Tuyên giáo Thành ủy');
    // Autosaved, then reopened by the same call.
    const saved = await ok<{ id: number }>('drafts:save', { draft: { ...opened.draft, addressees: ['Các chi bộ'] } });
    const again = await ok<{ draftId: number; draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter', incomingId: inc.id });
    expect(again).toMatchObject({ draftId: saved.id, draft: { addressees: ['Các chi bộ'] } });

    const issued = await ok<OutgoingDocument>('outgoing:issueDraft', { draftId: saved.id, draft: again.draft });
    expect(issued.symbol).toBe('01-CV/BTGQU');
    expect(issued.files.map((f) => f.kind).sort()).toEqual(['docx', 'pdf']);
    expect(issued.templateData).toMatchObject({ addressees: ['Các chi bộ'], office: { issuerCode: 'BTGQU' } });
    expect((await ok<IncomingRecord>('incoming:get', { id: inc.id })).replyIds).toEqual([issued.id]);
    expect((await fail('drafts:get', { id: saved.id })).code).toBe('NOT_FOUND');
  });

  it('defect 8: a công văn without Kính gửi is refused with one message naming every missing part; nothing is numbered', async () => {
    await ok('profile:save', { ...quan1, signers: [] });
    const inc = await registerCircular();
    const opened = await ok<{ draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter', incomingId: inc.id });
    // The preview renders and says what is missing; the distribution says "Như trên" with no Kính gửi.
    expect(opened.draft.distribution[0]).toBe('Như trên');
    const preview = await ok<{ problems: string[] }>('documents:preview', { draft: opened.draft, format: 'docx' });
    expect(preview.problems).toEqual(['Công văn chưa có "Kính gửi".', 'Chưa chọn người ký (hồ sơ cơ quan vào ngày văn bản chưa có người ký này).']);
    const draft = { ...opened.draft, fields: { ...opened.draft.fields, subject: '' } };
    const saved = await ok<{ id: number }>('drafts:save', { draft });
    const e = await fail('outgoing:issueDraft', { draftId: saved.id, draft });
    expect(e.code).toBe('VALIDATION');
    for (const part of ['trích yếu', 'Kính gửi', 'người ký']) expect(e.message).toContain(part);
    expect((await ok<{ total: number }>('outgoing:list', {})).total).toBe(0);
    expect((await ok<{ id: number }>('drafts:get', { id: saved.id })).id).toBe(saved.id);
  });

  it('defect 7: one secrecy value picks the secret series and prints the mark; urgency prints too', async () => {
    await ok('profile:save', quan1);
    const inc = await registerCircular();
    const opened = await ok<{ draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter', incomingId: inc.id });
    const base = { ...opened.draft, incomingId: null, addressees: ['Các chi bộ'] };
    const plain = await ok<OutgoingDocument>('outgoing:issueDraft', { draft: base });
    const secret = await ok<OutgoingDocument>('outgoing:issueDraft', { draft: { ...base, secrecy: 'Mật', urgency: 'Hỏa tốc' } });
    expect(plain.symbol).toBe('01-CV/BTGQU');
    expect(secret).toMatchObject({ symbol: '01-CV/BTGQU', secrecy: 'Mật', urgency: 'Hỏa tốc' });
    const counters = await ok<{ secret: boolean; nextSerial: number }[]>('counters:list', {});
    expect(counters.map((c) => [c.secret, c.nextSerial]).sort()).toEqual([[false, 2], [true, 2]]);
    const text = pdfText(downloaded(await ok<Delivered>('outgoing:export', { id: secret.id, kind: 'pdf' })).dataBase64);
    expect(text).toContain('MẬT');
    expect(text).toContain('HỎA TỐC');
    expect(pdfText(downloaded(await ok<Delivered>('outgoing:export', { id: plain.id, kind: 'pdf' })).dataBase64)).not.toContain('MẬT');
  });

  it('exports through main: draft, issued document bundled with the incoming PDF, incoming attachment', async () => {
    await ok('profile:save', quan1);
    const circularPdf = await PDFDocument.create();
    circularPdf.addPage();
    circularPdf.addPage();
    const pdfB64 = Buffer.from(await circularPdf.save()).toString('base64');
    const ex = await ok<ApiOutput<'importer:extract'>>('importer:extract', { text: CIRCULAR });
    const inc = await ok<IncomingRecord>('incoming:create', { ...intakeFromExtraction(ex.metadata, ex.text, '2023-07-11'), attachments: [{ fileName: '3080.pdf', mime: 'application/pdf', dataBase64: pdfB64 }] });
    const opened = await ok<{ draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter', incomingId: inc.id });
    const draft = { ...opened.draft, addressees: ['Các chi bộ'] };
    const d = downloaded(await ok<Delivered>('documents:exportDraft', { draft, format: 'docx' }));
    expect(d.fileName).toMatch(/^du-thao-.*\.docx$/);
    expect(Buffer.from(d.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const issued = await ok<OutgoingDocument>('outgoing:issueDraft', { draft });
    const bundle = downloaded(await ok<Delivered>('outgoing:export', { id: issued.id, kind: 'pdf', withIncoming: true }));
    expect(bundle.fileName).toBe('01-CV-BTGQU-kem-van-ban-den.pdf');
    expect((await PDFDocument.load(Buffer.from(bundle.dataBase64, 'base64'))).getPageCount()).toBe(3);
    const att = downloaded(await ok<Delivered>('incoming:saveAttachment', { id: inc.attachments[0]!.id }));
    expect(att).toMatchObject({ fileName: '3080.pdf', mime: 'application/pdf', dataBase64: pdfB64 });
  });

  it('opens a draft saved by the first release (upgraded), refuses one it cannot read, and never takes profile copies', async () => {
    await ok('profile:save', quan1);
    const v1 = { doc: { kind: 'forwarding', templateId: 'forwarding-letter', incomingId: null, date: '2025-08-01', signerIndex: 0, addressees: 'A\n\nB', distribution: 'Như trên', copies: 2, fields: { subject: 'cũ' }, sources: {} }, facts: null };
    ctx.services.db.prepare(`INSERT INTO compose_draft (kind, title, incoming_id, data, created_at, updated_at) VALUES ('forwarding', 'cũ', NULL, ?, 'x', 'x')`).run(JSON.stringify(v1));
    ctx.services.db.prepare(`INSERT INTO compose_draft (kind, title, incoming_id, data, created_at, updated_at) VALUES ('forwarding', 'hỏng', NULL, '{"x":1}', 'x', 'x')`).run();
    const [bad, old] = ctx.services.drafts.list(undefined, 10);
    expect((await ok<{ draft: ComposeDraft }>('drafts:get', { id: old!.id })).draft).toMatchObject({ version: 2, addressees: ['A', 'B'], distribution: ['Như trên'], copies: 2 });
    expect((await fail('drafts:get', { id: bad!.id })).message).toContain('định dạng cũ');
    const opened = await ok<{ draft: ComposeDraft }>('documents:prefill', { templateId: 'forwarding-letter' });
    expect((await fail('documents:preview', { draft: opened.draft, format: 'pdf', office: { issuer: 'X' } })).code).toBe('VALIDATION');
    expect((await fail('documents:preview', { draft: { ...opened.draft, office: { issuer: 'X' } }, format: 'pdf' })).code).toBe('VALIDATION');
  });
});
