// Prefill of a forwarding letter from an incoming document's metadata (importer/registers) and the
// office profile: the UI shows the result for editing; nothing here is final wording.
import { docTypeName } from '../numbering/types';
import { bodyNameCase } from '../text/bodyName';

/** The parts of IncomingMetadata (shared/parse/types.ts) a forwarding letter cites. */
export type IncomingRef = {
  number: string | null;
  docType?: string | null;
  typeCode?: string | null;
  date: string | null;
  parentBody?: string | null;
  issuer: string | null;
  subject: string | null;
};

export type OfficeForPrefill = {
  parentBody: string;
  issuer: string;
  issuerCode: string;
  place: string;
  shortName: string;
  signers?: readonly { authority: string; title: string; name: string }[];
};

/** "BAN TUYÊN GIÁO" + "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH" → "Ban Tuyên giáo Thành ủy" (capitals: bodyNameCase). */
export function runningName(issuer: string, parentBody?: string | null): string {
  const name = bodyNameCase(issuer);
  // A department of a level body is called by both ("Ban Tuyên giáo" of the "Thành ủy …" → "Ban Tuyên giáo Thành ủy").
  const parent = bodyNameCase(parentBody ?? '');
  const body = /^(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng) [uủ][ỷy]/u.exec(parent)?.[0];
  if (body && /^(Ban|Văn phòng|[UỦ][ỷy] ban)( |$)/u.test(name) && !/ (Tỉnh|Thành|Quận|Huyện|Thị|Đảng) [uủ][ỷy]$/u.test(name)) return `${name} ${body}`;
  return name;
}

/** Template data for `forwarding-letter`, prefilled from the incoming document; edit before rendering. */
export function prefillForwardingLetter(incoming: IncomingRef, office: OfficeForPrefill, recipients: readonly string[] = []): Record<string, unknown> {
  const kind = incoming.docType ?? (incoming.typeCode ? docTypeName(incoming.typeCode) : null) ?? 'Công văn';
  const from = incoming.issuer ? runningName(incoming.issuer, incoming.parentBody) : '';
  const about = (incoming.subject ?? '').trim().replace(/^(v\/v|về việc|về)\s+/iu, '');
  const aboutLower = about ? about[0]!.toLocaleLowerCase('vi') + about.slice(1) : '';
  const sent = aboutLower.replace(/^(gửi|chuyển)\s+/u, '');
  const me = office.shortName || runningName(office.issuer, office.parentBody);
  const signer = office.signers?.[0];
  return {
    office: { parentBody: office.parentBody, issuer: office.issuer, issuerCode: office.issuerCode, place: office.place, shortName: me },
    number: null,
    date: null,
    subject: aboutLower.startsWith('gửi') || aboutLower.startsWith('chuyển') ? aboutLower : `gửi ${kind.toLocaleLowerCase('vi')} số ${incoming.number ?? '…'}${about ? ` về ${aboutLower}` : ''}`,
    addressees: [...recipients],
    incoming: [{ kind, symbol: incoming.number ?? '', date: incoming.date ?? '', issuer: from, subject: aboutLower }],
    sending: `${me} gửi các đơn vị ${sent || `${kind.toLocaleLowerCase('vi')} nêu trên`}${from ? ` của ${from}` : ''} để các đồng chí nghiên cứu, phổ biến tại địa phương, cơ quan, đơn vị.`,
    closing: 'Trân trọng.',
    signer: signer ? { authority: signer.authority, title: signer.title, name: signer.name } : null,
    distribution: ['Như trên', `Lưu ${me}`],
  };
}
