import path from 'node:path';
import { parseArgs } from 'node:util';
import { officeProfileInputSchema, SAMPLE_PROFILES } from '../../shared/domain/profile';
import { openAppContext } from '../context';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

export const profileCommand: CliCommand = {
  name: 'profile',
  summary: 'Xem hồ sơ cơ quan, hoặc thiết lập từ hồ sơ mẫu',
  usage: 'vanthu profile --db ĐƯỜNG_DẪN [--sample MÃ_MẪU] [--json]\n  Mẫu: ' + SAMPLE_PROFILES.map((s) => s.key).join(', '),
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, sample: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const dbFile = requireDb(values.db);
    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      if (values.sample) {
        const sample = SAMPLE_PROFILES.find((s) => s.key === values.sample);
        if (!sample) throw new CliUsageError(`Không có hồ sơ mẫu "${values.sample}". Các mẫu: ${SAMPLE_PROFILES.map((s) => s.key).join(', ')}.`);
        const { key: _k, label: _l, ...input } = sample;
        ctx.services.profile.save(officeProfileInputSchema.parse(input));
      }
      const p = ctx.services.profile.get();
      if (values.json) printJson(io, p);
      else if (!p) io.stdout('Chưa có hồ sơ cơ quan. Dùng --sample để thiết lập.\n');
      else io.stdout(`${p.parentBody}\n${p.issuer}\nKý hiệu: ${p.issuerCode} — Địa danh: ${p.place}\n`);
    } finally {
      ctx.close();
    }
  },
};
