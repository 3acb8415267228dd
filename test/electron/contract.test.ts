// Contract completeness and input hardening for EVERY channel, including ones added later:
// each channel has a handler, is exercised by some test, and refuses generated invalid inputs
// with VALIDATION while the database stays byte-for-byte the same (checksum of every table's rows).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../../electron/shell/moveData';
import { openAppContext, type AppContext } from '../../electron/context';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { channels, contract, splitChannel, type Channel } from '../../shared/ipc/contract';
import { invalidInputs } from '../helpers/invalidInputs';
import { tempDir } from '../helpers/tmp';

/** Valid inputs for channels whose schema the generator cannot satisfy (regex-shaped strings). */
const SAMPLE_HINTS: Partial<Record<Channel, unknown>> = {
  'backup:restore': { fileName: 'vanthu-2024-01-01-manual.sqlite' },
  'handling:instruct': { id: 1, instruction: 'Triển khai', instructionDate: '2026-03-05' },
};

let ctx: AppContext;
let before: string;
const seen = new Set<Channel>();

beforeAll(async () => {
  ctx = openAppContext({ dataDir: tempDir() });
  const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
  expect((await ctx.dispatch('profile:save', profile)).ok).toBe(true);
  before = databaseChecksum(ctx.services.db);
});
afterAll(() => ctx?.close());

describe('contract completeness', () => {
  it('has channels named domain:verb', () => {
    expect(channels.length).toBeGreaterThan(5);
    for (const c of channels) expect(c).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
  });

  it('gives every channel a handler (the dispatcher refuses to build otherwise)', () => {
    const handlers = createHandlers(ctx.services) as unknown as Record<string, Record<string, unknown>>;
    for (const c of channels) {
      const [d, v] = splitChannel(c);
      expect(typeof handlers[d]?.[v], c).toBe('function');
    }
    const broken = { ...handlers, [splitChannel(channels[0]!)[0]]: {} };
    expect(() => createDispatcher(broken as unknown as ReturnType<typeof createHandlers>)).toThrow(/No handler/);
  });

  it('uses strict object schemas at the top level of every input', () => {
    for (const c of channels) {
      const r = contract[c].input.safeParse(JSON.parse('{"zzUnknownKey": 1}'));
      expect(r.success, `${c} accepts unknown keys`).toBe(false);
    }
  });

  it('has a test that calls each channel besides this generic one', () => {
    const files: { file: string; text: string }[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.test\.tsx?$/.test(e.name) && !p.endsWith(path.join('electron', 'contract.test.ts'))) files.push({ file: path.relative('test', p).toLowerCase(), text: fs.readFileSync(p, 'utf8') });
      }
    };
    walk(path.resolve('test'));
    // Called by name anywhere, or by verb in a test file named after the domain (service-level tests).
    const untested = channels.filter((c) => {
      const [d, v] = splitChannel(c);
      return !files.some(
        ({ file, text }) =>
          text.includes(`'${c}'`) || text.includes(`"${c}"`) || new RegExp(`\\b${d}\\.${v}\\(`).test(text) || (file.includes(d.toLowerCase()) && new RegExp(`[.\\s]${v}\\(`).test(text)),
      );
    });
    expect(untested, 'channels no test calls').toEqual([]);
  });
});

describe('every channel refuses invalid input with VALIDATION and changes nothing', () => {
  it.each(channels)('%s', async (channel) => {
    seen.add(channel);
    const schema = contract[channel].input;
    const { sample, mutations } = invalidInputs(schema, SAMPLE_HINTS[channel]);
    // Without a valid sample the field-level mutations cannot be built: add a hint above.
    expect(sample, `no valid sample for ${channel}; add SAMPLE_HINTS`).toBeDefined();
    const problems: string[] = [];
    let sent = 0;
    for (const m of mutations) {
      if (schema.safeParse(m.input).success) {
        if (m.mustReject) problems.push(`schema accepts ${m.label} (bound it or use z.strictObject)`);
        continue;
      }
      const r = await ctx.dispatch(channel, m.input);
      sent++;
      if (r.ok || r.error.code !== 'VALIDATION') problems.push(`${m.label}: ${JSON.stringify(r).slice(0, 200)}`);
      else if (!r.error.message || /\bat .*:\d+:\d+/.test(JSON.stringify(r.error))) problems.push(`${m.label}: bad error shape`);
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(8);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('left the database unchanged and Object.prototype clean', () => {
    expect(seen.size).toBe(channels.length);
    expect(databaseChecksum(ctx.services.db)).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
