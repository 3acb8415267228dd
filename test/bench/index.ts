// `npm run bench`: every benchmark part in one process, each printing a table.
// Parts register here; each one measures medians over repeated runs and states its targets.
import { parseArgs } from 'node:util';
import { registryBench } from './registry';
import { parseBench } from './parse';
import { reportBench } from './report';
import { documentsBench } from './documents';
import { uiBench } from './ui';
import { templatesBench } from './templates';
import { ocrBench } from './ocr';
import { handlingBench } from './handling';

export type BenchRow = { name: string; value: number; unit: string; target?: string; ok?: boolean };
export type BenchPart = { name: string; run: () => Promise<BenchRow[]> };

const parts: BenchPart[] = [];
parts.push(registryBench);
parts.push(parseBench);
parts.push(reportBench);
parts.push(documentsBench);
parts.push(uiBench);
parts.push(templatesBench);
parts.push(ocrBench);
parts.push(handlingBench);

export function printTable(title: string, rows: BenchRow[]) {
  console.log(`\n== ${title} ==`);
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  for (const r of rows) {
    const v = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2);
    const verdict = r.ok === undefined ? '' : r.ok ? '  OK' : '  KHÔNG ĐẠT';
    console.log(`${r.name.padEnd(w)}  ${v.padStart(10)} ${r.unit.padEnd(8)} ${r.target ? `(mục tiêu ${r.target})` : ''}${verdict}`);
  }
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: false });
  const selected = values.only ? parts.filter((p) => p.name === values.only) : parts;
  if (selected.length === 0) {
    console.log('Chưa có phần benchmark nào được đăng ký.');
    return;
  }
  for (const p of selected) printTable(p.name, await p.run());
}

await main();
