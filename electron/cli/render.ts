import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../documents/files';
import { CliUsageError, type CliCommand } from './args';

// The renderers (docx, pdf-lib, fontkit) and the database load only when this command runs, so
// `vanthu --help` and the other commands start fast.
// Cold `render --out x.pdf` of the demo Thông báo nhanh (main-thread CPU profile, loaded 2-core
// machine, ~290 ms in all): layout ~50-80 ms (interpreted before V8 tiers up), module evaluation
// ~65 (pdf-lib ~19, template/format zod schemas ~19, zod ~7), module loading ~35, PDF objects and
// deflate ~40, GC ~28, template parse + validation ~22, Node itself ~35 (`node -e 0`).

export const renderCommand: CliCommand = {
  name: 'render',
  summary: 'Tạo văn bản DOCX hoặc PDF từ mẫu và tệp dữ liệu JSON',
  usage:
    'vanthu render --template MẪU --data DỮ_LIỆU.json --out TỆP.docx|TỆP.pdf [--format-profile party-hd36-2018|state-nd30-2020] [--db ĐƯỜNG_DẪN]\n' +
    '  Mẫu: forwarding-letter, quick-report. Với --db, cơ quan ban hành và người ký lấy từ hồ sơ cơ quan.',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { template: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' }, 'format-profile': { type: 'string' }, db: { type: 'string' } },
      strict: true,
    });
    if (!values.template) throw new CliUsageError('Thiếu --template MẪU (ví dụ forwarding-letter).');
    if (!values.data) throw new CliUsageError('Thiếu --data TỆP.json.');
    if (!values.out) throw new CliUsageError('Thiếu --out TỆP.docx hoặc TỆP.pdf.');
    const ext = path.extname(values.out).toLowerCase();
    if (ext !== '.docx' && ext !== '.pdf') throw new CliUsageError('Tệp --out phải có đuôi .docx hoặc .pdf.');
    // One-shot process: zod's JIT (`new Function` per object schema) costs more to compile than
    // it saves on a single parse of the template and data. Same validation, no code generation.
    z.config({ jitless: true });
    const data = readJsonFile(values.data);
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new CliUsageError('Tệp dữ liệu phải là một đối tượng JSON.');
    let office = null;
    if (values.db) {
      const { openAppContext } = await import('../context');
      const ctx = openAppContext({ dataDir: path.dirname(path.resolve(values.db)), dbFile: values.db });
      try {
        office = ctx.services.profile.get();
      } finally {
        ctx.close();
      }
    }
    const input = { templateId: values.template, data: data as Record<string, unknown>, profile: office, formatProfile: values['format-profile'] };
    if (ext === '.docx') {
      const { renderDocumentDocx } = await import('../documents/service-docx');
      const r = await renderDocumentDocx(input);
      writeFileAtomic(values.out, r.docx);
      io.stdout(`Đã ghi ${values.out}\n`);
    } else {
      const { renderDocumentPdf } = await import('../documents/service-pdf');
      const r = await renderDocumentPdf(input);
      writeFileAtomic(values.out, r.pdf);
      io.stdout(`Đã ghi ${values.out} (${r.pages} trang)\n`);
    }
  },
};
