// `vanthu search QUERY`: full-text search of the incoming register (accents optional).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { INCOMING_STATUSES, INCOMING_STATUS_LABELS, type IncomingStatus } from '../../shared/domain/incoming';
import { openAppContext } from '../context';
import { snippetToText } from '../incoming/snippet';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Tìm văn bản đến theo nội dung (gõ có dấu hay không dấu đều được)',
  usage:
    'vanthu search "TỪ KHÓA" --db ĐƯỜNG_DẪN [--limit N] [--order newest|relevance] [--year NĂM] [--status moi|dang-xu-ly|da-xu-ly] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        order: { type: 'string' },
        year: { type: 'string' },
        status: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const dbFile = requireDb(values.db);
    if (positionals.length === 0) throw new CliUsageError('Thiếu từ khóa cần tìm.');
    const query = positionals.join(' ');
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliUsageError('--limit phải là số nguyên từ 1 đến 500.');
    const order = values.order ?? 'newest';
    if (order !== 'newest' && order !== 'relevance') throw new CliUsageError('--order chỉ nhận newest hoặc relevance.');
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2999)) throw new CliUsageError('--year phải là một năm, ví dụ 2026.');
    const status = values.status as IncomingStatus | undefined;
    if (status !== undefined && !INCOMING_STATUSES.includes(status)) throw new CliUsageError(`--status chỉ nhận ${INCOMING_STATUSES.join(', ')}.`);

    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      const res = ctx.services.incoming.list({
        query,
        order,
        pageSize: limit,
        ...(year !== undefined ? { year } : {}),
        ...(status ? { status } : {}),
      });
      const rows = res.rows.map((r) => ({
        id: r.id,
        arrivalYear: r.arrivalYear,
        arrivalNumber: r.arrivalNumber,
        arrivalDate: r.arrivalDate,
        number: r.number,
        issuer: r.issuer,
        docDate: r.docDate,
        subject: r.subject,
        status: r.status,
        snippet: snippetToText(r.snippet ?? []),
      }));
      if (values.json) {
        printJson(io, { query, order, total: res.total, totalExact: res.totalExact, rows });
        return 0;
      }
      if (rows.length === 0) {
        io.stdout(`Không tìm thấy văn bản nào với "${query}".\n`);
        return 0;
      }
      io.stdout(`Tìm thấy ${res.totalExact ? '' : 'hơn '}${res.total} văn bản${res.total > rows.length ? ` (hiện ${rows.length})` : ''}:\n\n`);
      for (const r of rows) {
        io.stdout(
          `Số đến ${r.arrivalNumber}/${r.arrivalYear} (${r.arrivalDate}) — ${r.number || '(không rõ số)'} — ${r.issuer || '(không rõ cơ quan)'} — ${INCOMING_STATUS_LABELS[r.status]}\n` +
            `  ${r.subject}\n  ${r.snippet}\n\n`,
        );
      }
      return 0;
    } finally {
      ctx.close();
    }
  },
};
