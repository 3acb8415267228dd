// SQL only: format_settings, one dated row per change of the office's format choices.
import type { OfficeFormat } from '../../shared/format';
import type { FormatRecord } from '../../shared/ipc/format';
import type { Db } from '../db/open';

/** Column ↔ setting, and how the value is stored (booleans as 0/1; NULL = the guide's default). */
const COLUMNS: readonly [string, keyof OfficeFormat, 'bool' | 'value'][] = [
  ['kind_title_size', 'kindTitleSize', 'value'],
  ['issuer_size', 'issuerSize', 'value'],
  ['number_colon', 'numberColon', 'bool'],
  ['letter_subject_prefix', 'letterSubjectPrefix', 'value'],
  ['addressee_item_end', 'addresseeItemEnd', 'value'],
  ['addressee_last_end', 'addresseeLastEnd', 'value'],
  ['distribution_item_end', 'distributionItemEnd', 'value'],
  ['distribution_last_end', 'distributionLastEnd', 'value'],
  ['closing_mark', 'closingMark', 'bool'],
  ['line_height_pt', 'lineHeightPt', 'value'],
  ['page_number_position', 'pageNumberPosition', 'value'],
  ['page_number_from_page', 'pageNumberFromPage', 'value'],
  ['signature_title_bold', 'signatureTitleBold', 'bool'],
  ['name_tones', 'nameTones', 'value'],
];

type Row = { id: number; valid_from: string; basis: string; updated_at: string } & Record<string, string | number | null>;

function toRecord(r: Row): FormatRecord {
  const s: Record<string, unknown> = {};
  for (const [col, key, kind] of COLUMNS) if (r[col] !== null && r[col] !== undefined) s[key] = kind === 'bool' ? r[col] === 1 : r[col];
  return { id: r.id, validFrom: r.valid_from, settings: s as OfficeFormat, basis: r.basis, updatedAt: r.updated_at };
}

function toParams(s: OfficeFormat): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [col, key, kind] of COLUMNS) {
    const v = s[key];
    out[col] = v === undefined ? null : kind === 'bool' ? (v ? 1 : 0) : (v as string | number);
  }
  return out;
}

export function createFormatRepo(db: Db) {
  const all = db.prepare<[], Row>(`SELECT * FROM format_settings ORDER BY valid_from DESC`);
  const on = db.prepare<{ date: string }, Row>(`SELECT * FROM format_settings WHERE valid_from <= @date ORDER BY valid_from DESC LIMIT 1`);
  const cols = COLUMNS.map(([c]) => c);
  const upsert = db.prepare(
    `INSERT INTO format_settings (valid_from, ${cols.join(', ')}, basis, created_at, updated_at) VALUES (@valid_from, ${cols.map((c) => `@${c}`).join(', ')}, @basis, @now, @now)
     ON CONFLICT (valid_from) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}, basis = excluded.basis, updated_at = excluded.updated_at`,
  );
  const byFrom = db.prepare<{ validFrom: string }, Row>(`SELECT * FROM format_settings WHERE valid_from = @validFrom`);

  return {
    list: () => all.all().map(toRecord),
    validOn: (date: string) => {
      const r = on.get({ date });
      return r ? toRecord(r) : null;
    },
    save(validFrom: string, s: OfficeFormat, basis: string, now: string): FormatRecord {
      upsert.run({ valid_from: validFrom, ...toParams(s), basis, now });
      return toRecord(byFrom.get({ validFrom })!);
    },
  };
}
