// Helpers for the PDF renderer tests: the demo documents as specs, a small base letter for edge
// cases, and thin wrappers over the real tools (pdftotext, pdffonts, mutool, qpdf, pdfinfo).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type DocumentSpec } from '../../../shared/document/spec';
import { type FormatProfile, getFormatProfile } from '../../../shared/format';
import { renderPdf } from '../../../shared/render/pdf';
import { loadFonts, templatesDir } from '../../../electron/documents/fonts';
import { buildDocumentSpec } from '../../../electron/documents/service';

export const NOW = new Date('2023-07-12T08:00:00Z');

export type Demo = { name: string; spec: DocumentSpec; profile: FormatProfile };

/** The two demo documents of templates/demo, built with the real templates. */
export function demoDocuments(): Demo[] {
  const list = [
    ['65-CV-BTGQU', 'forwarding-letter'],
    ['thong-bao-nhanh-hoi-nghi-21', 'quick-report'],
  ] as const;
  return list.map(([name, templateId]) => {
    const data = JSON.parse(fs.readFileSync(path.join(templatesDir(), 'demo', `${name}.json`), 'utf8')) as Record<string, unknown>;
    const spec = buildDocumentSpec({ templateId, data, profile: null });
    const profile = getFormatProfile(undefined, (data.format ?? {}) as Parameters<typeof getFormatProfile>[1]);
    return { name, spec, profile };
  });
}

export async function writePdf(dir: string, name: string, spec: DocumentSpec, profile = getFormatProfile()): Promise<{ file: string; pages: number }> {
  const r = await renderPdf(spec, profile, loadFonts(), NOW);
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, r.bytes);
  return { file, pages: r.pages };
}

export function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** pdftotext of the whole file or of one page (raw order unless `layout`). */
export function pdfText(file: string, page?: number, layout = false): string {
  const args = [...(layout ? ['-layout'] : []), ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'];
  const r = run('pdftotext', args);
  if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
  return r.stdout;
}

/** Text with every whitespace removed: robust to where lines break. */
export const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

/** Glyph or font complaints of mutool while rendering every page (its ICC notice is not one). */
export function mutoolProblems(file: string): string[] {
  const r = run('mutool', ['draw', '-o', '/dev/null', file]);
  return `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => /error|warning|glyph|font/i.test(l) && !/ICC support/i.test(l));
}

const p = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });

/** A small công văn (the seed letter's shape) to vary in edge-case tests. */
export function baseLetter(over: Partial<DocumentSpec> = {}): DocumentSpec {
  return {
    kind: 'cong-van',
    header: { parentBody: 'QUẬN ỦY QUẬN 1', issuer: 'BAN TUYÊN GIÁO', number: { serial: 65, typeCode: 'CV', issuerCode: 'BTGQU' }, place: 'Quận 1', date: '2023-07-12' },
    title: null,
    subject: 'Về việc gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”',
    addressees: ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận;', 'Cấp ủy cơ sở đảng;', 'Các đồng chí báo cáo viên cấp quận.'],
    body: [
      p('Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban Tuyên giáo Thành ủy về gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”;'),
      p('Ban Tuyên giáo Quận ủy gửi các đơn vị tài liệu do Ban Tuyên giáo Thành ủy biên soạn để các đồng chí phổ biến tại địa phương, cơ quan, đơn vị.'),
      p('Trân trọng./.'),
    ],
    footnotes: [],
    signature: { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Trung Châu' },
    distribution: ['Như trên;', 'Thường trực Quận ủy;', 'Lưu VP.'],
    marks: {},
    metadata: { title: 'Về việc gửi tài liệu', author: 'Ban Tuyên giáo Quận ủy Quận 1' },
    ...over,
  };
}
