// Incoming register lines → the row fields of the printed registers, and the Phiếu giải quyết văn
// bản đến of one document as a DocumentSpec (portrait A4, a bordered two-column form). Pure.
import { type DocumentSpec } from '../document/spec';
import { formatDateShort } from '../text/dates';
import { type RegisterRow } from './columns';
import { centered, formSpec } from './spec';

/** What the printed forms read of one incoming record (electron/incoming/handlingRepo fills it). */
export type IncomingPrintLine = {
  arrivalNumber: number;
  arrivalDate: string;
  issuer: string;
  number: string;
  docDate: string | null;
  docType: string;
  subject: string;
  receiver: string;
  handoverDate: string | null;
  signature: string;
  notes: string;
  secrecy: string | null;
  urgency: string | null;
  deadline: string | null;
  stepLabel: string;
  lead: string;
  cooperators: string;
  instruction: string;
  instructionDate: string | null;
  instructedBy: string;
  closeNote: string;
  replies: string;
  lastNote: string;
};

const d = (iso: string | null) => (iso ? formatDateShort(iso) : '');
const typeAndSubject = (l: IncomingPrintLine) => (l.docType ? `${l.docType}: ${l.subject}` : l.subject);

export function incomingRegisterRow(l: IncomingPrintLine): RegisterRow {
  const assigned = [l.lead && `Chủ trì: ${l.lead}`, l.cooperators && `Phối hợp: ${l.cooperators}`].filter(Boolean).join('\n');
  return {
    ngayDen: d(l.arrivalDate),
    soDen: String(l.arrivalNumber),
    tacGia: l.issuer,
    soKyHieu: l.number,
    ngayVanBan: d(l.docDate),
    trichYeu: typeAndSubject(l),
    nguoiNhan: l.receiver || assigned,
    ngayChuyen: d(l.handoverDate),
    kyNhan: l.signature,
    ghiChu: l.notes,
    doMatKhan: [l.secrecy, l.urgency].filter(Boolean).join('\n'),
    thoiHan: d(l.deadline),
    tienDo: [l.stepLabel, l.lastNote, l.closeNote].filter(Boolean).join('\n'),
    vanBanTraLoi: l.replies,
  };
}

/** Sổ theo dõi: "văn bản" is author, number, date and subject together; người nhận is the assignment. */
export function followUpRow(l: IncomingPrintLine): RegisterRow {
  const row = incomingRegisterRow(l);
  const doc = [l.issuer, [l.number, l.docDate && `ngày ${d(l.docDate)}`].filter(Boolean).join(' '), typeAndSubject(l)].filter(Boolean).join('\n');
  const assigned = [l.lead && `Chủ trì: ${l.lead}`, l.cooperators && `Phối hợp: ${l.cooperators}`].filter(Boolean).join('\n');
  return { ...row, trichYeu: doc, nguoiNhan: assigned || l.receiver };
}

export type PhieuMeta = { parentBody: string; issuer: string };

/** Phiếu giải quyết văn bản đến for one document, pre-filled with what the register knows. */
export function phieuSpec(l: IncomingPrintLine, meta: PhieuMeta): DocumentSpec {
  // Room to write by hand: three dotted lines that fit the value column.
  const blank = Array.from({ length: 3 }, () => '…'.repeat(20)).join('\n');
  const row = (label: string, value: string) => [{ text: label, bold: true }, value || blank];
  const instruction = l.instruction ? `${l.instruction}${l.instructedBy ? `\n(${l.instructedBy}` : '\n('}${l.instructionDate ? `, ngày ${d(l.instructionDate)})` : ')'}` : '';
  const assigned = [l.lead && `Chủ trì: ${l.lead}`, l.cooperators && `Phối hợp: ${l.cooperators}`].filter(Boolean).join('\n');
  return formSpec(
    meta,
    [
      ...[meta.parentBody, meta.issuer].filter((s) => s.trim()).map((s) => centered(s, true)),
      centered('PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN', true),
      centered(`Số đến: ${l.arrivalNumber} — Ngày đến: ${d(l.arrivalDate)}`, false, true),
      {
        type: 'table',
        columns: [{ width: 3.4 }, { width: 6.6 }],
        header: [],
        rows: [
          row('Văn bản', [l.issuer, [l.number && `Số ${l.number}`, l.docDate && `ngày ${d(l.docDate)}`].filter(Boolean).join(', '), typeAndSubject(l)].filter(Boolean).join('\n')),
          row('Độ mật, độ khẩn', [l.secrecy, l.urgency].filter(Boolean).join(', ')),
          row('1. Ý kiến của lãnh đạo cơ quan', instruction),
          row('Đơn vị, người giải quyết', assigned),
          row('Thời hạn giải quyết', d(l.deadline)),
          row('2. Ý kiến của lãnh đạo đơn vị', ''),
          row('3. Ý kiến đề xuất của người giải quyết', [l.lastNote, l.closeNote].filter(Boolean).join('\n')),
          row('Tiến độ, kết quả', [l.stepLabel, l.replies && `Văn bản trả lời: ${l.replies}`].filter(Boolean).join('\n')),
        ],
        fontSize: 13,
      },
    ],
    `Phiếu giải quyết văn bản đến số ${l.arrivalNumber}`,
    { pageNumbers: { format: '{page}', position: 'top-center', fromPage: 2 } },
  );
}
