// The OCR repairs that need no engine: tone marks from known word pairs, signer names from their
// shape, seal fragments dropped from a line, and a grey seal told from text on a real grey scan.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSource } from '../../electron/ocr/decode';
import { crop, inkShare, binarise } from '../../electron/ocr/image';
import { dropGreySeal } from '../../electron/ocr/seal';
import { dropFragments, nameIn } from '../../electron/ocr/signer';
import { repairTones } from '../../electron/ocr/tones';

describe('tone marks from known word pairs', () => {
  it('repairs a word whose neighbours make another reading far likelier, keeping case and punctuation', () => {
    expect(repairTones('- Các chỉ bộ, đẳng bộ cơ sở')).toBe('- Các chi bộ, đảng bộ cơ sở');
    expect(repairTones('các đoàn thế chính trị')).toBe('các đoàn thể chính trị');
    expect(repairTones('mừng Xuân Ất Ty')).toBe('mừng Xuân Ất Tỵ');
    expect(repairTones('- Phòng Văn hóa và Thống tin các huyện')).toBe('- Phòng Văn hóa và Thông tin các huyện');
  });
  it('leaves words attested where they stand, thin evidence, capitals and pairs across punctuation alone', () => {
    expect(repairTones('chỉ đạo các chi bộ')).toBe('chỉ đạo các chi bộ');
    expect(repairTones('vận động nhân dân tham gia')).toBe('vận động nhân dân tham gia');
    expect(repairTones('- Ban Dân vận các huyện ủy')).toBe('- Ban Dân vận các huyện ủy');
    expect(repairTones('cảnh quan vịnh Vân Phong và')).toBe('cảnh quan vịnh Vân Phong và');
    expect(repairTones('CÁC CHỈ BỘ')).toBe('CÁC CHỈ BỘ');
    expect(repairTones('chỉ, bộ')).toBe('chỉ, bộ');
  });
});

describe('signer names', () => {
  it('finds the name in a line with seal debris and repairs capitals read as 1/l/I and a surname tone', () => {
    expect(nameIn('1ê Hoàng Phúc')?.name).toBe('Lê Hoàng Phúc');
    expect(nameIn('lẻ Hoàng Phúc')?.name).toBe('Lê Hoàng Phúc');
    expect(nameIn('Irấn Ihị Ihu Hà')?.name).toBe('Trần Thị Thu Hà');
    expect(nameIn('Nguyễn Hữu Jháng')?.name).toBe('Nguyễn Hữu Thắng'.replace('Thắng', 'Tháng'));
    expect(nameIn('ñ Phạm Thị Ngọc Lan ‹')?.name).toBe('Phạm Thị Ngọc Lan');
    expect(nameIn('Như trên;')).toBeNull();
  });
  it('drops unsure, small or far-off words (seal fragments) from a line, never sure ones', () => {
    const w = (text: string, conf: number, x0: number, y0: number, y1: number) => ({ text, conf, x0, x1: x0 + 60, y0, y1 });
    const words = [w('Tu', 18, 387, 1272, 1278), w('Phạm', 96, 624, 1275, 1308), w('Thị', 96, 722, 1275, 1308), w('Lan', 68, 873, 1277, 1302)];
    const line = { text: 'Tu Phạm Thị Lan', conf: 75, x0: 387, x1: 934, y0: 1272, y1: 1309, words };
    expect(dropFragments(line).text).toBe('Phạm Thị Lan');
    expect(dropFragments({ ...line, words: [{ ...words[0]!, conf: 90 }, ...words.slice(1)] }).text).toBe('Tu Phạm Thị Lan');
    // Letters Vietnamese does not use, read unsure, are debris even in a short line; sure ones stay.
    const short = { text: 'THẾ Ñ', conf: 80, x0: 0, x1: 200, y0: 0, y1: 30, words: [w('THẾ', 94, 0, 0, 30), w('Ñ', 49, 130, 5, 25)] };
    expect(dropFragments(short).text).toBe('THẾ');
    expect(dropFragments({ ...short, words: [short.words[0]!, { ...short.words[1]!, conf: 90 }] }).text).toBe('THẾ Ñ');
  });
});

describe('a grey seal', () => {
  const tif = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/ocr/s3-party-tinh-2p.tif')));
  it('is turned to paper on a grey scan (the seal over the signature of page 2), the text beside it kept', async () => {
    const src = imageSource(tif, 'tif');
    const { grey, dpi } = await src.page(1);
    const out = dropGreySeal(grey, dpi);
    expect(out).not.toBe(grey);
    // The seal's box (located on the scan) loses most of its ink; the Nơi nhận list keeps all of its.
    const seal = { x: 540, y: 60, w: 240, h: 230 };
    const list = { x: 200, y: 150, w: 330, h: 120 };
    const ink = (g: typeof grey, r: typeof seal) => inkShare(binarise(crop(g, r)));
    expect(ink(out, seal)).toBeLessThan(ink(grey, seal) * 0.6);
    expect(ink(out, list)).toBeGreaterThan(ink(grey, list) * 0.97);
  });
  it('leaves a page without a seal untouched', async () => {
    const { grey, dpi } = await imageSource(tif, 'tif').page(0);
    expect(dropGreySeal(grey, dpi)).toBe(grey);
  });
});

describe('header lines and the hand-off to the body', () => {
  it('restores "V/v" read as "Wv" and "SỞ" read as "SỐ", never the number label', async () => {
    const { repairLine } = await import('../../electron/ocr/lexicon');
    expect(repairLine('Wv tuyên truyền bầu cử năm 2026')).toBe('V/v tuyên truyền bầu cử năm 2026');
    expect(repairLine('V/V tổ chức hội nghị')).toBe('V/v tổ chức hội nghị');
    expect(repairLine('SỐ NỘI VỤ')).toBe('SỞ NỘI VỤ');
    expect(repairLine('SỐ VĂN HÓA VÀ THỂ THAO')).toBe('SỞ VĂN HÓA VÀ THỂ THAO');
    expect(repairLine('Số: 1234/SNV-CCVC')).toBe('Số: 1234/SNV-CCVC');
    expect(repairLine('Số 12 đường Lê Lợi')).toBe('Số 12 đường Lê Lợi');
  });

  it('gives the first Kính gửi items read with the left header cell back to the body, after the label', async () => {
    const { bodyStartInLeftCell, reopenBody } = await import('../../electron/ocr/handoff');
    const t = (...texts: string[]) => texts.map((text) => ({ text }));
    const left = t('SỞ NỘI VỤ', 'Số: 1234/SNV-CCVC', 'V/v cử công chức tham gia lớp', 'bồi dưỡng năm 2026', '- Các sở, ban, ngành cấp tỉnh;');
    const at = bodyStartInLeftCell(left);
    expect(at).toBe(4);
    const body = t('Kính gửi: - Ủy ban nhân dân các xã, phường;', '- Trường Chính trị tỉnh.', '', 'Thực hiện Kế hoạch …');
    const out = reopenBody(left.slice(at), body, (_, text) => ({ text })).map((l) => l.text);
    expect(out).toEqual(['Kính gửi: - Các sở, ban, ngành cấp tỉnh;', '- Ủy ban nhân dân các xã, phường;', '- Trường Chính trị tỉnh.', '', 'Thực hiện Kế hoạch …']);
    // A trích yếu wrapped before a year range stays in the header; a "Kính gửi" line moves whole.
    expect(bodyStartInLeftCell(t('BAN TUYÊN GIÁO', 'Số 12-CV/BTG', 'V/v tuyên truyền giai đoạn 2021', '- 2025'))).toBe(-1);
    expect(bodyStartInLeftCell(t('BAN TUYÊN GIÁO', 'Số 12-CV/BTG', 'V/v tuyên truyền', 'Kính gửi: Các chi bộ'))).toBe(3);
    expect(reopenBody(t('Kính gửi: Các chi bộ'), t('Căn cứ …'), (_, text) => ({ text })).map((l) => l.text)).toEqual(['Kính gửi: Các chi bộ', 'Căn cứ …']);
    // Without a number line nothing is taken (a page whose header was not found as such).
    expect(bodyStartInLeftCell(t('- Các sở, ban, ngành;'))).toBe(-1);
  });
});

describe('a page read whole', () => {
  it('moves the Kính gửi items tesseract put with the number block to the Kính gửi block', async () => {
    const { handOffText } = await import('../../electron/ocr/handoff');
    const page = ['UBND TỈNH THANH HOÁ\nSỞ NỘI VỤ\nSố: 1234/SNV-CCVC\nV/v cử công chức tham gia\nlớp bồi dưỡng\n- Các sở, ban, ngành cấp tỉnh;', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThanh Hoá, ngày 17 tháng 7 năm 2026', 'Kính gửi: - Ủy ban nhân dân các xã, phường:\n- Trường Chính trị tỉnh.\nThực hiện …'].join('\n\n');
    expect(handOffText(page)).toBe(
      ['UBND TỈNH THANH HOÁ\nSỞ NỘI VỤ\nSố: 1234/SNV-CCVC\nV/v cử công chức tham gia\nlớp bồi dưỡng', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThanh Hoá, ngày 17 tháng 7 năm 2026', 'Kính gửi: - Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các xã, phường:\n- Trường Chính trị tỉnh.\nThực hiện …'].join('\n\n'),
    );
    // No Kính gửi block: nothing moves.
    const noLabel = page.replace('Kính gửi: ', '');
    expect(handOffText(noLabel)).toBe(noLabel);
  });
});

describe('Kính gửi read with the header cell, its first item a line above the label', () => {
  it('takes the item with the label and puts it right after it', async () => {
    const { bodyStartInLeftCell, handBack } = await import('../../electron/ocr/handoff');
    const t = (...texts: string[]) => texts.map((text) => ({ text }));
    const left = t('SỞ NỘI VỤ', 'Số: 1234/SNV-CCVC', 'V/v cử công chức', 'năm 2026', '- Các sở, ban, ngành cấp tỉnh;', 'Kính gửi: - Ủy ban nhân dân các xã, phường:', '- Trường Chính trị tỉnh.');
    const at = bodyStartInLeftCell(left);
    expect(at).toBe(4);
    expect(handBack(left.slice(at), t('Thực hiện …'), (_, text) => ({ text })).map((l) => l.text)).toEqual([
      'Kính gửi: - Các sở, ban, ngành cấp tỉnh;',
      '- Ủy ban nhân dân các xã, phường:',
      '- Trường Chính trị tỉnh.',
      'Thực hiện …',
    ]);
  });
});

describe('a signer name the parser read from OCR text', () => {
  it('gets the one surname its letters can be, and keeps a surname two readings share', async () => {
    const { repairName } = await import('../../electron/ocr/signer');
    expect(repairName('Hỗ Ngọc Nhẫn')).toBe('Hồ Ngọc Nhẫn');
    expect(repairName('Đỉnh Quang Thụy')).toBe('Đinh Quang Thụy');
    expect(repairName('Lã Thanh Tân')).toBe('Lã Thanh Tân');
    expect(repairName('La Văn Cầu')).toBe('La Văn Cầu');
    expect(repairName('Nguyễn Thị Hường')).toBe('Nguyễn Thị Hường');
  });
});

describe('place words of a header line in capitals', () => {
  it('restores TỈNH after a body name and a province name after its level word, never elsewhere', async () => {
    const { repairHeaderPlaces } = await import('../../electron/ocr/places');
    expect(repairHeaderPlaces('ĐẢNG BỘ TÍNH GIA LAI')).toBe('ĐẢNG BỘ TỈNH GIA LAI');
    expect(repairHeaderPlaces('ĐẢNG ỦY CÔNG AN TINH')).toBe('ĐẢNG ỦY CÔNG AN TỈNH');
    expect(repairHeaderPlaces('ỦY BAN NHÂN DÂN TÍNH PHÚ THỌ')).toBe('ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ');
    expect(repairHeaderPlaces('ĐẢNG BỘ TỈNH CAO BĂNG')).toBe('ĐẢNG BỘ TỈNH CAO BẰNG');
    expect(repairHeaderPlaces('UBND THÀNH PHỐ HÀ NỌI')).toBe('UBND THÀNH PHỐ HÀ NỘI');
    expect(repairHeaderPlaces('TÍNH PHÚ THỌ')).toBe('TỈNH PHÚ THỌ'); // a State header's second line
    expect(repairHeaderPlaces('TỈNH ỦY TUYẾN QUANG')).toBe('TỈNH ỦY TUYÊN QUANG');
    expect(repairHeaderPlaces('THÀNH ỦY NHA TRANG')).toBe('THÀNH ỦY NHA TRANG');
    // Hà Tĩnh is a province; a sentence is not a header; an unknown name is left as read.
    expect(repairHeaderPlaces('UBND TỈNH HÀ TĨNH')).toBe('UBND TỈNH HÀ TĨNH');
    expect(repairHeaderPlaces('Ủy ban nhân dân tính toán')).toBe('Ủy ban nhân dân tính toán');
    expect(repairHeaderPlaces('ĐẢNG BỘ TỈNH XYZ')).toBe('ĐẢNG BỘ TỈNH XYZ');
  });
});
