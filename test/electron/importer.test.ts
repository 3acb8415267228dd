// The importer on real files: DOCX and PDF made by LibreOffice from our own HTML (two-column
// header and signature tables, a bulleted list, a footnote), TXT in several encodings, pasted text,
// and a scanned PDF without a text layer.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { rowsToLines } from '../../electron/importer/pdf';
import { readDocumentBytes, readDocumentFile, readPastedText } from '../../electron/importer/read';
import { compareMetadata } from '../shared/parse/evaluate';

const dir = path.resolve(__dirname, '../fixtures/parse');
const office = fs.readdirSync(path.join(dir, 'office')).filter((f) => /^lo-.*\.(docx|pdf)$/.test(f)).sort();
const expectedFor = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file.replace(/^lo-/, '').replace(/\.(docx|pdf)$/, '.expected.json')), 'utf8')) as Record<string, unknown>;

describe('office files made by LibreOffice', () => {
  it('has DOCX and PDF fixtures', () => {
    expect(office.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(3);
    expect(office.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
  });
  for (const f of office) {
    it(f, async () => {
      const r = await readDocumentFile(path.join(dir, 'office', f));
      expect(r.format).toBe(f.endsWith('.pdf') ? 'pdf' : 'docx');
      expect(r.warnings).toEqual([]);
      expect(compareMetadata(r.metadata, expectedFor(f))).toEqual([]);
    });
  }

  it('reads the DOCX header table column by column and puts footnotes after the body', async () => {
    const r = await readDocumentFile(path.join(dir, 'office/lo-p01-cv-btgtu-hcm.docx'));
    const lines = r.text.split('\n').filter(Boolean);
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    // Left column (cấp trên … trích yếu) before the right column (ĐẢNG CỘNG SẢN VIỆT NAM, date).
    expect(at('BAN TUYÊN GIÁO')).toBeLessThan(at('Số 3080-CV/BTGTU'));
    expect(at('Số 3080-CV/BTGTU')).toBeLessThan(at('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(at('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeLessThan(at('ngày 10 tháng 7 năm 2023'));
    // Bulleted list items carry a dash; the footnote comes last with its mark.
    expect(lines).toContain('- Ban Tuyên giáo các đảng ủy trực thuộc Thành ủy;');
    expect(lines[lines.length - 1]).toMatch(/^¹ Ban Tuyên giáo Trung ương nay là/);
    expect(at('Nơi nhận')).toBeLessThan(at('K/T TRƯỞNG BAN'));
  });

  it("leaves the caller's bytes intact (pdfjs gets a copy)", async () => {
    const buf = fs.readFileSync(path.join(dir, 'office/lo-p04-tbn-btgdvtu-2025.pdf'));
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    const before = Buffer.from(bytes).toString('base64');
    await readDocumentBytes(bytes, 'x.pdf');
    expect(bytes.byteLength).toBe(buf.length);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });

  it('keeps the two PDF header columns apart', async () => {
    const r = await readDocumentFile(path.join(dir, 'office/lo-p06-state-ubnd-cv.pdf'));
    const lines = r.text.split('\n');
    expect(lines).toContain('ỦY BAN NHÂN DÂN');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines.indexOf('QUẬN 1')).toBeLessThan(lines.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  });
});

describe('PDF line rebuilding', () => {
  const item = (str: string, x: number, y: number) => ({ str, x, y, w: str.length * 6, h: 12 });
  const row = (...items: ReturnType<typeof item>[]) => ({ y: items[0]!.y, h: 12, items });
  it('separates a header whose cells are vertically centred (no row holds both columns)', () => {
    const lines = rowsToLines([
      row(item('QUẬN ỦY QUẬN 1', 70, 800)),
      row(item('ĐẢNG CỘNG SẢN VIỆT NAM', 330, 792)),
      row(item('BAN TUYÊN GIÁO', 72, 785)),
      row(item('*', 110, 770)),
      row(item('Quận 1, ngày 12 tháng 7 năm 2023', 320, 762)),
      row(item('Số 65-CV/BTGQU', 70, 755)),
      row(item('Kính gửi: Các chi bộ.', 200, 720)),
      row(item('Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban', 60, 700)),
    ]).filter(Boolean);
    expect(lines).toEqual(['QUẬN ỦY QUẬN 1', 'BAN TUYÊN GIÁO', '*', 'Số 65-CV/BTGQU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Quận 1, ngày 12 tháng 7 năm 2023', 'Kính gửi: Các chi bộ.', 'Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban']);
  });
  it('keeps ordinary paragraphs in reading order', () => {
    const lines = rowsToLines([row(item('Dòng một của đoạn văn khá dài trải rộng trang giấy', 60, 700)), row(item('dòng hai', 60, 686)), row(item('Trân trọng.', 60, 672))]);
    expect(lines).toEqual(['Dòng một của đoạn văn khá dài trải rộng trang giấy', 'dòng hai', 'Trân trọng.']);
  });
});

describe('text files and pasted text', () => {
  const seed = fs.readFileSync(path.join(dir, 'p02-one-line-header.txt'), 'utf8');
  const want = expectedFor('p02-one-line-header.txt'.replace('.txt', '.docx'));
  const utf16 = (s: string, le: boolean) => {
    const b = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      b[2 * i + (le ? 0 : 1)] = c & 0xff;
      b[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return b;
  };
  const cases: [string, Uint8Array][] = [
    ['UTF-8', new TextEncoder().encode(seed)],
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)])],
    ['UTF-16 LE BOM', new Uint8Array([0xff, 0xfe, ...utf16(seed, true)])],
    ['UTF-16 BE BOM', new Uint8Array([0xfe, 0xff, ...utf16(seed, false)])],
    ['UTF-16 LE no BOM', utf16(seed, true)],
    ['UTF-16 BE no BOM', utf16(seed, false)],
  ];
  for (const [name, bytes] of cases) {
    it(name, async () => {
      const r = await readDocumentBytes(bytes, 'van-ban.txt');
      expect(r.format).toBe('txt');
      expect(r.text.replace(/^\uFEFF/, '')).toBe(seed.normalize('NFC'));
      expect(compareMetadata(r.metadata, want)).toEqual([]);
    });
  }

  it('pasted text', () => {
    const r = readPastedText(seed);
    expect(r.format).toBe('text');
    expect(r.metadata.number).toBe('369-CV/BTGQU');
  });

  it('reads an 8-bit Windows-1258 file with a warning', async () => {
    const r = await readDocumentBytes(new Uint8Array([0x53, 0xf4, 0x20, 0x36, 0x35, 0x2d, 0x43, 0x56, 0x2f, 0x42, 0x54, 0x47, 0x51, 0x55, 0x0a, 0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]), 'cu.txt');
    expect(r.warnings.map((w) => w.code)).toEqual(['ENCODING_GUESSED']);
    expect(r.text).toContain('65-CV/BTGQU');
  });
});

describe('PDF without a text layer', () => {
  const drawing = async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    page.drawRectangle({ x: 60, y: 600, width: 200, height: 120, color: rgb(0.2, 0.2, 0.2) });
    return pdf.save();
  };
  it('with OCR off, returns empty text with the NEEDS_OCR warning (not an error)', async () => {
    const r = await readDocumentBytes(await drawing(), 'scan.pdf', { ocr: false });
    expect(r.text).toBe('');
    expect(r.warnings.map((w) => w.code)).toEqual(['NEEDS_OCR']);
    expect(r.warnings[0]!.message).toMatch(/OCR/);
    expect(r.metadata.number).toBeNull();
  });
  it('with OCR on but no scanned image in it (drawings only), says so and still lets the clerk type the fields', async () => {
    const r = await readDocumentBytes(await drawing(), 'scan.pdf');
    expect(r.text).toBe('');
    expect(r.warnings.map((w) => w.code)).toEqual(['NEEDS_OCR']);
    expect(r.warnings[0]!.message).toMatch(/không có ảnh quét/);
  });
});
