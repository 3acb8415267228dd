// `vanthu template list|export|import --db F`: the template library from the command line, through
// the same templates service (and the same checks on imported files) as the app.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { TEMPLATE_MAX_BYTES } from '../../shared/templates';
import { writeFileAtomic } from '../shell/atomicFile';
import { openAppContext } from '../context';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

const USAGE = 'vanthu template list --db ĐƯỜNG_DẪN [--json] | vanthu template export MÃ_MẪU --db ĐƯỜNG_DẪN --out TỆP.json [--version N] | vanthu template import TỆP.json --db ĐƯỜNG_DẪN';

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'Mẫu văn bản: liệt kê, xuất ra tệp .json, nhập từ tệp của cơ quan khác',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, version: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [verb, arg] = positionals;
    if (verb !== 'list' && verb !== 'export' && verb !== 'import') throw new CliUsageError(`Lệnh con phải là list, export hoặc import. Cách dùng: ${USAGE}`);
    const dbFile = requireDb(values.db);
    const version = values.version === undefined ? undefined : Number(values.version);
    if (version !== undefined && (!Number.isInteger(version) || version < 1)) throw new CliUsageError('--version phải là số nguyên dương.');
    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      const s = ctx.services.templates;
      if (verb === 'list') {
        const rows = s.list();
        if (values.json) printJson(io, rows);
        else for (const t of rows) io.stdout(`${t.id}\t${t.typeCode}\t${t.builtin ? 'có sẵn' : `phiên bản ${t.version}`}\t${t.issuedCount} văn bản\t${t.name}\n`);
        return 0;
      }
      if (!arg) throw new CliUsageError(verb === 'export' ? 'Thiếu mã mẫu cần xuất.' : 'Thiếu tệp mẫu cần nhập.');
      if (verb === 'export') {
        if (!values.out) throw new CliUsageError('Thiếu --out TỆP.json (nơi ghi mẫu).');
        const { text } = s.exportJson(arg, version);
        writeFileAtomic(path.resolve(values.out), new TextEncoder().encode(text));
        io.stdout(`Đã xuất mẫu ${arg} ra ${values.out}\n`);
        return 0;
      }
      let st: fs.Stats;
      try {
        st = fs.statSync(arg);
      } catch {
        throw new AppError('IO', `Không đọc được tệp "${path.basename(arg)}".`);
      }
      // Refused before reading, with the same message as the service's check.
      if (st.size > TEMPLATE_MAX_BYTES) throw new AppError('VALIDATION', `Tệp "${path.basename(arg)}" không phải mẫu văn bản hợp lệ: quá lớn (tối đa ${TEMPLATE_MAX_BYTES / 1024} KB).`);
      const item = s.importJson(fs.readFileSync(arg, 'utf8'), path.basename(arg));
      io.stdout(`Đã nhập mẫu "${item.name}" (mã ${item.id}).\n`);
      return 0;
    } finally {
      ctx.close();
    }
  },
};
