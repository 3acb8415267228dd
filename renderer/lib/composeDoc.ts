// Pure helpers of the compose screen: what a draft holds, and how it becomes template data.
import type { OfficeProfile } from '../../shared/domain/profile';
import type { DraftKind } from '../../shared/ipc/drafts';
import type { Draft as ReportDraft, SourceRef } from '../../shared/report/types';

export type ComposeDoc = {
  kind: DraftKind;
  templateId: string;
  incomingId: number | null;
  /** Ngày văn bản (ISO); the number's series depends on it. */
  date: string;
  signerIndex: number;
  /** Kính gửi, one addressee per line. */
  addressees: string;
  /** Nơi nhận, one line per item. */
  distribution: string;
  copies: number;
  /** The template's own fields (subject, citations, paragraphs, sections…). */
  fields: Record<string, unknown>;
  /** Quick report: where each paragraph comes from, keyed by its path ("opening.0", "sections.1.2"). */
  sources: Record<string, SourceRef[]>;
};

export const TEMPLATE_FOR: Record<DraftKind, string> = { forwarding: 'forwarding-letter', quickReport: 'quick-report', other: 'forwarding-letter' };
const COMMON = new Set(['office', 'number', 'date', 'signer', 'addressees', 'distribution', 'showHeader', 'format']);

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Splits documents:prefill output into the compose document's parts. */
export function fromPrefill(kind: DraftKind, prefill: Record<string, unknown>, base: Pick<ComposeDoc, 'incomingId' | 'date'>): ComposeDoc {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(prefill)) if (!COMMON.has(k)) fields[k] = v;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').join('\n') : '');
  return {
    kind,
    templateId: TEMPLATE_FOR[kind],
    incomingId: base.incomingId,
    date: base.date,
    signerIndex: 0,
    addressees: list(prefill.addressees),
    distribution: list(prefill.distribution),
    copies: 1,
    fields,
    sources: {},
  };
}

/** A Thông báo nhanh draft from report:draft → the quick-report template's fields and sources. */
export function fromReportDraft(draft: ReportDraft, base: Pick<ComposeDoc, 'incomingId' | 'date'>, distribution: string): ComposeDoc {
  const sources: Record<string, SourceRef[]> = {};
  const opening: string[] = [];
  const sections: { title: string; label?: string; content: string[] }[] = [];
  let closing: string[] = [];
  draft.sections.forEach((sec, i) => {
    const isLast = i === draft.sections.length - 1 && draft.sections.length > 1;
    if (sec.heading === null && sections.length === 0) {
      sec.paragraphs.forEach((p) => {
        sources[`opening.${opening.length}`] = p.sources;
        opening.push(p.text);
      });
    } else if (sec.heading === null && isLast) {
      closing = sec.paragraphs.map((p, j) => {
        sources[`closing.${j}`] = p.sources;
        return p.text;
      });
    } else {
      const n = sections.length;
      // "I. KẾT QUẢ …": the template numbers sections itself, so the numeral becomes the label.
      const m = /^([IVXLC]+\.)\s+(.*)$/u.exec(sec.heading ?? '');
      sections.push({
        ...(m ? { label: m[1]! } : {}),
        title: m ? m[2]! : (sec.heading ?? ''),
        content: sec.paragraphs.map((p, j) => {
          sources[`sections.${n}.${j}`] = p.sources;
          return p.text;
        }),
      });
    }
  });
  const fields: Record<string, unknown> = {
    title: draft.docType || 'THÔNG BÁO NHANH',
    subject: draft.subject,
    opening: opening.length ? opening : [''],
    sections: sections.length ? sections : [{ title: '', content: [''] }],
    separator: true,
    ...(closing.length ? { closing } : {}),
  };
  return { kind: 'quickReport', templateId: TEMPLATE_FOR.quickReport, incomingId: base.incomingId, date: base.date, signerIndex: 0, addressees: '', distribution, copies: 1, fields, sources };
}

/** Drops empty paragraphs and sections so a half-typed draft still previews. */
function tidy(v: unknown): unknown {
  if (Array.isArray(v)) {
    return v
      .map(tidy)
      .filter((x) => !(typeof x === 'string' && x.trim() === ''))
      .filter((x) => !(x && typeof x === 'object' && 'title' in x && String((x as { title: unknown }).title).trim() === ''));
  }
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tidy(x)]));
  return v;
}

/** The data sent to documents:preview and outgoing:issue. */
export function buildData(doc: ComposeDoc, profile: OfficeProfile, opts: { number?: number | null } = {}): Record<string, unknown> {
  const signer = profile.signers[doc.signerIndex] ?? profile.signers[0];
  const fields = tidy(doc.fields) as Record<string, unknown>;
  // Optional fields left empty are omitted rather than sent as "" (the template treats absent as "skip").
  for (const [k, v] of Object.entries(fields)) if (v === '' || (Array.isArray(v) && v.length === 0)) delete fields[k];
  return {
    ...fields,
    office: { parentBody: profile.parentBody, issuer: profile.issuer, issuerCode: profile.issuerCode, place: profile.place, shortName: profile.shortName },
    number: opts.number ?? null,
    date: doc.date,
    signer: signer ? { authority: signer.authority, title: signer.title, name: signer.name } : null,
    addressees: lines(doc.addressees),
    distribution: lines(doc.distribution),
  };
}

export function subjectOf(doc: ComposeDoc): string {
  const s = doc.fields.subject;
  return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
}

/** Replaces a confirmed fact's old wording everywhere in the draft's text fields. */
export function replaceEverywhere(v: unknown, from: string, to: string): unknown {
  if (!from || from === to) return v;
  if (typeof v === 'string') return v.split(from).join(to);
  if (Array.isArray(v)) return v.map((x) => replaceEverywhere(x, from, to));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceEverywhere(x, from, to)]));
  return v;
}
