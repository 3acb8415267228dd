// Test-only worker (bundled by numbering.test.ts): issues N outgoing numbers through the real
// service on its own connection, starting when the parent writes "go" on stdin.
import path from 'node:path';
import { openAppContext } from '../../electron/context';
import { issueInputSchema } from '../../shared/domain/outgoing';

const [dbFile, count, tag] = process.argv.slice(2) as [string, string, string];
const ctx = openAppContext({ dataDir: path.dirname(dbFile), dbFile, clock: () => new Date('2023-07-12T08:00:00Z') });
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  const serials: number[] = [];
  for (let i = 0; i < Number(count); i++) {
    const d = await ctx.services.outgoing.issue(issueInputSchema.parse({ typeCode: 'CV', subject: `${tag} ${i}` }));
    serials.push(d.serial);
  }
  ctx.close();
  process.stdout.write(JSON.stringify(serials) + '\n');
  process.exit(0);
});
