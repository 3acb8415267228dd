// Start-up with a corrupt database: never overwritten; the latest backup is offered and restored on request.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWithRecovery } from '../../electron/startup/dataFolder';
import { openAppContext } from '../../electron/context';
import { DbCorruptError } from '../../electron/db/open';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

const { key: _k, label: _l, ...sample } = SAMPLE_PROFILES[0]!;

async function corruptFolderWithBackup(withBackup: boolean) {
  const dir = tempDir();
  const ctx = openAppContext({ dataDir: dir });
  expect((await ctx.dispatch('profile:save', sample)).ok).toBe(true);
  if (withBackup) expect((await ctx.dispatch('backup:create', {})).ok).toBe(true);
  ctx.services.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.close();
  const file = path.join(dir, 'vanthu.sqlite');
  const bytes = fs.readFileSync(file);
  bytes.fill(0x77, 8192, bytes.length);
  fs.writeFileSync(file, bytes);
  return { dir, file, bytes };
}

describe('openWithRecovery', () => {
  it('asks, then restores the latest backup and keeps the corrupt file aside', async () => {
    const { dir, file, bytes } = await corruptFolderWithBackup(true);
    const asked: string[] = [];
    const ctx = await openWithRecovery({ dataDir: dir }, async (info) => {
      asked.push(info.problem);
      return true;
    });
    expect(asked[0]).toMatch(/bị hỏng/);
    expect(ctx.services.profile.get()?.issuerCode).toBe('BTGQU');
    ctx.close();
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('vanthu.sqlite.hong-') && !/-(wal|shm)$/.test(f));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!)).equals(bytes)).toBe(true);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('changes nothing when the user declines, or when there is no backup', async () => {
    for (const withBackup of [true, false]) {
      const { dir, file, bytes } = await corruptFolderWithBackup(withBackup);
      let asked = false;
      await expect(
        openWithRecovery({ dataDir: dir }, async () => {
          asked = true;
          return false;
        }),
      ).rejects.toBeInstanceOf(DbCorruptError);
      expect(asked).toBe(withBackup);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    }
  });
});
