// `vanthu due`: incoming documents overdue or due soon (urgent first), as the office counts days.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDateShort } from '../../shared/text/dates';
import { openAppContext } from '../context';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

export const dueCommand: CliCommand = {
  name: 'due',
  summary: 'Văn bản đến quá hạn và sắp đến hạn xử lý (khẩn trước)',
  usage: 'vanthu due --db ĐƯỜNG_DẪN [--days N] [--json]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const dbFile = requireDb(values.db);
    const days = values.days === undefined ? 3 : Number(values.days);
    if (!Number.isInteger(days) || days < 0 || days > 60) throw new CliUsageError('--days phải là số nguyên từ 0 đến 60.');
    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      const due = ctx.services.handling.due({ withinDays: days, limit: 1000 });
      if (values.json) {
        printJson(io, due);
        return 0;
      }
      if (due.rows.length === 0) {
        io.stdout(`Không có văn bản nào quá hạn hoặc đến hạn trong ${days} ngày tới.\n`);
        return 0;
      }
      io.stdout(`Quá hạn: ${due.overdue} — sắp đến hạn: ${due.dueSoon} (hôm nay ${formatDateShort(due.today)})\n\n`);
      for (const r of due.rows) {
        const when = r.daysLeft < 0 ? `QUÁ HẠN ${-r.daysLeft} ngày` : r.daysLeft === 0 ? 'hết hạn hôm nay' : `còn ${r.daysLeft} ngày`;
        io.stdout(`Số đến ${r.arrivalNumber}/${r.arrivalYear} — hạn ${formatDateShort(r.deadline)} (${when})${r.urgency ? ` — ${r.urgency}` : ''}${r.lead ? ` — chủ trì: ${r.lead}` : ''}\n  ${r.number || '(không rõ số)'} — ${r.subject}\n`);
      }
      return 0;
    } finally {
      ctx.close();
    }
  },
};
