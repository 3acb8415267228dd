import { parseArgs } from 'node:util';
import { readDocumentFile, readPastedText } from '../importer/read';
import { CliUsageError, printJson, type CliCommand } from './args';
import { ocrProgress } from './import';

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Đọc văn bản đến (DOCX, PDF, TXT, ảnh quét JPG/PNG/TIFF hoặc dán qua stdin) và in các trường trích xuất dạng JSON',
  usage:
    'vanthu extract TỆP [--json] [--text] [--no-ocr]\n       vanthu extract --stdin [--json] [--text]\n  --text: in thêm chữ đã đọc (trường "text") và cảnh báo ("warnings") vào stderr\n' +
    '  Ảnh quét được nhận dạng chữ (OCR) ngoại tuyến; khi đó JSON có thêm "textSource": "ocr". --no-ocr: không nhận dạng.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, stdin: { type: 'boolean' }, text: { type: 'boolean' }, 'no-ocr': { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (values.stdin && positionals.length) throw new CliUsageError('Dùng hoặc TỆP hoặc --stdin, không dùng cả hai.');
    if (!values.stdin && positionals.length !== 1) throw new CliUsageError('Cần đúng một TỆP (hoặc --stdin).');
    const file = positionals[0]!;
    const result = values.stdin ? readPastedText(await io.readStdin()) : await readDocumentFile(file, undefined, { ocr: !values['no-ocr'], onProgress: ocrProgress(io, file) });
    for (const w of result.warnings) io.stderr(`Cảnh báo: ${w.message}\n`);
    if (values.text) io.stderr(result.text + '\n');
    // One JSON object with exactly the metadata keys plus "confidence" (--json kept for symmetry);
    // a scan adds "textSource": "ocr" and per-field OCR confidence (crops stay out of the terminal).
    if (result.textSource !== 'ocr') printJson(io, result.metadata);
    else printJson(io, { ...result.metadata, textSource: 'ocr', ocr: { pages: result.ocr?.pages, pagesRead: result.ocr?.pagesRead, conf: result.ocr?.conf, fields: Object.fromEntries(Object.entries(result.ocr?.fields ?? {}).map(([k, v]) => [k, v.ocrConf])) } });
  },
};
