import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { draftReport, toPublicReport } from '../../shared/report/report';
import type { RichReport, SourceInput } from '../../shared/report/types';
import { isValidDate } from '../../shared/text/dates';
import { writeFileAtomic } from '../documents/files';
import { readDocumentFile } from '../importer/read';
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

/** Facts the clerk should check: inferred ones, with the line they rest on (additive to the issue-8 shape). */
function inferred(r: RichReport): Record<string, { value: unknown; confidence: number; reason: string | null; evidence: string | null }> {
  const out: Record<string, { value: unknown; confidence: number; reason: string | null; evidence: string | null }> = {};
  const f = r.facts;
  for (const key of ['body', 'kind', 'ordinal', 'term', 'startDate', 'endDate', 'place'] as const) {
    const x = f[key];
    if (x && (x.reason || x.evidence)) out[key] = { value: x.value, confidence: x.confidence, reason: x.reason ?? null, evidence: x.evidence ?? null };
  }
  f.chairs.forEach((c, i) => {
    if (c.reason) out[`chairs.${i}`] = { value: c.value, confidence: c.confidence, reason: c.reason, evidence: c.evidence ?? null };
  });
  return out;
}

export const draftReportCommand: CliCommand = {
  name: 'draft-report',
  summary: 'Soạn dự thảo Thông báo nhanh từ các bài viết/tài liệu nguồn: trích xuất dữ kiện, dựng các phần, xuất DOCX/PDF',
  usage:
    'vanthu draft-report TỆP... [--json] [--date YYYY-MM-DD] [--db ĐƯỜNG_DẪN] [--out TỆP.docx|TỆP.pdf]\n' +
    '  --json: in {facts, draft, inferred} (facts: body, kind, ordinal, term, startDate, endDate, place, chairs, attendance, adopted, figures;\n' +
    '          inferred: dữ kiện suy ra kèm độ tin cậy, lý do và câu/dòng làm căn cứ)\n' +
    '  --date: ngày đăng bài, căn cứ cuối cùng để suy ra năm khi bài chỉ ghi ngày/tháng ("Sáng 28-12")\n' +
    '  --db:   cơ sở dữ liệu; hồ sơ cơ quan cho tên địa phương khi bài không nêu, và cho phần đầu văn bản khi xuất\n' +
    '  --out:  xuất dự thảo theo mẫu "quick-report" với hồ sơ cơ quan trong --db (bắt buộc)',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, out: { type: 'string' }, date: { type: 'string' }, db: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new CliUsageError('Cần ít nhất một TỆP nguồn.');
    const out = values.out;
    const format = out ? path.extname(out).toLowerCase().slice(1) : null;
    if (out && format !== 'docx' && format !== 'pdf') throw new CliUsageError('--out phải là tệp .docx hoặc .pdf.');
    if (out && !values.db) throw new AppError('VALIDATION', '--out cần --db ĐƯỜNG_DẪN: phần đầu văn bản lấy từ hồ sơ cơ quan trong cơ sở dữ liệu.');
    const date = values.date;
    const ymd = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (date !== undefined && !(ymd && isValidDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])))) throw new CliUsageError('--date phải có dạng YYYY-MM-DD (ví dụ 2021-12-28).');
    if (values.db) await fs.access(values.db).catch(() => {
      throw new AppError('NOT_FOUND', `Không tìm thấy cơ sở dữ liệu "${values.db}".`);
    });
    const sources = [];
    for (const f of positionals) sources.push(await readSource(f));

    let report: RichReport;
    if (values.db) {
      // The same service the app and browser mode use: office context, template loader and renderer.
      const { openAppContext } = await import('../context');
      const ctx = openAppContext({ dataDir: path.dirname(path.resolve(values.db)), dbFile: values.db });
      try {
        report = ctx.services.report.draft({ texts: sources, publishedDate: date ?? null });
        if (out) {
          const r = await ctx.services.report.render(report.draft, format as 'docx' | 'pdf');
          writeFileAtomic(out, r.bytes);
        }
      } finally {
        ctx.close();
      }
    } else report = draftReport(sources, { publishedDate: date ?? null });

    for (const o of report.facts.otherSources) io.stderr(`Cảnh báo: "${o.name}": ${o.reason}\n`);
    const pub = toPublicReport(report);
    if (values.json) printJson(io, { ...pub, inferred: inferred(report) });
    else if (!out) {
      io.stdout(pub.draft.title + '\n\n');
      for (const s of pub.draft.sections) {
        if (s.heading) io.stdout(s.heading + '\n');
        for (const p of s.paragraphs) io.stdout(p.text + '\n');
        io.stdout('\n');
      }
    }
    if (out) io.stderr(`Đã ghi ${out}\n`);
  },
};
