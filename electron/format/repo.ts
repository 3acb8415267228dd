// SQL only: format_settings, one dated row per change of the office's format choices.
import type { OfficeFormat } from '../../shared/format';
import type { Db } from '../db/open';

type Row = {
  id: number;
  valid_from: string;
  kind_title_size: number | null;
  issuer_size: number | null;
  number_colon: number | null;
  letter_subject_prefix: OfficeFormat['letterSubjectPrefix'] | null;
  addressee_item_end: OfficeFormat['addresseeItemEnd'] | null;
  addressee_last_end: OfficeFormat['addresseeLastEnd'] | null;
  distribution_item_end: OfficeFormat['distributionItemEnd'] | null;
  distribution_last_end: OfficeFormat['distributionLastEnd'] | null;
  closing_mark: number | null;
  line_height_pt: number | null;
  page_number_position: OfficeFormat['pageNumberPosition'] | null;
  page_number_from_page: 1 | 2 | null;
  signature_title_bold: number | null;
  name_tones: OfficeFormat['nameTones'] | null;
  basis: string;
  updated_at: string;
};

export type FormatRecord = { id: number; validFrom: string; settings: OfficeFormat; basis: string; updatedAt: string };

const bool = (v: number | null) => (v === null ? undefined : v === 1);
const bit = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);

function toRecord(r: Row): FormatRecord {
  const s: Record<string, unknown> = {
    kindTitleSize: r.kind_title_size ?? undefined,
    issuerSize: r.issuer_size ?? undefined,
    numberColon: bool(r.number_colon),
    letterSubjectPrefix: r.letter_subject_prefix ?? undefined,
    addresseeItemEnd: r.addressee_item_end ?? undefined,
    addresseeLastEnd: r.addressee_last_end ?? undefined,
    distributionItemEnd: r.distribution_item_end ?? undefined,
    distributionLastEnd: r.distribution_last_end ?? undefined,
    closingMark: bool(r.closing_mark),
    lineHeightPt: r.line_height_pt ?? undefined,
    pageNumberPosition: r.page_number_position ?? undefined,
    pageNumberFromPage: r.page_number_from_page ?? undefined,
    signatureTitleBold: bool(r.signature_title_bold),
    nameTones: r.name_tones ?? undefined,
  };
  for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k];
  return { id: r.id, validFrom: r.valid_from, settings: s as OfficeFormat, basis: r.basis, updatedAt: r.updated_at };
}

export function createFormatRepo(db: Db) {
  const all = db.prepare<[], Row>(`SELECT * FROM format_settings ORDER BY valid_from DESC`);
  const on = db.prepare<{ date: string }, Row>(`SELECT * FROM format_settings WHERE valid_from <= @date ORDER BY valid_from DESC LIMIT 1`);
  const upsert = db.prepare(`INSERT INTO format_settings (valid_from, kind_title_size, issuer_size, number_colon, letter_subject_prefix, addressee_item_end, addressee_last_end,
      distribution_item_end, distribution_last_end, closing_mark, line_height_pt, page_number_position, page_number_from_page, signature_title_bold, name_tones, basis, created_at, updated_at)
    VALUES (@validFrom, @kindTitleSize, @issuerSize, @numberColon, @letterSubjectPrefix, @addresseeItemEnd, @addresseeLastEnd, @distributionItemEnd, @distributionLastEnd,
      @closingMark, @lineHeightPt, @pageNumberPosition, @pageNumberFromPage, @signatureTitleBold, @nameTones, @basis, @now, @now)
    ON CONFLICT (valid_from) DO UPDATE SET kind_title_size = excluded.kind_title_size, issuer_size = excluded.issuer_size, number_colon = excluded.number_colon,
      letter_subject_prefix = excluded.letter_subject_prefix, addressee_item_end = excluded.addressee_item_end, addressee_last_end = excluded.addressee_last_end,
      distribution_item_end = excluded.distribution_item_end, distribution_last_end = excluded.distribution_last_end, closing_mark = excluded.closing_mark,
      line_height_pt = excluded.line_height_pt, page_number_position = excluded.page_number_position, page_number_from_page = excluded.page_number_from_page,
      signature_title_bold = excluded.signature_title_bold, name_tones = excluded.name_tones, basis = excluded.basis, updated_at = excluded.updated_at`);
  const byFrom = db.prepare<{ validFrom: string }, Row>(`SELECT * FROM format_settings WHERE valid_from = @validFrom`);

  return {
    list: () => all.all().map(toRecord),
    validOn: (date: string) => {
      const r = on.get({ date });
      return r ? toRecord(r) : null;
    },
    save(validFrom: string, s: OfficeFormat, basis: string, now: string): FormatRecord {
      upsert.run({
        validFrom,
        kindTitleSize: s.kindTitleSize ?? null,
        issuerSize: s.issuerSize ?? null,
        numberColon: bit(s.numberColon),
        letterSubjectPrefix: s.letterSubjectPrefix ?? null,
        addresseeItemEnd: s.addresseeItemEnd ?? null,
        addresseeLastEnd: s.addresseeLastEnd ?? null,
        distributionItemEnd: s.distributionItemEnd ?? null,
        distributionLastEnd: s.distributionLastEnd ?? null,
        closingMark: bit(s.closingMark),
        lineHeightPt: s.lineHeightPt ?? null,
        pageNumberPosition: s.pageNumberPosition ?? null,
        pageNumberFromPage: s.pageNumberFromPage ?? null,
        signatureTitleBold: bit(s.signatureTitleBold),
        nameTones: s.nameTones ?? null,
        basis,
        now,
      });
      return toRecord(byFrom.get({ validFrom })!);
    },
  };
}
