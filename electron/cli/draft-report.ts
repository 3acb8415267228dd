import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { draftReport, toPublicReport } from '../../shared/report/report';
import type { SourceInput } from '../../shared/report/types';
import { readDocumentFile } from '../importer/read';
import { renderDraft } from '../report/render';
import { CliUsageError, printJson, type CliCommand } from './args';

async function readSource(file: string): Promise<SourceInput> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx' || ext === '.pdf') return { name: path.basename(file), text: (await readDocumentFile(file)).text };
  try {
    return { name: path.basename(file), text: (await fs.readFile(file, 'utf8')).normalize('NFC') };
  } catch (e) {
    throw new AppError('IO', `Không đọc được tệp "${file}".`, [String(e)]);
  }
}

export const draftReportCommand: CliCommand = {
  name: 'draft-report',
  summary: 'Soạn dự thảo Thông báo nhanh từ các bài viết/tài liệu nguồn: trích xuất dữ kiện, dựng các phần, xuất DOCX/PDF',
  usage:
    'vanthu draft-report TỆP... [--json] [--out TỆP.docx|TỆP.pdf]\n' +
    '  --json: in {facts, draft} (facts: body, kind, ordinal, term, startDate, endDate, place, chairs, attendance, adopted, figures)\n' +
    '  --out:  xuất dự thảo theo mẫu "quick-report" với hồ sơ cơ quan mặc định',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, out: { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length === 0) throw new CliUsageError('Cần ít nhất một TỆP nguồn.');
    const out = values.out;
    const format = out ? path.extname(out).toLowerCase().slice(1) : null;
    if (out && format !== 'docx' && format !== 'pdf') throw new CliUsageError('--out phải là tệp .docx hoặc .pdf.');
    const sources = [];
    for (const f of positionals) sources.push(await readSource(f));
    const report = draftReport(sources);
    if (out) {
      const bytes = await renderDraft(report.draft, format as 'docx' | 'pdf');
      const tmp = `${out}.tmp-${process.pid}`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, out);
    }
    for (const o of report.facts.otherSources) io.stderr(`Cảnh báo: "${o.name}": ${o.reason}\n`);
    const pub = toPublicReport(report);
    if (values.json || !out) {
      if (values.json) printJson(io, pub);
      else {
        io.stdout(pub.draft.title + '\n\n');
        for (const s of pub.draft.sections) {
          if (s.heading) io.stdout(s.heading + '\n');
          for (const p of s.paragraphs) io.stdout(p.text + '\n');
          io.stdout('\n');
        }
      }
    }
    if (out) io.stderr(`Đã ghi ${out}\n`);
  },
};
