// `vanthu import FILE...`: registers incoming documents. Each file is read and parsed by the
// importer (TXT in UTF-8/UTF-16 with or without BOM, DOCX, PDF); records are written in batches,
// one transaction per batch, so a crash leaves whole records only.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IncomingCreateInput } from '../../shared/domain/incoming';
import { intakeFromExtraction } from '../../shared/domain/intake';
import { AppError } from '../../shared/errors';
import { openAppContext } from '../context';
import { importErrors, LIMITS } from '../importer/errors';
import { readDocumentFile, type ImportResult } from '../importer/read';
import type { OcrProgress } from '../ocr/scan';
import { CliUsageError, printJson, requireDb, type CliCommand, type CliIO } from './args';

export type ImportedJson = {
  file: string;
  id: number;
  arrivalYear: number;
  arrivalNumber: number;
  format: ImportResult['format'];
  number: string;
  issuer: string;
  docDate: string | null;
  subject: string;
  warnings: string[];
};
export type SkippedJson = { file: string; code: string; message: string };

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  // Scans are kept as they came: the original image is the record's evidence, the OCR text its index.
  jpg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
};

function toInput(file: string, bytes: Uint8Array | null, r: ImportResult, arrivalDate: string | undefined, allowDuplicate: boolean): IncomingCreateInput {
  return {
    // The same mapping as the app's review form, so both entry points store the same record.
    // Without --arrival-date the incoming service uses today in the office's time zone.
    ...intakeFromExtraction(r.metadata, r.text, arrivalDate, r.textSource),
    // The original DOCX/PDF is kept inside the database; a plain text file is its own full text.
    attachments: bytes && MIME[r.format] ? [{ fileName: path.basename(file), mime: MIME[r.format]!, dataBase64: Buffer.from(bytes).toString('base64') }] : [],
    allowDuplicate,
  };
}

/** One stderr line per OCR'd page ("Nhận dạng chữ scan.pdf: trang 1/3"), so a long scan visibly moves. */
export const ocrProgress = (io: CliIO, file: string) => (p: OcrProgress) => {
  if (p.stage === 'ocr') io.stderr(`Nhận dạng chữ ${path.basename(file)}: trang ${p.page}/${p.pages}\n`);
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Vào sổ văn bản đến từ tệp (TXT, DOCX, PDF, ảnh quét JPG/PNG/TIFF); tự điền số, ngày, cơ quan, trích yếu',
  usage:
    'vanthu import TỆP... --db ĐƯỜNG_DẪN [--arrival-date YYYY-MM-DD] [--allow-duplicate] [--batch N] [--no-ocr] [--json]\n' +
    '  Văn bản đã có trong sổ (cùng số, cơ quan ban hành, ngày) bị bỏ qua, trừ khi có --allow-duplicate.\n' +
    '  Ảnh quét (PDF không có lớp chữ, JPG, PNG, TIFF) được nhận dạng chữ (OCR) ngoại tuyến; --no-ocr: không nhận dạng.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        'arrival-date': { type: 'string' },
        'allow-duplicate': { type: 'boolean' },
        'no-ocr': { type: 'boolean' },
        batch: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const dbFile = requireDb(values.db);
    if (positionals.length === 0) throw new CliUsageError('Thiếu tệp cần vào sổ.');
    const arrivalDate = values['arrival-date'];
    if (arrivalDate !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(arrivalDate) || Number.isNaN(Date.parse(arrivalDate)))) throw new CliUsageError('--arrival-date phải có dạng YYYY-MM-DD.');
    const batchSize = values.batch === undefined ? 200 : Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) throw new CliUsageError('--batch phải là số nguyên từ 1 đến 5000.');

    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    const imported: ImportedJson[] = [];
    const skipped: SkippedJson[] = [];
    try {
      for (let start = 0; start < positionals.length; start += batchSize) {
        const files = positionals.slice(start, start + batchSize);
        const pending: { file: string; input: IncomingCreateInput; result: ImportResult }[] = [];
        for (const file of files) {
          try {
            // Refuse an oversized file before reading it into memory (a 200 MB scan must fail at once).
            const st = await fs.stat(file);
            if (st.isFile() && st.size > LIMITS.maxFileBytes) throw importErrors.tooLarge(st.size);
            const buf = await fs.readFile(file);
            const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
            const result = await readDocumentFile(bytes, path.basename(file), { ocr: !values['no-ocr'], onProgress: ocrProgress(io, file) });
            pending.push({ file, input: toInput(file, bytes, result, arrivalDate, values['allow-duplicate'] ?? false), result });
          } catch (e) {
            const err = e as NodeJS.ErrnoException;
            if (e instanceof AppError) skipped.push({ file, code: e.code, message: e.message });
            else if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR') skipped.push({ file, code: 'IO', message: `Không đọc được tệp (${err.code}).` });
            else throw e;
          }
        }
        const results = ctx.services.incoming.createBatch(pending.map((p) => p.input));
        results.forEach((r, i) => {
          const p = pending[i]!;
          if (!r.ok) {
            skipped.push({ file: p.file, code: r.code, message: r.message });
            return;
          }
          const row: ImportedJson = {
            file: p.file,
            id: r.id,
            arrivalYear: r.arrivalYear,
            arrivalNumber: r.arrivalNumber,
            format: p.result.format,
            number: p.input.number ?? '',
            issuer: p.input.issuer ?? '',
            docDate: p.input.docDate ?? null,
            subject: p.input.subject ?? '',
            warnings: p.result.warnings.map((w) => w.code),
          };
          imported.push(row);
          if (!values.json) io.stdout(`Đã vào sổ: số đến ${row.arrivalNumber}/${row.arrivalYear} — ${row.number || '(không rõ số)'} — ${path.basename(row.file)}\n`);
        });
      }
    } finally {
      ctx.close();
    }
    for (const s of skipped) io.stderr(`Bỏ qua ${s.file}: ${s.message}\n`);
    if (values.json) printJson(io, { imported, skipped, total: positionals.length });
    else io.stdout(`Tổng cộng: ${imported.length} văn bản đã vào sổ, ${skipped.length} tệp bỏ qua.\n`);
    return skipped.length ? 1 : 0;
  },
};
