// The outgoing register (sổ đăng ký văn bản đi) as a PDF through the document engine: rows from
// the register, columns from shared/registers. Hand-filled columns (ngày chuyển, ký nhận) stay empty.
import type { PaperSize } from '../../shared/document/paper';
import { AppError } from '../../shared/errors';
import type { OutgoingDocument } from '../../shared/domain/outgoing';
import { docTypeName } from '../../shared/numbering/types';
import { type RegisterRow, columnSet } from '../../shared/registers/columns';
import { registerSpec } from '../../shared/registers/spec';
import { formatDateShort } from '../../shared/text/dates';
import { renderSpecPdf } from '../documents/print';
import type { ProfileService } from '../profile/service';
import type { OutgoingService } from './service';

function outgoingRow(d: OutgoingDocument): RegisterRow {
  return {
    soKyHieu: d.symbol + (d.secrecy ? `\n(${d.secrecy})` : ''),
    ngayVanBan: formatDateShort(d.date),
    trichYeu: `${docTypeName(d.typeCode) ?? d.typeCode}: ${d.subject}`,
    nguoiKy: d.signerName,
    noiNhan: d.addressees || d.distribution,
    soBan: String(d.copies),
    ghiChu: [d.status === 'void' ? `ĐÃ HỦY: ${d.voidReason ?? ''}` : '', d.urgency, d.notes].filter(Boolean).join('\n'),
  };
}

export async function renderRegisterReport(outgoing: OutgoingService, profile: ProfileService, from: string, to: string, now = new Date(), paper?: PaperSize) {
  if (to < from) throw new AppError('VALIDATION', 'Ngày cuối của khoảng thời gian phải sau ngày đầu.');
  const docs = outgoing.register(from, to);
  const office = profile.get(to);
  const spec = registerSpec(columnSet('so-di'), docs.map(outgoingRow), {
    parentBody: office?.parentBody ?? '',
    issuer: office?.issuer ?? '',
    period: `Từ ngày ${formatDateShort(from)} đến ngày ${formatDateShort(to)}`,
    emptyText: 'Không có văn bản đi nào trong khoảng thời gian này.',
    paper,
  });
  const r = await renderSpecPdf(spec, office?.formatProfile, now);
  return { pdf: r.pdf, pages: r.pages, rows: docs.length, fileName: `so-van-ban-di-${from}-${to}.pdf` };
}
