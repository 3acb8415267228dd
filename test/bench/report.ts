// Thông báo nhanh assistant: facts + draft from 5 articles of ~10 KB each, in one process.
import fs from 'node:fs';
import path from 'node:path';
import { draftReport } from '../../shared/report/report';
import type { BenchPart } from './index';

const dir = path.resolve('test/fixtures/report');
const FILES = ['tbn-hcm-21-2023.txt', 'news-khoi-dan-chinh-dang-2021.txt', 'news-haiphong-midterm-2023.txt', 'news-hcmc-conference-31-2024.txt', 'news-hcmc-midterm-2023.txt'];
const TARGET_BYTES = 10 * 1024;

/** A source cut (or repeated) to ~10 KB at a line boundary. */
function tenKb(text: string): string {
  let t = text;
  while (new TextEncoder().encode(t).length < TARGET_BYTES) t += '\n' + text;
  const lines = t.split('\n');
  let out = '';
  for (const l of lines) {
    if (new TextEncoder().encode(out + l).length > TARGET_BYTES) break;
    out += l + '\n';
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export const reportBench: BenchPart = {
  name: 'Thông báo nhanh (report)',
  async run() {
    const inputs = FILES.map((f) => ({ name: f, text: tenKb(fs.readFileSync(path.join(dir, f), 'utf8')) }));
    const kb = inputs.reduce((s, i) => s + new TextEncoder().encode(i.text).length, 0) / 1024;
    draftReport(inputs);
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      draftReport(inputs);
      times.push(performance.now() - t0);
    }
    const m = median(times);
    return [
      { name: `dữ kiện + dự thảo, 5 bài (${kb.toFixed(0)} KB)`, value: m, unit: 'ms', target: '≤ 200 ms', ok: m <= 200 },
      { name: 'một bài ~10 KB (trung vị/5)', value: m / 5, unit: 'ms' },
    ];
  },
};
