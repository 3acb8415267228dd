import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { parseQuery } from '../../electron/incoming/searchQuery';
import { foldKeepingOffsets } from '../../electron/incoming/searchFold';
import { makeSnippet, snippetToText } from '../../electron/incoming/snippet';
import { foldForIndex } from '../../electron/incoming/fts';
import { foldVietnamese } from '../../shared/text/normalize';
import type { IncomingList } from '../../shared/domain/incoming';
import { tempDir } from '../helpers/tmp';

const open = () => {
  const dir = tempDir();
  return openAppContext({ dataDir: dir, dbFile: path.join(dir, 's.sqlite') });
};

const base = { arrivalDate: '2026-02-10', issuer: 'Ban Tuyên giáo Thành ủy', docType: 'Công văn' };

function seed(ctx: ReturnType<typeof open>) {
  const s = ctx.services.incoming;
  const a = s.create({ ...base, number: '12-CV/BTGTU', subject: 'Về việc báo cáo nhanh', fullText: 'Đảng ủy các phường báo cáo kết quả tuyên truyền trước ngày 15.' });
  const b = s.create({ ...base, number: '13-TB/TU', subject: 'THÔNG BÁO NHANH kết quả hội nghị', fullText: 'Thông báo nhanh: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 đã bế mạc.' });
  const c = s.create({ ...base, arrivalDate: '2026-02-11', number: '369-CV/BTGTU', subject: 'Tuyên truyền Đại hội', fullText: 'Nội dung không liên quan đến từ khóa tìm kiếm ở trên. Đường dây nóng.' });
  return { a, b, c };
}

describe('query parsing', () => {
  it('quotes every word as a phrase of folded tokens and drops FTS syntax', () => {
    expect(parseQuery('Đảng ủy')).toEqual({ match: '"dang" "uy"', tokens: ['dang', 'uy'] });
    expect(parseQuery('369-CV/BTGTU')).toEqual({ match: '"369 cv btgtu"', tokens: ['369', 'cv', 'btgtu'] });
    expect(parseQuery('"')).toBeNull();
    expect(parseQuery('  ')).toBeNull();
    expect(parseQuery('AND (')!.match).toBe('"and"');
    expect(parseQuery('thong* OR NEAR(bao)')!.match).toBe('"thong" "or" "near bao"');
  });

  it('folds character by character so offsets stay aligned', () => {
    const s = 'ĐẢNG ỦY phường Đa Kao — Thông báo';
    const f = foldKeepingOffsets(s);
    expect(f).toBe('dang uy phuong da kao — thong bao');
    expect(f.length).toBe(s.length);
  });
});

describe('search', () => {
  it('"dang uy" finds "Đảng ủy"; "thong bao nhanh" finds "Thông báo nhanh"; accents in the query also work', () => {
    const ctx = open();
    const { a, b } = seed(ctx);
    const s = ctx.services.incoming;
    expect(s.list({ query: 'dang uy' }).rows.map((r) => r.id)).toContain(a.id);
    expect(s.list({ query: 'thong bao nhanh' }).rows.map((r) => r.id)).toEqual([b.id]);
    expect(s.list({ query: 'THÔNG BÁO NHANH' }).rows.map((r) => r.id)).toEqual([b.id]);
    expect(s.list({ query: 'duong day nong' }).total).toBe(1);
    // The number and issuer are searchable too, as written.
    expect(s.list({ query: '369-CV/BTGTU' }).total).toBe(1);
    expect(s.list({ query: 'không có từ này' }).total).toBe(0);
    ctx.close();
  });

  it('never throws on FTS syntax in the query', async () => {
    const ctx = open();
    seed(ctx);
    for (const q of ['"', '*', 'AND (', '" OR "', 'NEAR(', ')', '-', '^', 'a:b', "'", '', '   ', 'dang" uy', '{subject}: x', 'NOT']) {
      const res = await ctx.dispatch('incoming:list', { query: q, order: 'relevance' });
      expect(res.ok, q).toBe(true);
      const res2 = await ctx.dispatch('incoming:list', { query: q });
      expect(res2.ok, q).toBe(true);
    }
    ctx.close();
  });

  it('marks matches in the ORIGINAL text of the snippet', () => {
    const ctx = open();
    const { a } = seed(ctx);
    const hit = ctx.services.incoming.list({ query: 'dang uy' }).rows.find((r) => r.id === a.id)!;
    expect(hit.snippet!.filter((p) => p.hit).map((p) => p.text)).toEqual(['Đảng', 'ủy']);
    expect(snippetToText(hit.snippet!)).toContain('«Đảng» «ủy» các phường');
    ctx.close();
  });

  it('a snippet prefers the passage with the most query words and marks whole words only', () => {
    const text = `${'Lorem ipsum dolor. '.repeat(30)}Đảng viên tham gia. ${'x '.repeat(100)}Đảng ủy phường, Ủy ban nhân dân phường. Đảngủy`;
    const parts = makeSnippet(text, ['dang', 'uy'])!;
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Đảng', 'ủy', 'Ủy']);
    expect(parts[0]).toEqual({ text: '…', hit: false });
  });

  it('orders newest first or by relevance, with filters; deleted records leave the index', () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const older = s.create({ ...base, arrivalDate: '2025-05-01', number: '1', subject: 'Hội nghị', fullText: 'tuyên truyền một lần' });
    const strong = s.create({ ...base, arrivalDate: '2026-01-01', number: '2', subject: 'Tuyên truyền tuyên truyền', fullText: 'tuyên truyền tuyên truyền tuyên truyền' });
    const newest = s.create({ ...base, arrivalDate: '2026-01-02', number: '3', subject: 'Khác', fullText: 'văn bản dài có nhắc tuyên truyền ở cuối' });
    const byNew = s.list({ query: 'tuyen truyen' });
    expect(byNew.rows.map((r) => r.id)).toEqual([newest.id, strong.id, older.id]);
    expect(byNew.total).toBe(3);
    const byRank = s.list({ query: 'tuyen truyen', order: 'relevance' }) as IncomingList;
    expect(byRank.rows[0]!.id).toBe(strong.id);
    expect(byRank.rankedAmong).toBe(3);
    expect(s.list({ query: 'tuyen truyen', year: 2025 }).rows.map((r) => r.id)).toEqual([older.id]);
    expect(s.list({ query: 'tuyen truyen', from: '2026-01-02' }).rows.map((r) => r.id)).toEqual([newest.id]);
    for (const note of ['', '', 'xong']) ctx.services.handling.advance({ id: strong.id, note });
    expect(s.list({ query: 'tuyen truyen', status: 'da-xu-ly', order: 'relevance' }).rows.map((r) => r.id)).toEqual([strong.id]);
    expect(s.list({ query: 'tuyen truyen', issuer: 'BAN TUYEN GIAO' }).total).toBe(3);
    expect(s.list({ query: 'tuyen truyen', pageSize: 1, page: 2 }).rows.map((r) => r.id)).toEqual([strong.id]);
    s.delete(strong.id);
    expect(s.list({ query: 'tuyen truyen' }).rows.map((r) => r.id)).toEqual([newest.id, older.id]);
    ctx.close();
  });

  it('an edit re-indexes the record (old words gone, new words found), also through IPC without wiping other fields', async () => {
    const ctx = open();
    const { c } = seed(ctx);
    const res = await ctx.dispatch('incoming:update', { id: c.id, fullText: 'Kế hoạch tổ chức Hội thi tìm hiểu lịch sử Đảng bộ.' });
    expect(res.ok).toBe(true);
    const s = ctx.services.incoming;
    expect(s.get(c.id).subject).toBe('Tuyên truyền Đại hội');
    expect(s.list({ query: 'duong day nong' }).total).toBe(0);
    expect(s.list({ query: 'hoi thi' }).rows.map((r) => r.id)).toEqual([c.id]);
    // subject still indexed
    expect(s.list({ query: 'dai hoi' }).rows.map((r) => r.id)).toEqual([c.id]);
    ctx.close();
  });
});

describe('totals', () => {
  it('a search counts up to 1,000 matches and says when it stopped; relevance ranks the newest 1,000', () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const docs = Array.from({ length: 1005 }, (_, i) => ({ ...base, number: `${i + 1}-CV/X`, subject: `Văn bản ${i}`, fullText: i === 3 ? 'tuyên truyền tuyên truyền tuyên truyền' : 'tuyên truyền' }));
    expect(s.createBatch(docs).every((r) => r.ok)).toBe(true);
    const res = s.list({ query: 'tuyen truyen', pageSize: 5 });
    expect(res).toMatchObject({ total: 1000, totalExact: false });
    expect(res.rows.map((r) => r.arrivalNumber)).toEqual([1005, 1004, 1003, 1002, 1001]);
    const rel = s.list({ query: 'tuyen truyen', order: 'relevance' });
    expect(rel.rankedAmong).toBe(1000);
    // The strongest match is the 4th oldest: outside the newest 1,000, so it is not ranked first.
    expect(rel.rows[0]!.arrivalNumber).not.toBe(4);
    expect(s.list({ query: 'van ban 7' })).toMatchObject({ totalExact: true });
    ctx.close();
  });

  it('register totals (from the trigger-kept counts) stay exact through create, status change and delete', () => {
    const ctx = open();
    const s = ctx.services.incoming;
    const a = s.create({ ...base, number: '1' });
    const b = s.create({ ...base, number: '2' });
    s.create({ ...base, number: '3', arrivalDate: '2025-06-01' });
    const count = (q: Parameters<typeof s.list>[0]) => s.list(q).total;
    const slow = (where: string) => (ctx.services.db.prepare(`SELECT count(*) AS n FROM incoming WHERE deleted_at IS NULL AND ${where}`).get() as { n: number }).n;
    expect([count({}), count({ year: 2026 }), count({ year: 2025 }), count({ status: 'moi' })]).toEqual([3, 2, 1, 3]);
    for (const note of ['', '', 'xong']) ctx.services.handling.advance({ id: a.id, note });
    ctx.services.handling.advance({ id: b.id });
    s.update({ id: b.id, status: 'dang-xu-ly', notes: 'x' });
    expect([count({ status: 'moi' }), count({ status: 'da-xu-ly', year: 2026 }), count({ status: 'dang-xu-ly' })]).toEqual([1, 1, 1]);
    s.delete(a.id);
    expect([count({}), count({ status: 'da-xu-ly' }), count({ year: 2026 })]).toEqual([2, 0, 1]);
    expect(count({})).toBe(slow('1'));
    expect(count({ status: 'dang-xu-ly' })).toBe(slow("status = 'dang-xu-ly'"));
    ctx.close();
  });
});

describe('index folding', () => {
  it('tokens indexed (đ folded, then unicode61 remove_diacritics 2) equal foldVietnamese for every Vietnamese letter', () => {
    const ctx = open();
    const db = ctx.services.db;
    const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    const words: string[] = [];
    for (const v of vowels) for (const t of tones) for (const w of [`đ${v}${t}ng`, `Đ${v.toUpperCase()}${t}NG`, `th${v}${t}`]) words.push(w.normalize('NFC'));
    const text = words.join(' ');
    db.exec(`CREATE VIRTUAL TABLE temp.fold_check USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')`);
    db.exec(`CREATE VIRTUAL TABLE temp.fold_vocab USING fts5vocab(temp, fold_check, 'row')`);
    db.prepare('INSERT INTO temp.fold_check (x) VALUES (?)').run(foldForIndex(text));
    const indexed = (db.prepare('SELECT term FROM temp.fold_vocab ORDER BY term').all() as { term: string }[]).map((r) => r.term);
    const expected = [...new Set(words.map((w) => foldVietnamese(w)))].sort();
    expect(indexed).toEqual(expected);
    ctx.close();
  });
});
