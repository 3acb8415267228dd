// Files the importer must refuse with a clear Vietnamese AppError — quickly, because size caps are
// checked before any parsing — and scanned PDFs it must accept with a warning.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { readDocumentBytes, readDocumentFile } from '../../electron/importer/read';
import { requireTools } from '../helpers/tools';
import { tempDir } from '../helpers/tmp';

const office = path.resolve(__dirname, '../fixtures/parse/office');
const tmp = tempDir('vanthu-importer-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.code).toBe('VALIDATION');
    // Vietnamese, for the user: has Vietnamese letters and no stack/English exception text.
    expect(err.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
    return err;
  }
  throw new Error('expected a refusal');
}

const contentTypes = new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

describe('bad files', () => {
  it('a 200 MB file is refused from its size alone', async () => {
    const big = path.join(tmp, 'big.pdf');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 200 * 1024 * 1024); // sparse: costs no disk
    const err = await refusal(readDocumentFile(big));
    expect(err.message).toMatch(/quá lớn/);
  });

  it('a corrupt PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nrác rác rác\n%%EOF');
    expect((await refusal(readDocumentBytes(bytes, 'hong.pdf'))).message).toMatch(/PDF/);
  });

  it('a truncated PDF', async () => {
    const full = fs.readFileSync(path.join(office, 'lo-p04-tbn-btgdvtu-2025.pdf'));
    const cut = new Uint8Array(full.subarray(0, 600));
    await refusal(readDocumentBytes(cut, 'cut.pdf'));
  });

  describe.runIf(requireTools('qpdf'))('password', () => {
    it('a password-protected PDF', async () => {
      const out = path.join(tmp, 'locked.pdf');
      const r = spawnSync('qpdf', ['--encrypt', 'matkhau', 'chu', '256', '--', path.join(office, 'lo-p04-tbn-btgdvtu-2025.pdf'), out]);
      expect(r.status).toBe(0);
      expect((await refusal(readDocumentFile(out))).message).toMatch(/mật khẩu/);
    });
  });

  it('a ZIP that is not a DOCX', async () => {
    const zip = zipSync({ 'ghi-chu.txt': new TextEncoder().encode('xin chào') });
    expect((await refusal(readDocumentBytes(zip, 'van-ban.docx'))).message).toMatch(/không phải văn bản Word/);
  });

  it('a ZIP bomb (huge ratio) is refused before inflating', async () => {
    const zip = zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': new Uint8Array(15 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(200_000);
    expect((await refusal(readDocumentBytes(zip, 'bom.docx'))).message).toMatch(/bất thường/);
  });

  it('a ZIP whose central directory declares gigabytes is refused', async () => {
    const zip = zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': new TextEncoder().encode('<w:document/>'), 'word/media/a.bin': new Uint8Array(10) });
    // Patch the declared uncompressed size of the last central-directory entry to ~3 GB.
    const b = new Uint8Array(zip);
    let p = b.length - 46;
    while (p >= 0 && !(b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 1 && b[p + 3] === 2)) p--;
    expect(p).toBeGreaterThan(0);
    new DataView(b.buffer).setUint32(p + 24, 3_000_000_000, true);
    await refusal(readDocumentBytes(b, 'lon.docx'));
  });

  it('a truncated DOCX', async () => {
    const full = fs.readFileSync(path.join(office, 'lo-p06-state-ubnd-cv.docx'));
    await refusal(readDocumentBytes(new Uint8Array(full.subarray(0, full.length / 2)), 'cut.docx'));
  });

  it('binary garbage', async () => {
    let x = 12345;
    const junk = new Uint8Array(64 * 1024).map(() => {
      x = (x * 1103515245 + 12345) >>> 0;
      return x >>> 24;
    });
    expect((await refusal(readDocumentBytes(junk, 'rac.bin'))).message).toMatch(/không phải văn bản/);
  });

  it('an old binary .doc', async () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(readDocumentBytes(doc, 'cu.doc'))).message).toMatch(/\.docx/);
  });

  it('an RTF file', async () => {
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi Số 65-CV/BTGQU}');
    expect((await refusal(readDocumentBytes(rtf, 'cv.rtf'))).message).toMatch(/RTF/);
  });

  it('an empty file', async () => {
    await refusal(readDocumentBytes(new Uint8Array(0), 'rong.txt'));
  });
});
