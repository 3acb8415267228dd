// Document engine speed: the demo Thông báo nhanh rendered in this process (DOCX and PDF), and a
// whole-process comparison of `vanthu render --out x.pdf` with LibreOffice converting the same
// DOCX to PDF. Run from the repository root after a build (npm run bench builds first).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFonts } from '../../electron/documents/fonts';
import { getFormatProfile } from '../../shared/format';
import { renderDocx } from '../../shared/render/docx';
import { renderPdf } from '../../shared/render/pdf';
import { buildSpec, parseTemplate } from '../../shared/templates';
import type { BenchPart, BenchRow } from './index';

const RUNS = 25;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time and median CPU time (user + system) of n runs after one warm-up, in ms. */
async function timeRuns(n: number, f: () => unknown | Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await f(); // warm-up (module loading, JIT, font parsing)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await f();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const GNU_TIME = '/usr/bin/time';

/** Wall time of a whole process in ms, and its CPU time (with children) when GNU time exists. */
function timeProcess(cmd: string, args: string[]): { wall: number; cpu: number | null } {
  const useTime = fs.existsSync(GNU_TIME);
  const cpuFile = path.join(os.tmpdir(), `vanthu-bench-cpu-${process.pid}.txt`);
  const t = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args], { stdio: 'ignore', timeout: 180_000 })
    : spawnSync(cmd, args, { stdio: 'ignore', timeout: 180_000 });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} thất bại (mã ${r.status})`);
  let cpu: number | null = null;
  if (useTime) {
    const [u, s] = fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number);
    cpu = ((u ?? 0) + (s ?? 0)) * 1000;
    fs.rmSync(cpuFile, { force: true });
  }
  return { wall, cpu };
}

const hasTool = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

export const documentsBench: BenchPart = {
  name: 'documents',
  async run(): Promise<BenchRow[]> {
    const dataFile = path.resolve('templates/demo/thong-bao-nhanh-hoi-nghi-21.json');
    const template = parseTemplate(JSON.parse(fs.readFileSync('templates/quick-report.json', 'utf8')));
    const data: unknown = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
    const profile = getFormatProfile();
    const fonts = loadFonts();
    const now = new Date('2023-07-12T01:00:00Z');
    const spec = buildSpec(template, data, getFormatProfile());
    const docxMs = await timeRuns(RUNS, () => renderDocx(spec, profile, undefined, now));
    const pdfMs = await timeRuns(RUNS, () => renderPdf(spec, profile, fonts, now));
    // CPU time is shown too: on a shared machine the wall time mostly measures waiting for a core.
    const rows: BenchRow[] = [
      { name: `Thông báo nhanh → DOCX (trung vị ${RUNS} lần)`, value: docxMs.wall, unit: 'ms', target: '≤ 40 ms', ok: docxMs.wall <= 40 },
      { name: '  … thời gian CPU', value: docxMs.cpu, unit: 'ms' },
      { name: `Thông báo nhanh → PDF (trung vị ${RUNS} lần)`, value: pdfMs.wall, unit: 'ms', target: '≤ 80 ms', ok: pdfMs.wall <= 80 },
      { name: '  … thời gian CPU', value: pdfMs.cpu, unit: 'ms' },
    ];

    if (!hasTool('libreoffice') || !fs.existsSync('build/cli.mjs')) {
      console.log('(bỏ qua so sánh với LibreOffice: thiếu libreoffice hoặc build/cli.mjs)');
      return rows;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-doc-'));
    const loProfile = `file://${path.join(dir, 'lo-profile')}`;
    const docx = path.join(dir, 'tbn.docx');
    fs.writeFileSync(docx, await renderDocx(spec, profile, undefined, now));
    const lo = ['-env:UserInstallation=' + loProfile, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), docx];
    const ours = ['build/cli.mjs', 'render', '--template', 'quick-report', '--data', dataFile, '--out', path.join(dir, 'x.pdf')];
    // One untimed run each: LibreOffice creates its profile folder, Node fills its compile cache.
    timeProcess('libreoffice', lo);
    timeProcess(process.execPath, ours);
    const oursRuns = [0, 1, 2].map(() => timeProcess(process.execPath, ours));
    const loRuns = [0, 1, 2].map(() => timeProcess('libreoffice', lo));
    fs.rmSync(dir, { recursive: true, force: true });
    const oursMs = median(oursRuns.map((r) => r.wall));
    const loMs = median(loRuns.map((r) => r.wall));
    const ratio = loMs / oursMs;
    rows.push(
      { name: 'vanthu render --out x.pdf (cả tiến trình, trung vị 3)', value: oursMs, unit: 'ms' },
      { name: 'libreoffice --convert-to pdf cùng DOCX (trung vị 3)', value: loMs, unit: 'ms' },
      { name: 'nhanh hơn LibreOffice', value: ratio, unit: 'lần', target: '≥ 5×', ok: ratio >= 5 },
    );
    if (oursRuns.every((r) => r.cpu !== null) && loRuns.every((r) => r.cpu !== null)) {
      const oc = median(oursRuns.map((r) => r.cpu!));
      const lc = median(loRuns.map((r) => r.cpu!));
      rows.push(
        { name: '  … CPU vanthu render', value: oc, unit: 'ms' },
        { name: '  … CPU LibreOffice', value: lc, unit: 'ms' },
        { name: '  … tỉ lệ theo CPU', value: lc / oc, unit: 'lần' },
      );
    }
    return rows;
  },
};
