// LibreOffice opens our DOCX: the text of the seed letter comes out in order, and LibreOffice's
// page count equals our PDF's for both demo documents (line-break fidelity).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../electron/documents/fonts';
import { getFormatProfile } from '../../../shared/format';
import { renderDocx } from '../../../shared/render/docx';
import { renderPdf } from '../../../shared/render/pdf';
import { buildSpec } from '../../../shared/templates';
import { requireTools } from '../../helpers/tools';
import { tempDir } from '../../helpers/tmp';
import { demoData, libreofficeToPdf, template } from '../../helpers/documents';

const NOW = new Date('2023-07-12T01:00:00Z');

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)![1]);
const pdfText = (file: string) => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.normalize('NFC');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.runIf(requireTools('libreoffice', 'pdftotext', 'pdfinfo'))('LibreOffice renders our DOCX', () => {
  const dir = tempDir('docx-lo-');
  const profile = getFormatProfile();
  const docs = {
    letter: buildSpec(template('forwarding-letter'), demoData('letter'), profile),
    tbn: buildSpec(template('quick-report'), demoData('tbn'), profile),
  };
  const out: Record<string, { loPdf: string; ourPages: number }> = {};

  beforeAll(async () => {
    for (const [name, spec] of Object.entries(docs)) {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, await renderDocx(spec, profile, undefined, NOW));
      const ours = await renderPdf(spec, profile, loadFonts(), NOW);
      out[name] = { loPdf: libreofficeToPdf(file, dir), ourPages: ours.pages };
    }
  }, 240_000);

  it('shows the seed letter header, Kính gửi, body and Nơi nhận in order on A4', () => {
    const text = squash(pdfText(out.letter!.loPdf));
    const items = [
      'QUẬN ỦY QUẬN 1', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BAN TUYÊN GIÁO', 'Số 65-CV/BTGQU', 'Quận 1, ngày 12 tháng 7 năm 2023',
      'Kính gửi:', '- Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận,', '- Cấp ủy cơ sở đảng,', '- Các đồng chí báo cáo viên cấp quận.',
      'Thực hiện Công văn số 3080-CV/BTGTU', 'Ban Tuyên giáo Quận ủy gửi các đơn vị tài liệu', 'Lưu ý:', 'Trân trọng.',
      'Nơi nhận:', 'K/T TRƯỞNG BAN', '- Như trên;', 'PHÓ TRƯỞNG BAN', '- Thường trực Quận ủy;', '- Lưu Ban Tuyên giáo Quận ủy.', 'Nguyễn Trung Châu Tuyên',
    ];
    let from = 0;
    for (const item of items) {
      const at = text.indexOf(item, from);
      expect({ item, found: at >= 0 }).toEqual({ item, found: true });
      from = at;
    }
    const size = spawnSync('pdfinfo', [out.letter!.loPdf], { encoding: 'utf8' }).stdout;
    expect(size).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/);
  });

  it('has the same page count as our PDF for both demo documents', () => {
    expect(pdfPages(out.letter!.loPdf)).toBe(out.letter!.ourPages);
    expect(pdfPages(out.tbn!.loPdf)).toBe(out.tbn!.ourPages);
    expect(out.tbn!.ourPages).toBeGreaterThan(5);
  });

  it('puts the footnote on the page that references it and numbers pages from 2', () => {
    const pages = pdfText(out.tbn!.loPdf).split('\f');
    const ref = pages.findIndex((p) => p.includes('Trong đó, khu vực nông, lâm nghiệp'));
    expect(ref).toBeGreaterThanOrEqual(0);
    expect(squash(pages[ref]!)).toMatch(/năm 2022\s?1/);
    expect(pages[0]!.trim().split('\n')[0]!.trim()).toBe('THÔNG BÁO NHANH');
    expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
  });
});
