// Parser and importer speed: metadata from text (every parse fixture), a 10-page DOCX and a
// 10-page PDF end to end (bytes → text → metadata) in this process. Run from the repository root.
import fs from 'node:fs';
import path from 'node:path';
import { readDocumentBytes } from '../../electron/importer/read';
import { extractMetadata } from '../../shared/parse';
import type { BenchPart, BenchRow } from './index';

const dir = path.resolve('test/fixtures/parse');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time, plus median CPU time: on a shared machine the CPU figure shows the real cost. */
async function timeRuns(n: number, f: () => unknown | Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await f(); // warm-up (module loading, JIT)
  const xs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await f();
    xs.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(xs), cpu: median(cpu) };
}

export const parseBench: BenchPart = {
  name: 'parse',
  async run(): Promise<BenchRow[]> {
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const perDoc = (await timeRuns(30, () => texts.forEach((t) => extractMetadata(t)))).wall;
    const docx = new Uint8Array(fs.readFileSync(path.join(dir, 'office/bench-10-pages.docx')));
    const pdf = new Uint8Array(fs.readFileSync(path.join(dir, 'office/bench-10-pages.pdf')));
    const docx10 = await timeRuns(20, () => readDocumentBytes(docx, 'bench.docx'));
    const pdf10 = await timeRuns(20, () => readDocumentBytes(pdf, 'bench.pdf'));
    const perText = perDoc / texts.length;
    const [docxMs, pdfMs] = [docx10.wall, pdf10.wall];
    return [
      { name: `văn bản → trường (${texts.length} mẫu, trung vị/văn bản)`, value: perText, unit: 'ms', target: '≤ 5 ms', ok: perText <= 5 },
      { name: 'DOCX 10 trang → chữ + trường', value: docxMs, unit: 'ms', target: '≤ 100 ms', ok: docxMs <= 100 },
      { name: 'PDF 10 trang → chữ + trường', value: pdfMs, unit: 'ms', target: '≤ 300 ms', ok: pdfMs <= 300 },
      { name: '  (thời gian CPU: DOCX)', value: docx10.cpu, unit: 'ms' },
      { name: '  (thời gian CPU: PDF)', value: pdf10.cpu, unit: 'ms' },
    ];
  },
};
