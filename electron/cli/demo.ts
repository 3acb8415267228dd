import path from 'node:path';
import { parseArgs } from 'node:util';
import { readJsonFile, writeFileAtomic } from '../documents/files';
import { templatesDir } from '../documents/fonts';
import { TEMPLATE_IDS } from '../../shared/templates/ids';
import { CliUsageError, type CliCommand } from './args';

/** The seed documents (templates/demo/*.json) and the files they become. */
export const DEMO_DOCUMENTS = [
  { template: TEMPLATE_IDS.forwardingLetter, data: '65-CV-BTGQU.json', out: '65-CV-BTGQU' },
  { template: TEMPLATE_IDS.quickReport, data: 'thong-bao-nhanh-hoi-nghi-21.json', out: 'thong-bao-nhanh-hoi-nghi-21' },
] as const;
export const DEMO_BUNDLE = '65-CV-BTGQU-kem-tai-lieu.pdf';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Tạo bộ văn bản mẫu: Công văn 65-CV/BTGQU, Thông báo nhanh kèm theo và tệp PDF gộp',
  usage: 'vanthu demo --out THƯ_MỤC',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new CliUsageError('Thiếu --out THƯ_MỤC.');
    // Renderers load only when this command runs (see render.ts).
    const [{ renderDocument }, { bundlePdfs }] = await Promise.all([import('../documents/service'), import('../../shared/render/bundle')]);
    const dir = path.resolve(values.out);
    const demoDir = path.join(templatesDir(), 'demo');
    // The seed letter is dated 12/7/2023; the files carry that date, not today's.
    const now = new Date('2023-07-12T08:00:00+07:00');
    const pdfs: { name: string; bytes: Uint8Array }[] = [];
    for (const d of DEMO_DOCUMENTS) {
      const data = readJsonFile(path.join(demoDir, d.data)) as Record<string, unknown>;
      const r = await renderDocument({ templateId: d.template, data, now });
      writeFileAtomic(path.join(dir, `${d.out}.docx`), r.docx);
      writeFileAtomic(path.join(dir, `${d.out}.pdf`), r.pdf);
      pdfs.push({ name: `${d.out}.pdf`, bytes: r.pdf });
      io.stdout(`Đã ghi ${d.out}.docx, ${d.out}.pdf (${r.pages} trang)\n`);
    }
    const [letter, ...attachments] = pdfs;
    const bundle = await bundlePdfs(letter!, attachments, now);
    writeFileAtomic(path.join(dir, DEMO_BUNDLE), bundle.bytes);
    io.stdout(`Đã ghi ${DEMO_BUNDLE} (${bundle.pages} trang)\nThư mục: ${dir}\n`);
  },
};
