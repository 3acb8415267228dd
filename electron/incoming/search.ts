// The register list and full-text search over it.
// - No query: the register in order (reg_key DESC uses its index; total from a narrow index).
// - Query, newest first: FTS5 walks its doclist in rowid (= reg_key) DESC order and stops at the
//   page, so cost does not grow with the number of matches.
// - A search counts at most COUNT_CAP matches; the register's totals come from incoming_count.
// - Query, by relevance: bm25 is computed only for the newest RANK_CAP matches (ordering all
//   matches of a common word by bm25 cost ~160 ms on 100k documents); `rankedAmong` says so.
import type { Db } from '../db/open';
import type { IncomingList, IncomingListQuery } from '../../shared/domain/incoming';
import { nameKey } from '../../shared/text/normalize';
import { ROW_COLUMNS, toRow, type ListDbRow } from './repo';
import { BM25_WEIGHTS } from './fts';
import { parseQuery } from './searchQuery';
import { makeSnippet } from './snippet';

/** A search counts its matches up to this many; counting all 60,000 hits of a common word costs ~10 ms. */
const COUNT_CAP = 1000;
/** Relevance ranks this many newest matches: all of them whenever the count is exact. */
const RANK_CAP = COUNT_CAP;
const YEAR_SPAN = 10_000_000;

type Params = Record<string, string | number>;

/** WHERE clauses on `incoming i` for the filters; the year becomes a reg_key range (usable by FTS and indexes). */
function filterClauses(q: IncomingListQuery, keyColumn: string): { where: string[]; params: Params; needsJoin: boolean } {
  const where: string[] = [];
  const params: Params = {};
  let needsJoin = false;
  if (q.year !== undefined) {
    where.push(`${keyColumn} BETWEEN @lo AND @hi`);
    params.lo = q.year * YEAR_SPAN;
    params.hi = q.year * YEAR_SPAN + YEAR_SPAN - 1;
  }
  const issuer = q.issuer ? nameKey(q.issuer) : '';
  if (issuer) {
    // nameKey leaves only letters, digits and spaces, so there is no LIKE wildcard to escape.
    where.push(`i.issuer_key LIKE @issuer`);
    params.issuer = `%${issuer}%`;
    needsJoin = true;
  }
  if (q.typeCode) {
    where.push(`i.type_code = @typeCode`);
    params.typeCode = q.typeCode.normalize('NFC');
    needsJoin = true;
  }
  if (q.status) {
    where.push(`i.status = @status`);
    params.status = q.status;
    needsJoin = true;
  }
  if (q.from) {
    where.push(`i.arrival_date >= @from`);
    params.from = q.from;
    needsJoin = true;
  }
  if (q.to) {
    where.push(`i.arrival_date <= @to`);
    params.to = q.to;
    needsJoin = true;
  }
  return { where, params, needsJoin };
}

export function createIncomingSearch(db: Db) {
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  const prep = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (cache.size > 200) cache.clear();
      cache.set(sql, s);
    }
    return s;
  };
  const textOf = db.prepare<[number], { subject: string; full_text: string; number: string; issuer: string }>(
    `SELECT subject, full_text, number, issuer FROM incoming WHERE id = ?`,
  );

  return function list(q: IncomingListQuery): IncomingList {
    const parsed = parseQuery(q.query);
    const limit = q.pageSize;
    const offset = (q.page - 1) * q.pageSize;

    if (!parsed) {
      const { where, params } = filterClauses(q, 'i.reg_key');
      const cond = ['i.deleted_at IS NULL', ...where].join(' AND ');
      const rows = prep(`SELECT ${ROW_COLUMNS} FROM incoming i WHERE ${cond} ORDER BY i.reg_key DESC LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit,
        offset,
      }) as ListDbRow[];
      // Year and status alone are answered from the per-year/status counts kept by triggers (0023).
      const onlyCounted = !q.issuer && !q.typeCode && !q.from && !q.to;
      const total = onlyCounted
        ? (
            prep(
              `SELECT coalesce(sum(n), 0) AS n FROM incoming_count WHERE ${q.year !== undefined ? 'arrival_year = @year' : '1'} AND ${q.status ? 'status = @status' : '1'}`,
            ).get({ ...(q.year !== undefined ? { year: q.year } : {}), ...(q.status ? { status: q.status } : {}) }) as { n: number }
          ).n
        : (prep(`SELECT count(*) AS n FROM incoming i WHERE ${cond}`).get(params) as { n: number }).n;
      return { rows: rows.map(toRow), total, totalExact: true };
    }

    const { where, params, needsJoin } = filterClauses(q, 'incoming_fts.rowid');
    const match = ['incoming_fts MATCH @match', ...where].join(' AND ');
    const all = { ...params, match: parsed.match };
    const join = `JOIN incoming i ON i.reg_key = incoming_fts.rowid`;
    // Deleted records are removed from the index, so without filters the join is not needed to count.
    const counted = (
      prep(`SELECT count(*) AS n FROM (SELECT 1 FROM incoming_fts ${needsJoin ? join : ''} WHERE ${match} LIMIT @countCap)`).get({
        ...all,
        countCap: COUNT_CAP + 1,
      }) as { n: number }
    ).n;
    const totalExact = counted <= COUNT_CAP;
    const total = Math.min(counted, COUNT_CAP);

    let rows: ListDbRow[];
    let rankedAmong: number | undefined;
    if (q.order === 'relevance') {
      rows = prep(
        `SELECT ${ROW_COLUMNS} FROM (
           SELECT incoming_fts.rowid AS k, bm25(incoming_fts, ${BM25_WEIGHTS}) AS score FROM incoming_fts ${needsJoin ? join : ''}
           WHERE ${match} ORDER BY incoming_fts.rowid DESC LIMIT @cap
         ) c JOIN incoming i ON i.reg_key = c.k
         ORDER BY c.score, c.k DESC LIMIT @limit OFFSET @offset`,
      ).all({ ...all, cap: RANK_CAP, limit, offset }) as ListDbRow[];
      rankedAmong = total;
    } else {
      rows = prep(
        `SELECT ${ROW_COLUMNS} FROM incoming_fts ${join} WHERE ${match} ORDER BY incoming_fts.rowid DESC LIMIT @limit OFFSET @offset`,
      ).all({ ...all, limit, offset }) as ListDbRow[];
    }

    const out = rows.map((r) => {
      const t = textOf.get(r.id)!;
      const snippet =
        makeSnippet(t.full_text, parsed.tokens) ?? makeSnippet(t.subject, parsed.tokens) ?? makeSnippet(`${t.number} ${t.issuer}`, parsed.tokens) ?? [];
      return { ...toRow(r), snippet };
    });
    return rankedAmong === undefined ? { rows: out, total, totalExact } : { rows: out, total, totalExact, rankedAmong };
  };
}
