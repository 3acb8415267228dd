// `vanthu print`: the printed handling forms (Sổ đăng ký văn bản đến, Sổ theo dõi giải quyết,
// Phiếu giải quyết văn bản đến) as PDF, the same as "In sổ" / "In phiếu giải quyết" in the app.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PAPER_SIZES, type PaperSize } from '../../shared/document/paper';
import { PRINT_FORMS } from '../../shared/domain/handling';

type PrintForm = (typeof PRINT_FORMS)[number];
import { writeFileAtomic } from '../shell/atomicFile';
import { openAppContext } from '../context';
import { printHandlingForm } from '../incoming/print';
import { CliUsageError, requireDb, type CliCommand } from './args';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const printCommand: CliCommand = {
  name: 'print',
  summary: 'In sổ đăng ký văn bản đến, sổ theo dõi giải quyết hoặc phiếu giải quyết (PDF)',
  usage: 'vanthu print --db ĐƯỜNG_DẪN --form so-den|theo-doi|phieu [--id N] [--year NĂM | --from YYYY-MM-DD --to YYYY-MM-DD] [--paper A4|A3] --out TỆP.pdf',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, form: { type: 'string' }, id: { type: 'string' }, year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, paper: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    });
    const dbFile = requireDb(values.db);
    const form = values.form as PrintForm | undefined;
    if (!form || !PRINT_FORMS.includes(form)) throw new CliUsageError(`--form chỉ nhận ${PRINT_FORMS.join(', ')}.`);
    if (!values.out) throw new CliUsageError('Thiếu --out TỆP.pdf.');
    const id = values.id === undefined ? undefined : Number(values.id);
    if (form === 'phieu' && (id === undefined || !Number.isInteger(id) || id < 1)) throw new CliUsageError('Phiếu giải quyết cần --id của văn bản đến.');
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2999)) throw new CliUsageError('--year phải là một năm, ví dụ 2026.');
    for (const [k, v] of [['--from', values.from], ['--to', values.to]] as const) if (v !== undefined && !ISO.test(v)) throw new CliUsageError(`${k} phải có dạng YYYY-MM-DD.`);
    if ((values.from === undefined) !== (values.to === undefined)) throw new CliUsageError('Cần cả --from và --to.');
    const paper = values.paper?.toUpperCase() as PaperSize | undefined;
    if (paper !== undefined && !PAPER_SIZES.includes(paper)) throw new CliUsageError(`--paper chỉ nhận ${PAPER_SIZES.join(' hoặc ')}.`);
    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      const r = await printHandlingForm(ctx.services.handling, ctx.services.profile, { form, id, year, from: values.from, to: values.to, paper }, ctx.services.clock());
      writeFileAtomic(path.resolve(values.out), r.pdf);
      io.stdout(`Đã in ${r.rows} văn bản, ${r.pages} trang → ${values.out}\n`);
      return 0;
    } finally {
      ctx.close();
    }
  },
};
