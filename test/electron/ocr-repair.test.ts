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
  it('repairs a pair only one known pair matches, keeping case and punctuation', () => {
    expect(repairTones('- Các chỉ bộ, đẳng bộ cơ sở')).toBe('- Các chi bộ, đảng bộ cơ sở');
    expect(repairTones('các đoàn thế chính trị')).toBe('các đoàn thể chính trị');
    expect(repairTones('mừng Xuân Ất Ty')).toBe('mừng Xuân Ất Tỵ');
    expect(repairTones('CÁC CHỈ BỘ')).toBe('CÁC CHI BỘ');
  });
  it('leaves known pairs, unknown ones and pairs across punctuation alone', () => {
    expect(repairTones('chỉ đạo các chi bộ')).toBe('chỉ đạo các chi bộ');
    expect(repairTones('Tụ Tý Tỵ')).toBe('Tụ Tý Tỵ');
    expect(repairTones('chỉ, bộ')).toBe('chỉ, bộ');
  });
});

describe('signer names', () => {
  it('finds the name in a line with seal debris and repairs capitals read as 1/l/I and a surname tone', () => {
    expect(nameIn('1ê Hoàng Phúc')?.name).toBe('Lê Hoàng Phúc');
    expect(nameIn('lẻ Hoàng Phúc')?.name).toBe('Lê Hoàng Phúc');
    expect(nameIn('Irấn Ihị Ihu Hà')?.name).toBe('Trần Thị Thu Hà');
    expect(nameIn('ñ Phạm Thị Ngọc Lan ‹')?.name).toBe('Phạm Thị Ngọc Lan');
    expect(nameIn('Như trên;')).toBeNull();
  });
  it('drops unsure, small or far-off words (seal fragments) from a line, never sure ones', () => {
    const w = (text: string, conf: number, x0: number, y0: number, y1: number) => ({ text, conf, x0, x1: x0 + 60, y0, y1 });
    const words = [w('Tu', 18, 387, 1272, 1278), w('Phạm', 96, 624, 1275, 1308), w('Thị', 96, 722, 1275, 1308), w('Lan', 68, 873, 1277, 1302)];
    const line = { text: 'Tu Phạm Thị Lan', conf: 75, x0: 387, x1: 934, y0: 1272, y1: 1309, words };
    expect(dropFragments(line).text).toBe('Phạm Thị Lan');
    expect(dropFragments({ ...line, words: [{ ...words[0]!, conf: 90 }, ...words.slice(1)] }).text).toBe('Tu Phạm Thị Lan');
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
