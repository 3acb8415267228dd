// A draft (the clerk's choices) + the office profile valid on its date → the template's data. Pure; main
// calls it for the preview and for issuing alike, so what is previewed is what is issued.
import type { ComposeDraft } from '../domain/compose';
import type { DocumentKind } from '../document/spec';

export type OfficeForAssembly = {
  parentBody: string;
  issuer: string;
  issuerCode: string;
  place: string;
  shortName: string;
  signers: readonly { name: string; title: string; authority: string }[];
};

const lines = (list: readonly string[]) => list.map((l) => l.trim()).filter(Boolean);

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

export const signerOf = (draft: Pick<ComposeDraft, 'signerIndex'>, office: Pick<OfficeForAssembly, 'signers'>) =>
  office.signers[draft.signerIndex] ?? null;

/** The template data of a draft: its fields plus office, date, signer, recipients and marks, all from main's sources. */
export function templateDataFor(draft: ComposeDraft, office: OfficeForAssembly): Record<string, unknown> {
  const fields = tidy(draft.fields) as Record<string, unknown>;
  // Optional fields left empty are omitted rather than sent as "" (the template treats absent as "skip").
  for (const [k, v] of Object.entries(fields)) if (v === '' || (Array.isArray(v) && v.length === 0)) delete fields[k];
  const signer = signerOf(draft, office);
  return {
    ...fields,
    office: { parentBody: office.parentBody, issuer: office.issuer, issuerCode: office.issuerCode, place: office.place, shortName: office.shortName },
    number: null,
    date: draft.date,
    signer: signer ? { authority: signer.authority, title: signer.title, name: signer.name } : null,
    addressees: lines(draft.addressees),
    distribution: lines(draft.distribution),
    // The printed marks come from the same value that picks the secret series.
    ...(draft.secrecy ? { secrecy: draft.secrecy.toLocaleUpperCase('vi') } : {}),
    ...(draft.urgency ? { urgency: draft.urgency.toLocaleUpperCase('vi') } : {}),
  };
}

const NHU_TREN = /^như trên\b/iu;

/**
 * What must be there before a document of this kind is issued, as Vietnamese problems (empty = fine).
 * Shown with the preview as warnings and enforced by the issue operation.
 */
export function issueProblems(draft: ComposeDraft, kind: DocumentKind, office: Pick<OfficeForAssembly, 'signers'>): string[] {
  const problems: string[] = [];
  const subject = typeof draft.fields.subject === 'string' ? draft.fields.subject.trim() : '';
  const to = lines(draft.addressees);
  const cc = lines(draft.distribution);
  if (kind === 'cong-van') {
    if (!subject) problems.push('Chưa có trích yếu của công văn.');
    if (to.length === 0) problems.push('Công văn chưa có "Kính gửi".');
  } else if (to.length === 0 && cc.some((l) => NHU_TREN.test(l))) {
    problems.push('Nơi nhận ghi "Như trên" nhưng chưa có "Kính gửi".');
  }
  // A Thông báo nhanh goes out as a tài liệu kèm theo, without a signature block.
  if (kind !== 'thong-bao-nhanh' && !signerOf(draft, office)) problems.push('Chưa chọn người ký (hồ sơ cơ quan vào ngày văn bản chưa có người ký này).');
  return problems;
}
