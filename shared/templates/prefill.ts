// Prefill of a forwarding letter from an incoming document's metadata (importer/registers) and the
// office profile: the UI shows the result for editing; nothing here is final wording.
import { docTypeName } from '../numbering/types';

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

// Capitalised words inside body names ("Ban Tuyên giáo", "Ban Chấp hành").
const PROPER: readonly [RegExp, string][] = [
  [/^tuyên giáo và dân vận/u, 'Tuyên giáo và Dân vận'],
  [/^tuyên giáo/u, 'Tuyên giáo'],
  [/^dân vận/u, 'Dân vận'],
  [/^tổ chức/u, 'Tổ chức'],
  [/^kiểm tra/u, 'Kiểm tra'],
  [/^thường vụ/u, 'Thường vụ'],
  [/^chấp hành/u, 'Chấp hành'],
  [/^xây dựng đảng/u, 'Xây dựng Đảng'],
];

/** "BAN TUYÊN GIÁO" + "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH" → "Ban Tuyên giáo Thành ủy". */
export function runningName(issuer: string, parentBody?: string | null): string {
  const lower = issuer.trim().toLocaleLowerCase('vi');
  const m = /^(ban|văn phòng|ủy ban|uỷ ban|đảng ủy|đảng uỷ)\s+(.*)$/u.exec(lower);
  let name = lower ? lower[0]!.toLocaleUpperCase('vi') + lower.slice(1) : '';
  if (m) {
    const head = m[1]![0]!.toLocaleUpperCase('vi') + m[1]!.slice(1);
    const rest = m[2] ?? '';
    const hit = PROPER.find(([re]) => re.test(rest));
    name = `${head} ${hit ? rest.replace(hit[0], hit[1]) : rest}`;
  }
  const parent = (parentBody ?? '').trim().toLocaleLowerCase('vi');
  const body = /^(tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|quận ủy|quận uỷ|huyện ủy|huyện uỷ|thị ủy|đảng ủy|đảng uỷ)/u.exec(parent)?.[1];
  if (body && /^(ban|văn phòng|ủy ban|uỷ ban)/u.test(lower)) name += ` ${body[0]!.toLocaleUpperCase('vi')}${body.slice(1)}`;
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
