// Test-only worker (bundled by numbering.test.ts): issues N outgoing numbers through the real
// service on its own connection, starting when the parent writes "go" on stdin. With "files", each
// document also stores a DOCX and a PDF blob (fake renderer), so transactions are longer.
import path from 'node:path';
import { openAppContext } from '../../electron/context';
import { createOutgoingService } from '../../electron/outgoing/service';
import { issueInputSchema } from '../../shared/domain/outgoing';

const [dbFile, count, tag, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
const ctx = openAppContext({ dataDir: path.dirname(dbFile), dbFile, clock: () => new Date('2023-07-12T08:00:00Z') });
const s = ctx.services;
const blob = (label: string) => new TextEncoder().encode(label.padEnd(64 * 1024, '.'));
const outgoing =
  mode === 'files'
    ? createOutgoingService({ db: s.db, clock: s.clock, profile: s.profile, render: () => (req) => ({ docx: blob(`docx ${req.number.symbol}`), pdf: blob(`pdf ${req.number.symbol}`) }) })
    : s.outgoing;
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  const serials: number[] = [];
  for (let i = 0; i < Number(count); i++) {
    const d = await outgoing.issue(issueInputSchema.parse({ typeCode: 'CV', subject: `${tag} ${i}`, templateId: mode === 'files' ? 't' : null }));
    serials.push(d.serial);
    if (i % 10 === 0) process.stdout.write(`n ${i}\n`);
  }
  ctx.close();
  process.stdout.write(JSON.stringify(serials) + '\n');
  process.exit(0);
});
