// The DOCX read back as XML: page, margins, fonts, sizes and styles as the profile says.
import { describe, expect, it } from 'vitest';
import { getFormatProfile, mmToTwips, STATE_ND30_2020 } from '../../../shared/format';
import { renderDocx } from '../../../shared/render/docx';
import { buildSpec } from '../../../shared/templates';
import { type DocumentSpec } from '../../../shared/document/spec';
import { demoData, docxParts, paragraphWith, paragraphs, runDefaults, runProps, template, xmlText } from '../../helpers/documents';

const NOW = new Date('2023-07-12T01:00:00Z');
const party = getFormatProfile();

async function letter(profile = party) {
  const spec = buildSpec(template('forwarding-letter'), demoData('letter'), profile);
  return { spec, parts: docxParts(await renderDocx(spec, profile, undefined, NOW)) };
}

describe('DOCX of the seed letter (party-hd36-2018)', () => {
  it('has an A4 page with 20/20/30/15 mm margins in rounded twips and page numbers from page 2', async () => {
    const { parts } = await letter();
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    expect(mar).toContain('w:top="1134"');
    expect(mar).toContain('w:bottom="1134"');
    expect(mar).toContain('w:left="1701"');
    expect(mar).toContain('w:right="850"');
    expect([mmToTwips(20), mmToTwips(30), mmToTwips(15)]).toEqual([1134, 1701, 850]);
    // Different first page: the first-page header is empty, the default one holds the PAGE field.
    expect(doc).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels']!;
    const headerFile = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)![1]!;
      return 'word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    };
    expect(parts[headerFile('default')]).toMatch(/PAGE/);
    expect(parts[headerFile('first')]).not.toMatch(/PAGE/);
  });

  it('sets Times New Roman, sizes and bold/italic of every header element as the profile says', async () => {
    const { parts } = await letter();
    const doc = parts['word/document.xml']!;
    const defaults = runDefaults(parts['word/styles.xml']!);
    expect(defaults).toEqual({ size: 14, font: 'Times New Roman' });
    const e = party.elements;
    const cases: [string, typeof e.issuer][] = [
      ['ĐẢNG CỘNG SẢN VIỆT NAM', e.nationalTitle],
      ['QUẬN ỦY QUẬN 1', e.parentBody],
      ['BAN TUYÊN GIÁO', e.issuer],
      ['Số 65-CV/BTGQU', e.number],
      ['Quận 1, ngày 12 tháng 7 năm 2023', e.placeDate],
      ['Về việc gửi tài liệu', e.letterSubject],
      ['Kính gửi:', e.addresseeLabel],
      ['Nơi nhận:', e.distributionLabel],
      ['- Như trên;', e.distributionItem],
      ['K/T TRƯỞNG BAN', e.signatureAuthority],
      ['PHÓ TRƯỞNG BAN', e.signatureTitle],
      ['Nguyễn Trung Châu Tuyên', e.signatureName],
    ];
    for (const [needle, style] of cases) {
      const p = runProps(paragraphWith(doc, needle), needle, defaults);
      expect({ needle, ...p }).toEqual({ needle, size: style.size, bold: style.bold, italic: style.italic, underline: style.underline, font: 'Times New Roman' });
    }
    expect(e.nationalTitle).toMatchObject({ size: 15, bold: true });
    expect(e.letterSubject).toMatchObject({ size: 12, italic: true });
    expect(e.signatureTitle.bold).toBe(false);
    // "*" under the issuer, no colon after "Số", number and date in one table row.
    const row = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*Số 65-CV\/BTGQU[\s\S]*?<\/w:tr>/.exec(doc)![0];
    expect(xmlText(row)).toContain('Quận 1, ngày 12 tháng 7 năm 2023');
    expect(xmlText(doc)).toMatch(/BAN TUYÊN GIÁO\n\*\n/);
  });

  it('draws the rule under the title exactly as long as the title, and borderless tables', async () => {
    const { parts } = await letter();
    const doc = parts['word/document.xml']!;
    const ps = paragraphs(doc);
    const i = ps.findIndex((p) => xmlText(p) === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    const rule = ps[i + 1]!;
    expect(rule).toMatch(/<w:bottom w:val="single"/);
    const left = Number(/<w:ind w:left="(\d+)"/.exec(rule)![1]);
    const right = Number(/w:right="(\d+)"/.exec(rule)![1]);
    const cell = Math.round(9355 - Math.round(9355 * party.header.leftColumnShare));
    // 15 pt bold "ĐẢNG CỘNG SẢN VIỆT NAM": the advance widths of Times New Roman Bold add up to
    // 13 777/1000 em = 206.66 pt = 4133 twips (Word does not kern unless asked).
    expect(Math.abs(cell - left - right - 4133)).toBeLessThanOrEqual(2);
    const tableBorders = [...doc.matchAll(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/g)].map((m) => m[1]!);
    expect(tableBorders).toHaveLength(2);
    for (const b of tableBorders) expect(b).not.toMatch(/w:val="(?!none)/);
  });

  it('justifies the body with a 10 mm first-line indent and exact 18 pt lines, in the seed order', async () => {
    const { parts } = await letter();
    const doc = parts['word/document.xml']!;
    const body = paragraphWith(doc, 'Thực hiện Công văn số 3080-CV/BTGTU');
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/w:firstLine="567"/);
    expect(body).toMatch(/w:line="360" w:lineRule="exact"/);
    const text = xmlText(doc);
    const order = ['Kính gửi:', 'Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban Tuyên giáo Thành ủy về gửi tài liệu', 'Ban Tuyên giáo Quận ủy gửi các đơn vị tài liệu', 'Lưu ý:', 'Trân trọng.', 'Nơi nhận:', '- Như trên;', '- Thường trực Quận ủy;', '- Lưu Ban Tuyên giáo Quận ủy.'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('- Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận,');
    expect(text).toContain('- Các đồng chí báo cáo viên cấp quận.');
  });

  it('writes title = subject and creator = issuer into the core properties, dated `now`', async () => {
    const { parts } = await letter();
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Về việc gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”</dc:title>');
    expect(core).toContain('<dc:creator>BAN TUYÊN GIÁO</dc:creator>');
    expect(core).toContain('2023-07-12T01:00:00Z');
  });

  it('switches to the state format from the profile: colon after Số, rule under the issuer, V/v', async () => {
    const { parts } = await letter(STATE_ND30_2020);
    const text = xmlText(parts['word/document.xml']!);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 65/BTGQU');
    // The demo office asks for "Về việc"; the office setting wins over the profile default.
    expect(text).toContain('Về việc gửi tài liệu');
    expect(text).not.toMatch(/^\*$/m);
  });
});

describe('DOCX of the seed Thông báo nhanh', () => {
  it('has the title lines, all sections, a real Word footnote, the separator and the closing', async () => {
    const spec = buildSpec(template('quick-report'), demoData('tbn'), party);
    const parts = docxParts(await renderDocx(spec, party, undefined, NOW));
    const doc = parts['word/document.xml']!;
    const defaults = runDefaults(parts['word/styles.xml']!);
    const text = xmlText(doc);
    expect(text).toContain('THÔNG BÁO NHANH\nKẾT QUẢ HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘTHÀNH PHỐ LẦN THỨ 21 (KHÓA XI)');
    for (const s of ['I. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI', 'II. VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC', 'III. Hội nghị cũng đã thảo luận', 'IV. Ban Chấp hành Đảng bộ thành phố đã thông qua', '8. Tập trung chuẩn bị tốt', '* * *', 'Trước bối cảnh tình hình biến động']) {
      expect(text).toContain(s);
    }
    expect(runProps(paragraphWith(doc, 'THÔNG BÁO NHANH'), 'THÔNG BÁO NHANH', defaults)).toMatchObject({ size: 15, bold: true });
    expect(runProps(paragraphWith(doc, 'I. VỀ TÌNH HÌNH'), 'VỀ TÌNH HÌNH')).toMatchObject({ bold: true });
    expect(paragraphWith(doc, 'I. VỀ TÌNH HÌNH')).toContain('<w:keepNext/>');
    expect(runProps(paragraphWith(doc, 'viết tắt là Nghị quyết số 98'), 'viết tắt là Nghị quyết số 98')).toMatchObject({ italic: true });
    expect(doc).toMatch(/năm 2022<\/w:t><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:footnoteReference w:id="1"\/>/);
    expect(xmlText(parts['word/footnotes.xml']!)).toContain('Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 2,14%');
    // A "tài liệu": no header table.
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
});

describe('DOCX edge cases', () => {
  const base = (): DocumentSpec => buildSpec(template('forwarding-letter'), demoData('letter'), party);

  it('renders an empty body, a 300-character word and 200 addressees', async () => {
    const spec = base();
    const long = 'a'.repeat(300);
    const variants: DocumentSpec[] = [
      { ...spec, body: [] },
      { ...spec, body: [{ type: 'paragraph', runs: [{ text: `Từ ${long} dài.` }] }] },
      { ...spec, addressees: Array.from({ length: 200 }, (_, i) => `Đơn vị số ${i + 1},`) },
    ];
    for (const v of variants) {
      const text = xmlText(docxParts(await renderDocx(v, party, undefined, NOW))['word/document.xml']!);
      expect(text).toContain('Số 65-CV/BTGQU');
    }
    const last = xmlText(docxParts(await renderDocx(variants[2]!, party, undefined, NOW))['word/document.xml']!);
    expect(last).toContain('- Đơn vị số 200,');
  });

  it('drops characters XML forbids and writes NFC, so LibreOffice and Word can open the file', async () => {
    const spec = base();
    const nfd = 'Nguyễn Trung Châu Tuyên'.normalize('NFD');
    const v: DocumentSpec = { ...spec, subject: `Về việc\u0001 thử`, body: [{ type: 'paragraph', runs: [{ text: `A\u0007B\uFFFF \uD800C ${nfd}` }] }] };
    const doc = docxParts(await renderDocx(v, party, undefined, NOW))['word/document.xml']!;
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFF]/);
    expect(xmlText(doc)).toContain(`AB C ${nfd.normalize('NFC')}`);
    expect(xmlText(doc)).toContain('Về việc thử');
  });

  it('refuses a spec that breaks the schema with one VALIDATION error', async () => {
    const bad = { ...base(), kind: 'nope' } as unknown as DocumentSpec;
    await expect(renderDocx(bad, party, undefined, NOW)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
