// DOCX and PDF exported by our own renderer (`vanthu demo`) read back by the importer.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../electron/importer/read';

const dir = path.resolve(__dirname, '../fixtures/parse/renderer');
const SUBJECT = 'gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”';

describe('files from our renderer', () => {
  for (const ext of ['docx', 'pdf']) {
    it(`Công văn 65-CV/BTGQU (${ext})`, async () => {
      const { metadata } = await readDocumentFile(path.join(dir, `renderer-65-CV-BTGQU.${ext}`));
      const { confidence, ...fields } = metadata;
      expect(fields).toEqual({
        number: '65-CV/BTGQU', serial: 65, typeCode: 'CV', issuerCode: 'BTGQU', docType: 'Công văn', date: '2023-07-12', place: 'Quận 1',
        parentBody: 'QUẬN ỦY QUẬN 1', issuer: 'BAN TUYÊN GIÁO', subject: SUBJECT,
        addressees: ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận', 'Cấp ủy cơ sở đảng', 'Các đồng chí báo cáo viên cấp quận'],
        distribution: ['Như trên', 'Thường trực Quận ủy', 'Lưu Ban Tuyên giáo Quận ủy'],
        signerName: 'Nguyễn Trung Châu Tuyên', signerTitle: 'PHÓ TRƯỞNG BAN', signingAuthority: 'K/T TRƯỞNG BAN', secrecy: null, urgency: null,
        references: [{ number: '3080-CV/BTGTU', date: '2023-07-10', issuer: 'Ban Tuyên giáo Thành ủy', subject: SUBJECT }],
      });
      expect(Math.min(...Object.values(confidence))).toBeGreaterThanOrEqual(0.5);
    });

    it(`Thông báo nhanh, unnumbered (${ext})`, async () => {
      const { metadata: m } = await readDocumentFile(path.join(dir, `renderer-thong-bao-nhanh.${ext}`));
      expect(m).toMatchObject({ number: null, docType: 'Thông báo', date: null, issuer: null, subject: 'KẾT QUẢ HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ LẦN THỨ 21 (KHÓA XI)' });
      expect(m.references).toContainEqual({ number: '31-NQ/TW', date: '2022-12-30', issuer: 'Bộ Chính trị', subject: expect.stringMatching(/^phương hướng, nhiệm vụ phát triển Thành phố Hồ Chí Minh/) });
      // Nothing found for these: confidence says so.
      expect(m.confidence.number).toBeLessThan(0.9);
      expect(m.confidence.issuer).toBeLessThan(0.5);
    });
  }
});
