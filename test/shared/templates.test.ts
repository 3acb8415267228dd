// Template engine: typed data, Vietnamese errors naming every missing field, wording rules from
// the profile, and the seed documents as template data.
import { describe, expect, it } from 'vitest';
import { getFormatProfile, PARTY_HD36_2018 } from '../../shared/format';
import { buildSpec, letterSubject, parseInline, prefillForwardingLetter, punctuate, runsText, toRoman } from '../../shared/templates';
import { type DocumentSpec } from '../../shared/document/spec';
import { demoData, template } from '../helpers/documents';
import { appErrorOf } from '../helpers/errors';

const party = getFormatProfile();
const text = (spec: DocumentSpec) => spec.body.map((b) => (b.type === 'separator' ? '* * *' : b.type === 'pageBreak' || b.type === 'table' ? '' : `${b.type === 'heading' ? `${b.label} ` : b.type === 'listItem' ? `${b.marker} ` : ''}${runsText(b.runs)}`)).join('\n');

const runsOf = (b: DocumentSpec['body'][number] | undefined): string => (b && 'runs' in b ? runsText(b.runs) : '');


describe('forwarding-letter with the seed data', () => {
  const spec = buildSpec(template('forwarding-letter'), demoData('letter'), party);

  it('reproduces the seed letter item by item', () => {
    expect(spec.kind).toBe('cong-van');
    expect(spec.header).toEqual({ parentBody: 'QUẬN ỦY QUẬN 1', issuer: 'BAN TUYÊN GIÁO', number: { serial: 65, typeCode: 'CV', issuerCode: 'BTGQU' }, place: 'Quận 1', date: '2023-07-12' });
    expect(spec.subject).toBe('Về việc gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”');
    expect(spec.addressees).toEqual(['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận,', 'Cấp ủy cơ sở đảng,', 'Các đồng chí báo cáo viên cấp quận.']);
    expect(text(spec).split('\n')).toEqual([
      'Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban Tuyên giáo Thành ủy về gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”;',
      'Ban Tuyên giáo Quận ủy gửi các đơn vị tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)” do Ban Tuyên giáo Thành ủy biên soạn để các đồng chí phổ biến tại địa phương, cơ quan, đơn vị.',
      'Lưu ý: Để nghị các đơn vị truy cập Trang tin Điện tử Đảng bộ quận (mục Tài liệu tuyên truyền) để tải “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”.',
      'Trân trọng.',
    ]);
    expect(spec.distribution).toEqual(['Như trên;', 'Thường trực Quận ủy;', 'Lưu Ban Tuyên giáo Quận ủy.']);
    expect(spec.signature).toEqual({ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Trung Châu Tuyên' });
    expect(spec.metadata).toMatchObject({ title: spec.subject, author: 'BAN TUYÊN GIÁO' });
  });

  it('follows the profile defaults when the office sets nothing: no prefix, ";" items, "./."', () => {
    const { format: _f, ...data } = demoData('letter');
    const s = buildSpec(template('forwarding-letter'), data, party);
    expect(s.subject).toMatch(/^Gửi tài liệu “Thông báo nhanh/);
    expect(s.addressees).toEqual(['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận;', 'Cấp ủy cơ sở đảng;', 'Các đồng chí báo cáo viên cấp quận.']);
    expect(text(s).split('\n').at(-1)).toBe('Trân trọng./.');
    const vv = buildSpec(template('forwarding-letter'), { ...data, format: { letterSubjectPrefix: 'V/v' } }, party);
    expect(vv.subject).toMatch(/^V\/v gửi tài liệu/);
  });

  it('adds the deadline paragraph only when a deadline is given', () => {
    const s = buildSpec(template('forwarding-letter'), { ...demoData('letter'), deadline: 'ngày 20 tháng 7 năm 2023', reportTo: 'Ban Tuyên giáo Quận ủy' }, party);
    expect(text(s)).toContain('Đề nghị các đơn vị gửi báo cáo kết quả thực hiện về Ban Tuyên giáo Quận ủy trước ngày 20 tháng 7 năm 2023.');
    expect(text(buildSpec(template('forwarding-letter'), demoData('letter'), party))).not.toContain('gửi báo cáo kết quả');
  });
});

describe('quick-report with the whole seed Thông báo nhanh', () => {
  const spec = buildSpec(template('quick-report'), demoData('tbn'), party);
  const body = text(spec);

  it('has the title, four sections, their numbered items, the footnote, "* * *" and the closing', () => {
    expect(spec.title).toBe('THÔNG BÁO NHANH');
    expect(spec.subject).toBe('KẾT QUẢ HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ\nTHÀNH PHỐ LẦN THỨ 21 (KHÓA XI)');
    expect(spec.showHeader).toBe(false);
    const heads = spec.body.filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b.type === 'heading' ? b.label : ''));
    expect(heads).toEqual(['I.', 'II.']);
    expect(body).toMatch(/^III\. Hội nghị cũng đã thảo luận/m);
    expect(body).toMatch(/^IV\. Ban Chấp hành Đảng bộ thành phố đã thông qua/m);
    expect(spec.body.filter((b) => b.type === 'listItem')).toHaveLength(16);
    expect(spec.footnotes).toHaveLength(1);
    expect(runsText(spec.footnotes[0]!.runs)).toMatch(/^Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 2,14%/);
    const withNote = spec.body.find((b) => b.type === 'paragraph' && b.runs.some((r) => r.footnote === '1'));
    expect(withNote && runsText(withNote.type === 'paragraph' ? withNote.runs : [])).toContain('tăng 7,1% so với cùng kỳ. Các Chương trình hợp tác');
    const sep = spec.body.findIndex((b) => b.type === 'separator');
    expect(sep).toBe(spec.body.length - 2);
    expect(body.split('\n').at(-1)).toMatch(/^Trước bối cảnh tình hình biến động phức tạp.*cả nước\.$/);
    // Page breaks of the source PDF were reflowed: no paragraph starts in lower case.
    for (const b of spec.body) if (b.type === 'paragraph') expect(runsText(b.runs)).not.toMatch(/^\p{Ll}/u);
  });

  it('keeps the italics of the seed as italic runs', () => {
    const runs = spec.body.flatMap((b) => (b.type === 'paragraph' || b.type === 'listItem' ? b.runs : []));
    expect(runs.find((r) => r.text === 'viết tắt là Nghị quyết số 98')?.italic).toBe(true);
  });
});

describe('template data errors', () => {
  it('names every missing field in one Vietnamese VALIDATION error', () => {
    const e = appErrorOf(() => buildSpec(template('forwarding-letter'), { office: demoData('letter').office }, party));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('thiếu');
    for (const label of ['Trích yếu', 'Văn bản cấp trên được thực hiện', 'Nội dung gửi']) expect(e.message).toContain(label);
    expect(e.message).not.toContain('Lời kết');
  });

  it('names mistyped and unknown fields', () => {
    const e = appErrorOf(() => buildSpec(template('forwarding-letter'), { ...demoData('letter'), date: '12/7/2023', number: 'sáu lăm', bogus: 1 }, party));
    expect(e.message).toContain('Ngày ban hành');
    expect(e.message).toContain('Số văn bản');
    expect(e.message).toContain('bogus');
    const quick = appErrorOf(() => buildSpec(template('quick-report'), { ...demoData('tbn'), sections: [{ content: [] }] }, party));
    expect(quick.message).toContain('Các phần I, II, III');
  });

  it('normalises NFD input to NFC and strips control characters', () => {
    const data = demoData('letter');
    const nfd = 'Cấp ủy cơ sở đảng'.normalize('NFD');
    const s = buildSpec(template('forwarding-letter'), { ...data, addressees: [nfd, 'Đơn vị\u0007 B\u200B'], sending: 'Gửi\u0000 tài liệu.' }, party);
    expect(s.addressees[0]).toBe('Cấp ủy cơ sở đảng,');
    expect(s.addressees[0]).toBe(s.addressees[0]!.normalize('NFC'));
    expect(s.addressees[1]).toBe('Đơn vị B.');
    expect(runsOf(s.body[1])).toBe('Gửi tài liệu.');
  });

  it('treats asterisks in plain fields literally and never runs template code', () => {
    const s = buildSpec(template('forwarding-letter'), { ...demoData('letter'), closing: '*Trân trọng* {{office.issuer}} ${process.exit()}' }, party);
    expect(runsOf(s.body.at(-1))).toBe('*Trân trọng* {{office.issuer}} ${process.exit()}');
  });

  it('refuses data that would break the document schema', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `Đơn vị ${i}`);
    expect(appErrorOf(() => buildSpec(template('forwarding-letter'), { ...demoData('letter'), addressees: many }, party)).code).toBe('VALIDATION');
  });
});

describe('helpers', () => {
  it('parses inline markup', () => {
    expect(parseInline('a **b** *c* d[^1] \\*e')).toEqual([{ text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italic: true }, { text: ' d', footnote: '1' }, { text: ' *e' }]);
    expect(parseInline('3 * 4')).toEqual([{ text: '3 * 4' }]);
  });

  it('punctuates lists and prefixes trích yếu per settings', () => {
    expect(punctuate(['A,', 'B;', 'C'], { itemEnd: ';', lastEnd: '.' })).toEqual(['A;', 'B;', 'C.']);
    expect(letterSubject('Về việc gửi tài liệu', '')).toBe('Gửi tài liệu');
    expect(letterSubject('gửi tài liệu', 'Về việc')).toBe('Về việc gửi tài liệu');
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(PARTY_HD36_2018.settings).toMatchObject({ letterSubjectPrefix: '', closingMark: true, signatureTitleBold: false });
  });

  it('prefills a forwarding letter from incoming metadata that renders once completed', () => {
    const data = prefillForwardingLetter(
      { number: '3080-CV/BTGTU', docType: 'Công văn', date: '2023-07-10', parentBody: 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', issuer: 'BAN TUYÊN GIÁO', subject: 'V/v gửi tài liệu “Thông báo nhanh”' },
      { parentBody: 'QUẬN ỦY QUẬN 1', issuer: 'BAN TUYÊN GIÁO', issuerCode: 'BTGQU', place: 'Quận 1', shortName: 'Ban Tuyên giáo Quận ủy', signers: [{ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn A' }] },
      ['Cấp ủy cơ sở đảng'],
    );
    expect(data.incoming).toEqual([{ kind: 'Công văn', symbol: '3080-CV/BTGTU', date: '2023-07-10', issuer: 'Ban Tuyên giáo Thành ủy', subject: 'gửi tài liệu “Thông báo nhanh”' }]);
    const s = buildSpec(template('forwarding-letter'), data, party);
    expect(text(s)).toContain('Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban Tuyên giáo Thành ủy về gửi tài liệu “Thông báo nhanh”;');
    expect(text(s)).toContain('Ban Tuyên giáo Quận ủy gửi các đơn vị tài liệu “Thông báo nhanh” của Ban Tuyên giáo Thành ủy');
    expect(s.distribution).toEqual(['Như trên;', 'Lưu Ban Tuyên giáo Quận ủy.']);
    expect(s.header.number.serial).toBeNull();
  });
});
