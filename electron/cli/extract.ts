import { parseArgs } from 'node:util';
import { readDocumentFile, readPastedText } from '../importer/read';
import { CliUsageError, printJson, type CliCommand } from './args';

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Đọc văn bản đến (DOCX, PDF, TXT hoặc dán qua stdin) và in các trường trích xuất dạng JSON',
  usage: 'vanthu extract TỆP [--json] [--text]\n       vanthu extract --stdin [--json] [--text]\n  --text: in thêm chữ đã đọc (trường "text") và cảnh báo ("warnings") vào stderr',
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, stdin: { type: 'boolean' }, text: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (values.stdin && positionals.length) throw new CliUsageError('Dùng hoặc TỆP hoặc --stdin, không dùng cả hai.');
    if (!values.stdin && positionals.length !== 1) throw new CliUsageError('Cần đúng một TỆP (hoặc --stdin).');
    const result = values.stdin ? readPastedText(await io.readStdin()) : await readDocumentFile(positionals[0]!);
    for (const w of result.warnings) io.stderr(`Cảnh báo: ${w.message}\n`);
    if (values.text) io.stderr(result.text + '\n');
    // Always one JSON object with exactly the metadata keys plus "confidence" (--json kept for symmetry).
    printJson(io, result.metadata);
  },
};
