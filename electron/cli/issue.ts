// `vanthu issue`: registers an outgoing document and prints its number.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { issueInputSchema, seriesInputSchema } from '../../shared/domain/outgoing';
import { openAppContext } from '../context';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

const FLAG: Record<string, string> = { typeCode: '--type', subject: '--subject', date: '--date (dạng YYYY-MM-DD)', signerName: '--signer', addressees: '--to', copies: '--copies' };

/** zod's messages are English: name the flag instead, in Vietnamese. */
function parseFlags<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const flags = [...new Set(r.error.issues.map((i) => FLAG[String(i.path[0])] ?? String(i.path[0])))];
  throw new CliUsageError(`Giá trị không hợp lệ: ${flags.join(', ')}.`);
}

export const issueCommand: CliCommand = {
  name: 'issue',
  summary: 'Cấp số và vào sổ một văn bản đi (in ra số, ví dụ 66-CV/BTGQU)',
  usage:
    'vanthu issue --db ĐƯỜNG_DẪN --type CV --subject "TRÍCH YẾU" [--date YYYY-MM-DD] [--signer "HỌ TÊN"] [--to "KÍNH GỬI"] [--copies N] [--secret] [--json]\n' +
    '       vanthu issue --db ĐƯỜNG_DẪN --type CV --set-next 65 [--date YYYY-MM-DD] [--secret]   (đặt số tiếp theo của loạt số)',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        type: { type: 'string' },
        subject: { type: 'string' },
        date: { type: 'string' },
        signer: { type: 'string' },
        to: { type: 'string' },
        copies: { type: 'string' },
        secret: { type: 'boolean' },
        'set-next': { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    });
    const dbFile = requireDb(values.db);
    if (!values.type) throw new CliUsageError('Thiếu --type (ký hiệu loại văn bản, ví dụ CV, KH, TB).');
    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      if (values['set-next'] !== undefined) {
        const next = Number(values['set-next']);
        if (!Number.isInteger(next) || next < 1) throw new CliUsageError('--set-next phải là số nguyên dương.');
        const series = parseFlags(seriesInputSchema, { typeCode: values.type, date: values.date, secret: values.secret ?? false });
        const c = ctx.services.outgoing.counters.setNext({ ...series, next });
        if (values.json) printJson(io, c);
        else io.stdout(`Số tiếp theo của loạt ${c.typeCode || 'văn bản'} (${c.periodLabel}): ${c.nextSerial}\n`);
        return;
      }
      if (!values.subject) throw new CliUsageError('Thiếu --subject (trích yếu văn bản).');
      const copies = values.copies === undefined ? undefined : Number(values.copies);
      if (copies !== undefined && !Number.isInteger(copies)) throw new CliUsageError('--copies phải là số nguyên.');
      const input = parseFlags(issueInputSchema, {
        typeCode: values.type,
        subject: values.subject,
        date: values.date,
        signerName: values.signer,
        addressees: values.to,
        copies,
        secrecy: values.secret ? 'Mật' : '',
      });
      const d = await ctx.services.outgoing.issue(input);
      if (values.json) {
        const { id, serial, symbol, numberLine, typeCode, issuerCode, date, subject, secrecy, status } = d;
        printJson(io, { id, serial, symbol, numberLine, typeCode, issuerCode, date, subject, secrecy, status });
      } else io.stdout(`${d.symbol}\n`);
    } finally {
      ctx.close();
    }
  },
};
