// Registry benchmark: 100,000 synthetic Vietnamese documents of ~2 KB in a temp file database.
// Text is generated deterministically (seeded PRNG, Zipf-distributed words), so every run
// measures the same data. Queries are 2-word searches over common-to-mid-frequency words: the
// hard case, where thousands of documents match.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open';
import { createIncomingService } from '../../electron/incoming/service';
import type { IncomingCreateInput } from '../../shared/domain/incoming';
import { addDays } from '../../shared/text/today';
import { parseQuery } from '../../electron/incoming/searchQuery';
import type { BenchPart, BenchRow } from './index';

const DOCS = Number(process.env.VANTHU_BENCH_DOCS ?? 100_000);
const BATCH = 1000;

const COMMON = (
  'của và các trong được cho với những đã có là để này về tại theo cơ sở đảng ủy ban tuyên giáo thành phố quận huyện tỉnh phường xã ' +
  'công tác tuyên truyền nghị quyết chỉ thị kết luận hướng dẫn kế hoạch báo cáo thông báo nhanh hội nghị đại hội đảng viên chi bộ ' +
  'nhân dân cán bộ chính trị tư tưởng đạo đức phong cách hồ chí minh học tập làm theo triển khai thực hiện kết quả đánh giá tình hình ' +
  'dư luận xã hội mặt trận tổ quốc đoàn thể thanh niên phụ nữ cựu chiến binh nông dân lao động kinh tế văn hóa giáo dục y tế an ninh ' +
  'quốc phòng biển đảo chủ quyền biên giới khoa học công nghệ chuyển đổi số môi trường phát triển bền vững năm tháng ngày kỷ niệm ' +
  'thành lập truyền thống cách mạng lịch sử bảo vệ nền tảng tư tưởng đấu tranh phản bác quan điểm sai trái thù địch báo chí xuất bản'
).split(' ');

const ONSETS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = ['a', 'à', 'á', 'ả', 'ai', 'ám', 'an', 'ăng', 'âu', 'ấp', 'em', 'ên', 'ết', 'iều', 'inh', 'ịch', 'o', 'ói', 'ông', 'ốc', 'ơn', 'ười', 'uy', 'ước', 'ượng', 'ứng', 'ửa'];

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common words first, then generated syllable pairs: ~5,000 words with Zipf (s≈1) frequencies. */
function vocabulary(): string[] {
  const words = [...new Set(COMMON)];
  for (const o of ONSETS) for (const r of RHYMES) for (const o2 of ['', ...ONSETS.slice(0, 7)]) words.push(o2 ? `${o}${r} ${o2}${RHYMES[(o.length + r.length) % RHYMES.length]}` : `${o}${r}`);
  return words;
}

function zipfSampler(n: number, rand: () => number) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function* syntheticDocuments(count: number, seed = 20260305): Generator<IncomingCreateInput> {
  const rand = mulberry32(seed);
  const words = vocabulary();
  const pick = zipfSampler(words.length, rand);
  const sentence = (n: number) => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(words[pick()]!);
    const s = parts.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const issuers = ['Ban Tuyên giáo Thành ủy', 'Tỉnh ủy Lâm Đồng', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Đảng ủy phường Bến Nghé', 'Văn phòng Trung ương Đảng'];
  const types = ['CV', 'TB', 'HD', 'KH', 'BC'];
  for (let i = 0; i < count; i++) {
    const year = 2020 + Math.floor((i * 7) / count);
    const day = 1 + Math.floor(((i * 7) % count) / (count / 7 / 360));
    const date = addDays(`${year}-01-01`, Math.min(day, 360) - 1);
    let text = '';
    while (text.length < 2000) text += sentence(8 + Math.floor(rand() * 12)) + (rand() < 0.2 ? '\n' : ' ');
    yield {
      arrivalDate: date,
      issuer: issuers[i % issuers.length]!,
      number: `${(i % 900) + 1}-${types[i % types.length]}/${['BTGTU', 'TU', 'BTGDVTU', 'ĐU', 'VPTW'][i % 5]}`,
      docDate: date,
      typeCode: types[i % types.length]!,
      docType: 'Công văn',
      subject: sentence(10),
      fullText: text,
      allowDuplicate: true,
    };
  }
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** [wall ms, CPU ms of this process]: the machine is shared, so CPU time shows the cost without waiting. */
function measure(fn: () => void): [number, number] {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  fn();
  const used = process.cpuUsage(c);
  return [Number(process.hrtime.bigint() - t) / 1e6, (used.user + used.system) / 1000];
}

const series = (n: number, fn: () => void) => {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const [w, c] = measure(fn);
    wall.push(w);
    cpu.push(c);
  }
  return { wall, cpu };
};

export const registryBench: BenchPart = {
  name: 'registry',
  async run(): Promise<BenchRow[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
    const file = path.join(dir, 'registry.sqlite');
    try {
      const db = openDatabase(file);
      const service = createIncomingService(db, () => new Date());
      const docs = syntheticDocuments(DOCS);
      let inserted = 0;
      let insertMs = 0;
      let insertCpuMs = 0;
      for (;;) {
        const batch: IncomingCreateInput[] = [];
        for (let i = 0; i < BATCH; i++) {
          const d = docs.next();
          if (d.done) break;
          batch.push(d.value);
        }
        if (batch.length === 0) break;
        // Only the registration is timed, not the generation of the synthetic text.
        const [ms, cpu] = measure(() => {
          inserted += service.createBatch(batch).filter((r) => r.ok).length;
        });
        insertMs += ms;
        insertCpuMs += cpu;
      }
      db.pragma('wal_checkpoint(TRUNCATE)');
      const sizeMb = fs.statSync(file).size / 1024 / 1024;

      const rand = mulberry32(7);
      const words = vocabulary().filter((w) => !w.includes(' '));
      // Words ranked 10..400: common enough that a 2-word query matches many documents.
      const queries = Array.from({ length: 200 }, () => `${words[10 + Math.floor(rand() * 390)]} ${words[10 + Math.floor(rand() * 390)]}`);
      for (const q of queries.slice(0, 20)) service.list({ query: q, pageSize: 20 }); // warm-up
      let qi = 0;
      const newest = series(queries.length, () => service.list({ query: queries[qi++ % queries.length], pageSize: 20 }));
      qi = 0;
      const relevance = series(queries.length, () => service.list({ query: queries[qi++ % queries.length], order: 'relevance', pageSize: 20 }));
      const page = series(200, () => service.list({ pageSize: 50 }));
      const matches = queries.slice(0, 50).map((q) => {
        const r = service.list({ query: q, pageSize: 1 });
        return r.totalExact ? r.total : Number((db.prepare('SELECT count(*) AS n FROM incoming_fts WHERE incoming_fts MATCH ?').get(parseQuery(q)!.match) as { n: number }).n);
      });
      db.close();

      const rate = inserted / (insertMs / 1000);
      const p95 = (xs: number[]) => percentile(xs, 95);
      const rows: BenchRow[] = [
        { name: `vào sổ hàng loạt (${inserted} vb, lô ${BATCH})`, value: rate, unit: 'vb/giây', target: '≥ 5000', ok: rate >= 5000 },
        { name: '  — theo thời gian CPU', value: inserted / (insertCpuMs / 1000), unit: 'vb/giây' },
        { name: 'kích thước tệp', value: sizeMb, unit: 'MB' },
        { name: 'số kết quả trung vị / truy vấn 2 từ', value: percentile(matches, 50), unit: 'vb' },
        { name: 'tìm 2 từ, mới nhất trước p50', value: percentile(newest.wall, 50), unit: 'ms' },
        { name: 'tìm 2 từ, mới nhất trước p95', value: p95(newest.wall), unit: 'ms', target: '≤ 10', ok: p95(newest.wall) <= 10 },
        { name: '  — p95 thời gian CPU', value: p95(newest.cpu), unit: 'ms' },
        { name: 'tìm 2 từ, theo độ liên quan p50', value: percentile(relevance.wall, 50), unit: 'ms' },
        { name: 'tìm 2 từ, theo độ liên quan p95', value: p95(relevance.wall), unit: 'ms', target: '≤ 50', ok: p95(relevance.wall) <= 50 },
        { name: '  — p95 thời gian CPU', value: p95(relevance.cpu), unit: 'ms' },
        { name: 'mở trang đầu sổ đến (50 dòng) p50', value: percentile(page.wall, 50), unit: 'ms' },
        { name: 'mở trang đầu sổ đến (50 dòng) p95', value: p95(page.wall), unit: 'ms', target: '≤ 5', ok: p95(page.wall) <= 5 },
        { name: '  — p95 thời gian CPU', value: p95(page.cpu), unit: 'ms' },
        { name: 'tải máy (loadavg 1 phút) lúc kết thúc', value: os.loadavg()[0]!, unit: '' },
      ];
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
