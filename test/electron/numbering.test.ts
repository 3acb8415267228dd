import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { build, type PluginBuild } from 'esbuild';
import { officeProfileInputSchema, SAMPLE_PROFILES, type OfficeProfileInput } from '../../shared/domain/profile';
import { issueInputSchema } from '../../shared/domain/outgoing';
import { openAppContext, type AppContext } from '../../electron/context';
import { copyDatabase } from '../../electron/backup/service';
import { tempDir } from '../helpers/tmp';

const root = path.resolve(__dirname, '../..');
const workerOut = path.join(root, 'build/test/numbering-worker.mjs');

const quan1 = (): OfficeProfileInput => {
  const { key: _k, label: _l, ...p } = SAMPLE_PROFILES[0]!;
  return p;
};

function open(profile: OfficeProfileInput | null = quan1(), now = '2023-07-12T08:00:00Z') {
  const dir = tempDir();
  const dbFile = path.join(dir, 'vanthu.sqlite');
  const ctx = openAppContext({ dataDir: dir, dbFile, clock: () => new Date(now) });
  if (profile) ctx.services.profile.save(officeProfileInputSchema.parse(profile));
  return Object.assign(ctx, { dbFile });
}
const issue = (ctx: AppContext, input: Record<string, unknown>) => ctx.services.outgoing.issue(issueInputSchema.parse({ subject: 'Trích yếu', ...input }));

describe('numbering rules', () => {
  it('Party: one series per type within a term; a new term restarts from 01', async () => {
    const ctx = open();
    expect((await issue(ctx, { typeCode: 'CV' })).symbol).toBe('01-CV/BTGQU');
    expect((await issue(ctx, { typeCode: 'CV' })).symbol).toBe('02-CV/BTGQU');
    expect((await issue(ctx, { typeCode: 'KH' })).symbol).toBe('01-KH/BTGQU');
    expect((await issue(ctx, { typeCode: 'CV', date: '2021-03-01' })).symbol).toBe('03-CV/BTGQU'); // same term, other year: continues
    // Dates outside every term are refused with a clear message, nothing written.
    await expect(issue(ctx, { typeCode: 'CV', date: '2019-05-05' })).rejects.toThrow(/không có hồ sơ cơ quan có hiệu lực|không thuộc nhiệm kỳ/i);
    const p = quan1();
    ctx.services.profile.save(officeProfileInputSchema.parse({ ...p, validTo: null, terms: [{ ...p.terms![0]!, end: '2025-06-30' }, { name: 'XIII', start: '2025-07-01', end: null }] }));
    expect((await issue(ctx, { typeCode: 'CV', date: '2025-07-02' })).symbol).toBe('01-CV/BTGQU');
    expect((await issue(ctx, { typeCode: 'CV', date: '2025-06-30' })).symbol).toBe('04-CV/BTGQU'); // back-dated: the old term's series
    const counters = ctx.services.outgoing.counters.list();
    expect(counters.map((c) => [c.typeCode, c.period, c.nextSerial])).toEqual(
      expect.arrayContaining([
        ['CV', 'term:2020-10-01', 5],
        ['KH', 'term:2020-10-01', 2],
        ['CV', 'term:2025-07-01', 2],
      ]),
    );
    ctx.close();
  });

  it('State: one series per issuer per calendar year across all types', async () => {
    const ctx = open({ ...quan1(), issuerCode: 'UBND', numberingPolicy: 'state' });
    expect((await issue(ctx, { typeCode: 'CV', date: '2023-12-30' })).symbol).toBe('01/UBND');
    expect((await issue(ctx, { typeCode: 'QĐ', date: '2023-12-31' })).symbol).toBe('02/QĐ-UBND');
    expect((await issue(ctx, { typeCode: 'CV', date: '2024-01-02' })).symbol).toBe('01/UBND');
    expect((await issue(ctx, { typeCode: 'KH', date: '2024-01-03' })).numberLine).toBe('Số: 02/KH-UBND');
    expect(ctx.services.outgoing.counters.list().map((c) => [c.typeCode, c.period])).toEqual([
      ['', 'year:2024'],
      ['', 'year:2023'],
    ]);
    ctx.close();
  });

  it('secret documents take their own series', async () => {
    const ctx = open();
    expect((await issue(ctx, { typeCode: 'CV' })).serial).toBe(1);
    expect((await issue(ctx, { typeCode: 'CV', secrecy: 'Mật' })).serial).toBe(1);
    expect((await issue(ctx, { typeCode: 'CV', secrecy: 'Tối mật' })).serial).toBe(2);
    expect((await issue(ctx, { typeCode: 'CV' })).serial).toBe(2);
    expect(ctx.services.outgoing.peekNumber({ typeCode: 'CV', secret: true }).serial).toBe(3);
    ctx.close();
  });

  it('a start value is honoured; it can never go back over an issued number', async () => {
    const ctx = open();
    const c = ctx.services.outgoing.counters.setNext({ typeCode: 'CV', secret: false, next: 65 });
    expect(c).toMatchObject({ nextSerial: 65, issuedCount: 0, typeCode: 'CV', issuerCode: 'BTGQU' });
    expect(ctx.services.outgoing.peekNumber({ typeCode: 'CV', secret: false }).symbol).toBe('65-CV/BTGQU');
    expect((await issue(ctx, { typeCode: 'CV' })).symbol).toBe('65-CV/BTGQU');
    expect((await issue(ctx, { typeCode: 'CV' })).symbol).toBe('66-CV/BTGQU');
    expect(() => ctx.services.outgoing.counters.setNext({ typeCode: 'CV', secret: false, next: 66 })).toThrow(/đã cấp đến số 66/);
    expect(() => ctx.services.outgoing.counters.setNext({ typeCode: 'CV', secret: false, next: 3 })).toThrow(/từ 67 trở lên/);
    ctx.services.outgoing.counters.setNext({ typeCode: 'CV', secret: false, next: 80 });
    expect((await issue(ctx, { typeCode: 'CV' })).symbol).toBe('80-CV/BTGQU');
    // Through the dispatcher too, with input validation.
    const bad = await ctx.dispatch('counters:setNext', { typeCode: 'CV', next: 0 });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    const ok = await ctx.dispatch('counters:setNext', { typeCode: 'KH', next: 12 });
    expect(ok.ok && (ok.value as { nextSerial: number }).nextSerial).toBe(12);
    expect(ctx.services.db.prepare("SELECT count(*) n FROM audit_log WHERE entity = 'counter'").get()).toEqual({ n: 3 });
    ctx.close();
  });

  it('rendering: files are stored with sha256; a failed render consumes nothing; a number taken meanwhile is re-rendered', async () => {
    const ctx = open();
    const { createOutgoingService } = await import('../../electron/outgoing/service');
    const s = ctx.services;
    const rendered: string[] = [];
    let failNext = false;
    let raceOnce = false;
    const svc = createOutgoingService({
      db: s.db,
      clock: s.clock,
      profile: s.profile,
      render: () => async (req) => {
        rendered.push(req.number.symbol);
        if (failNext) throw new Error('font missing');
        if (raceOnce) {
          raceOnce = false;
          // Another window takes the number while this one renders.
          const other = openAppContext({ dataDir: path.dirname(ctx.dbFile), dbFile: ctx.dbFile, clock: s.clock });
          await other.services.outgoing.issue(issueInputSchema.parse({ typeCode: 'CV', subject: 'Cửa sổ khác' }));
          other.close();
        }
        return { docx: new TextEncoder().encode(`docx ${req.number.symbol}`), pdf: new TextEncoder().encode(`pdf ${req.number.symbol} ${req.templateId}`) };
      },
    });
    const input = issueInputSchema.parse({ typeCode: 'CV', subject: 'Có tệp', templateId: 'forwarding-letter', templateData: { body: 'x' } });
    const a = await svc.issue(input);
    expect(a.files.map((f) => [f.kind, f.fileName])).toEqual([
      ['docx', '01-CV-BTGQU.docx'],
      ['pdf', '01-CV-BTGQU.pdf'],
    ]);
    expect(a.files[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await ctx.dispatch('outgoing:file', { id: a.id, kind: 'pdf' });
    expect(pdf.ok && Buffer.from((pdf.value as { dataBase64: string }).dataBase64, 'base64').toString()).toBe('pdf 01-CV/BTGQU forwarding-letter');

    failNext = true;
    const auditBefore = s.db.prepare('SELECT count(*) n FROM audit_log').get();
    await expect(svc.issue(input)).rejects.toThrow(/Chưa cấp số/);
    failNext = false;
    expect(s.db.prepare('SELECT count(*) n FROM outgoing_document').get()).toEqual({ n: 1 });
    expect(s.db.prepare('SELECT count(*) n FROM audit_log').get()).toEqual(auditBefore);
    expect(svc.peekNumber({ typeCode: 'CV', secret: false }).serial).toBe(2);

    raceOnce = true;
    const c = await svc.issue(input);
    expect(c.symbol).toBe('03-CV/BTGQU'); // 02 went to the other window
    expect(rendered.slice(-2)).toEqual(['02-CV/BTGQU', '03-CV/BTGQU']);
    const docx = await ctx.dispatch('outgoing:file', { id: c.id, kind: 'docx' });
    expect(docx.ok && Buffer.from((docx.value as { dataBase64: string }).dataBase64, 'base64').toString()).toBe('docx 03-CV/BTGQU');
    const none = await ctx.dispatch('outgoing:file', { id: 2, kind: 'pdf' });
    expect(!none.ok && none.error.code).toBe('NOT_FOUND');
    ctx.close();
  });
});

describe('two processes issuing at once', () => {
  beforeAll(async () => {
    const raw = {
      name: 'raw',
      setup(b: PluginBuild) {
        b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: path.resolve(a.resolveDir, a.path.replace(/\?raw$/, '')), namespace: 'raw' }));
        b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: fs.readFileSync(a.path, 'utf8'), loader: 'text' }));
      },
    };
    await build({ entryPoints: [path.join(root, 'test/electron/numbering-worker.ts')], outfile: workerOut, bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external', plugins: [raw], logLevel: 'warning' });
  });

  it('2 × 500 numbers → 1000 distinct, contiguous numbers, both processes interleaved', async () => {
    const ctx = open();
    const dbFile = ctx.dbFile;
    ctx.close();
    const run = (tag: string) => {
      const child = spawn(process.execPath, [workerOut, dbFile, '500', tag], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const ready = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => ((out += d.toString()), out.includes('ready\n') && resolve())));
      const done = new Promise<number[]>((resolve, reject) =>
        child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as number[]) : reject(new Error(`worker ${tag} exited ${code}: ${err}`)))),
      );
      return { child, ready, done };
    };
    const a = run('A');
    const b = run('B');
    await Promise.all([a.ready, b.ready]);
    a.child.stdin.write('go\n');
    b.child.stdin.write('go\n');
    const [sa, sb] = await Promise.all([a.done, b.done]);
    expect(sa).toHaveLength(500);
    expect(sb).toHaveLength(500);
    const all = [...sa, ...sb].sort((x, y) => x - y);
    expect(new Set(all).size).toBe(1000);
    expect(all[0]).toBe(1);
    expect(all[999]).toBe(1000);
    // They really ran at the same time: neither got one solid block.
    expect(Math.max(Math.min(...sa), Math.min(...sb))).toBeLessThan(Math.min(Math.max(...sa), Math.max(...sb)));
    const check = openAppContext({ dataDir: path.dirname(dbFile), dbFile });
    const db = check.services.db;
    expect(db.prepare('SELECT count(*) n, count(DISTINCT serial) d, min(serial) lo, max(serial) hi FROM outgoing_document').get()).toEqual({ n: 1000, d: 1000, lo: 1, hi: 1000 });
    expect(db.prepare('SELECT next_serial FROM number_counter').get()).toEqual({ next_serial: 1001 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 120_000);

  it('SIGKILL in the middle of issuing (with files): integrity ok, no half-written record, no lost or reused number; a backup taken meanwhile is consistent', async () => {
    const ctx = open();
    const dbFile = ctx.dbFile;
    ctx.close();
    const child = spawn(process.execPath, [workerOut, dbFile, '100000', 'K', 'files'], { stdio: ['pipe', 'pipe', 'pipe'] });
    onTestFinished(() => void child.kill('SIGKILL'));
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Wait for a line from the worker; if it dies instead, fail with what it printed rather than hang.
    const seen = (re: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => re.test(out) && (child.stdout.off('data', check), resolve());
        child.stdout.on('data', check);
        check();
        void exited.then((code) => reject(new Error(`worker exited (${code}) before ${re}: ${err}`)));
      });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await seen(/ready\n/);
    child.stdin.write('go\n');
    await seen(/n 40\n/);
    // An online backup from another process while the writer runs.
    const live = openAppContext({ dataDir: path.dirname(dbFile), dbFile });
    const backup = path.join(tempDir(), 'during.sqlite');
    try {
      await copyDatabase(live.services.db, backup);
    } finally {
      live.close();
    }
    await seen(/n 80\n/);
    child.kill('SIGKILL');
    await exited;
    for (const file of [dbFile, backup]) {
      const c = openAppContext({ dataDir: path.dirname(file), dbFile: file });
      const db = c.services.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const docs = db.prepare('SELECT count(*) n, min(serial) lo, max(serial) hi FROM outgoing_document').get() as { n: number; lo: number; hi: number };
      expect(docs.n).toBeGreaterThan(file === dbFile ? 80 : 40);
      expect([docs.lo, docs.hi]).toEqual([1, docs.n]);
      expect(db.prepare('SELECT next_serial FROM number_counter').get()).toEqual({ next_serial: docs.n + 1 });
      // Every record has both of its files, and every file has its record.
      expect(db.prepare('SELECT count(*) n FROM outgoing_file').get()).toEqual({ n: docs.n * 2 });
      expect(db.prepare('SELECT count(*) n FROM outgoing_document d WHERE (SELECT count(*) FROM outgoing_file f WHERE f.outgoing_id = d.id) <> 2').get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) n FROM audit_log WHERE entity = 'outgoing'").get()).toEqual({ n: docs.n });
      c.close();
    }
  }, 120_000);
});
