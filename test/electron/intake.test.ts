// Issue 11, defects 2 and 5: the same circular registered through the app's intake (importer:extract →
// review mapping → incoming:create) and through `vanthu import` gives the same record — with what the
// parser read kept whole — and the second registration is refused as a duplicate.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import type { IncomingRecord } from '../../shared/domain/incoming';
import type { ApiOutput } from '../../shared/ipc/contract';
import { intakeFromExtraction } from '../../shared/domain/intake';
import { tempDir } from '../helpers/tmp';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'build/cli.mjs');
const fixture = path.join(root, 'test/fixtures/intake/cv-3080-btgtu.txt');
const ARRIVAL = '2026-03-05';

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'electron/scripts/build.mjs'), '--node'], { cwd: root, stdio: 'pipe' });
}, 60_000);

const cliImport = (db: string) => {
  const r = spawnSync(process.execPath, [cli, 'import', fixture, '--db', db, '--json', '--arrival-date', ARRIVAL], { encoding: 'utf8', cwd: root });
  return { status: r.status, json: JSON.parse(r.stdout) as { imported: { id: number }[]; skipped: { code: string }[] } };
};

/** The app's path: what ImportDialog does with a pasted text (renderer/pages/incoming/review.ts maps through intakeFromExtraction). */
async function appIntake(ctx: AppContext, allowDuplicate = false) {
  const ex = await ctx.dispatch('importer:extract', { text: fs.readFileSync(fixture, 'utf8') });
  if (!ex.ok) throw new Error(ex.error.message);
  const r = ex.value as ApiOutput<'importer:extract'>;
  return ctx.dispatch('incoming:create', { ...intakeFromExtraction(r.metadata, r.text, ARRIVAL), attachments: [], allowDuplicate });
}

const comparable = (r: IncomingRecord) => {
  const { id: _i, createdAt: _c, updatedAt: _u, attachments: _a, ...rest } = r;
  return rest;
};

describe('one intake mapping for the app and the CLI', () => {
  it('stores the same record both ways and refuses the second as a duplicate, in either order', async () => {
    const dirA = tempDir();
    const dbA = path.join(dirA, 'a.sqlite');
    // App first, then the CLI.
    let ctx = openAppContext({ dataDir: dirA, dbFile: dbA });
    const viaApp = await appIntake(ctx);
    expect(viaApp.ok).toBe(true);
    const appRecord = viaApp.ok ? (viaApp.value as IncomingRecord) : null;
    ctx.close();
    const second = cliImport(dbA);
    expect(second.status).toBe(1);
    expect(second.json.skipped.map((s) => s.code)).toEqual(['CONFLICT']);

    // CLI first, then the app.
    const dirB = tempDir();
    const dbB = path.join(dirB, 'b.sqlite');
    const first = cliImport(dbB);
    expect(first.status).toBe(0);
    ctx = openAppContext({ dataDir: dirB, dbFile: dbB });
    try {
      const again = await appIntake(ctx);
      expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT');
      const cliRecord = ctx.services.incoming.get(first.json.imported[0]!.id);
      expect(comparable(cliRecord)).toEqual(comparable(appRecord!));
    } finally {
      ctx.close();
    }
  });

  it('keeps what the parser read: parent body, codes, serial, addressees, distribution, signer and confidence', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite') });
    try {
      const res = await appIntake(ctx);
      if (!res.ok) throw new Error(res.error.message);
      const rec = ctx.services.incoming.get((res.value as IncomingRecord).id);
      expect(rec.issuer).toBe('Ban Tuyên giáo Thành ủy');
      expect(rec.parsed).toMatchObject({
        parentBody: 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH',
        issuerLine: 'BAN TUYÊN GIÁO',
        issuerCode: 'BTGTU',
        serial: 3080,
        place: 'Thành phố Hồ Chí Minh',
        signerName: 'Phan Nguyễn Như Khuê',
        signingAuthority: 'K/T TRƯỞNG BAN',
      });
      expect(rec.parsed!.addressees).toHaveLength(2);
      expect(rec.parsed!.distribution[0]).toMatch(/^Như trên/);
      expect(rec.parsed!.confidence.number).toBeGreaterThan(0.5);
      // A record typed by hand has no parse result, and says so.
      const typed = await ctx.dispatch('incoming:create', { arrivalDate: ARRIVAL, number: '1-CV/X', issuer: 'Văn phòng', subject: 'gõ tay' });
      expect(typed.ok && (typed.value as IncomingRecord).parsed).toBeNull();
    } finally {
      ctx.close();
    }
  });

  it('clips an over-long trích yếu the same way for both entry points (at a word, marked with …)', async () => {
    const { extractMetadata } = await import('../../shared/parse');
    const long = fs.readFileSync(fixture, 'utf8').replace(/V\/v gửi tài liệu/, `V/v ${'rất dài '.repeat(400)}gửi tài liệu`);
    const i = intakeFromExtraction(extractMetadata(long), long, ARRIVAL);
    expect(i.subject.length).toBeLessThanOrEqual(2000);
    expect(i.subject.endsWith('…')).toBe(true);
  });
});
