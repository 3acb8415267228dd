// The seed letter (first part of test/fixtures/seeds/65-CV-BTGQU-with-thong-bao-nhanh.txt, up to the
// signature) → its full expected JSON. The fixtures are copies of the project seeds (see SOURCE.md there).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata, METADATA_FIELDS } from '../../../shared/parse';

const seedPath = path.resolve(__dirname, '../../fixtures/seeds/65-CV-BTGQU-with-thong-bao-nhanh.txt');
const full = fs.readFileSync(seedPath, 'utf8');
const letter = full.slice(0, full.indexOf('Nguyễn Trung Châu Tuyên') + 'Nguyễn Trung Châu Tuyên'.length);

const SUBJECT = 'gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”';
const expected = {
  number: '65-CV/BTGQU',
  serial: 65,
  typeCode: 'CV',
  issuerCode: 'BTGQU',
  docType: 'Công văn',
  date: '2023-07-12',
  place: 'Quận 1',
  parentBody: 'QUẬN ỦY QUẬN 1',
  issuer: 'BAN TUYÊN GIÁO',
  subject: SUBJECT,
  addressees: ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận', 'Cấp ủy cơ sở đảng', 'Các đồng chí báo cáo viên cấp quận'],
  distribution: ['Như trên', 'Thường trực Quận ủy', 'Lưu Ban Tuyên giáo Quận ủy'],
  signerName: 'Nguyễn Trung Châu Tuyên',
  signerTitle: null,
  signingAuthority: null,
  secrecy: null,
  urgency: null,
  references: [{ number: '3080-CV/BTGTU', date: '2023-07-10', issuer: 'Ban Tuyên giáo Thành ủy', subject: SUBJECT }],
};

describe('seed letter 65-CV/BTGQU', () => {
  it('extracts every field exactly', () => {
    const { confidence, ...fields } = extractMetadata(letter);
    expect(fields).toEqual(expected);
    expect(Object.keys(confidence).sort()).toEqual([...METADATA_FIELDS].sort());
    for (const v of Object.values(confidence)) expect(v).toBeGreaterThanOrEqual(0.5);
  });

  it('gives the same letter fields when the attached Thông báo nhanh follows it', () => {
    const { confidence: _c, ...fields } = extractMetadata(full);
    expect(fields).toEqual(expected);
  });

  it('is unaffected by NFD, CRLF and old tone marks (UỶ)', () => {
    const variant = letter.normalize('NFD').replace(/\n/g, '\r\n');
    const { confidence: _c, ...fields } = extractMetadata(variant);
    expect(fields).toEqual(expected);
    const old = extractMetadata(letter.replace('QUẬN ỦY QUẬN 1', 'QUẬN UỶ QUẬN 1'));
    expect(old.parentBody).toBe('QUẬN UỶ QUẬN 1');
    expect(old.issuer).toBe('BAN TUYÊN GIÁO');
  });

  it('returns nulls with low confidence for empty text', () => {
    const m = extractMetadata('   \n\n');
    expect(m.number).toBeNull();
    expect(m.addressees).toBeNull();
    expect(Math.max(...Object.values(m.confidence))).toBeLessThan(0.5);
  });
});

describe('news articles (not official documents)', () => {
  // The news seeds were copied into the report fixtures.
  const seeds = path.resolve(__dirname, '../../fixtures/report');
  const names = fs.readdirSync(seeds).filter((f) => f.startsWith('news-'));
  it('finds the four news seeds', () => expect(names).toHaveLength(4));
  for (const name of names) {
    it(`${name}: no number or date, and nothing from the header claimed with confidence`, () => {
      const m = extractMetadata(fs.readFileSync(path.join(seeds, name), 'utf8'));
      expect(m.number).toBeNull();
      expect(m.date).toBeNull();
      for (const f of ['parentBody', 'issuer', 'subject', 'signerName', 'signerTitle', 'signingAuthority'] as const) {
        if (m[f] !== null) expect(m.confidence[f], f).toBeLessThan(0.5);
      }
    });
  }
});
