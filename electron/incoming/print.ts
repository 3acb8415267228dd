// Printed handling forms through the one document engine: Sổ đăng ký văn bản đến and Sổ theo dõi
// giải quyết văn bản đến (by year or date range, the office's column set), and the Phiếu giải
// quyết văn bản đến of one document.
import { AppError } from '../../shared/errors';
import { printSchema, type PrintInput } from '../../shared/domain/handling';
import { type HandlingStep, stepOf } from '../../shared/domain/handlingSteps';
import { columnSet } from '../../shared/registers/columns';
import { followUpRow, incomingRegisterRow, phieuSpec, type IncomingPrintLine } from '../../shared/registers/incoming';
import { registerSpec } from '../../shared/registers/spec';
import { formatDateShort } from '../../shared/text/dates';
import { renderSpecPdf } from '../documents/print';
import type { ProfileService } from '../profile/service';
import type { PrintRaw } from './handlingRepo';
import type { HandlingService } from './handling';

const STEP_LABELS: Record<HandlingStep, string> = { moi: 'Mới', 'da-trinh': 'Đã trình', 'dang-xu-ly': 'Đang xử lý', 'da-xu-ly': 'Đã xử lý' };

function lineOf(r: PrintRaw): IncomingPrintLine {
  return {
    arrivalNumber: r.arrival_number,
    arrivalDate: r.arrival_date,
    issuer: r.issuer,
    number: r.number,
    docDate: r.doc_date,
    docType: r.doc_type,
    subject: r.subject,
    receiver: r.receiver,
    handoverDate: r.handover_date,
    signature: r.signature,
    notes: r.notes,
    secrecy: r.secrecy,
    urgency: r.urgency,
    deadline: r.deadline,
    stepLabel: STEP_LABELS[stepOf(r.status, r.presented_at)],
    lead: r.lead_name,
    cooperators: r.cooperators ?? '',
    instruction: r.instruction,
    instructionDate: r.instruction_date,
    instructedBy: r.instructed_by,
    closeNote: r.close_note,
    replies: r.replies ?? '',
    lastNote: r.last_note ?? '',
  };
}

export async function printHandlingForm(handling: HandlingService, profile: ProfileService, input: PrintInput, now = new Date()) {
  const v = printSchema.parse(input);
  const office = profile.get(handling.today());
  const meta = { parentBody: office?.parentBody ?? '', issuer: office?.issuer ?? '' };
  if (v.form === 'phieu') {
    const r = handling.repo.printOne(v.id!);
    if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
    const out = await renderSpecPdf(phieuSpec(lineOf(r), meta), office?.formatProfile, now);
    return { ...out, rows: 1, fileName: `phieu-giai-quyet-${r.arrival_year}-${r.arrival_number}.pdf` };
  }
  const year = v.year ?? Number(handling.today().slice(0, 4));
  const from = v.from ?? `${year}-01-01`;
  const to = v.to ?? `${year}-12-31`;
  if (to < from) throw new AppError('VALIDATION', 'Ngày cuối của khoảng thời gian phải sau ngày đầu.');
  const toRow = v.form === 'so-den' ? incomingRegisterRow : followUpRow;
  const rows = [];
  for (const r of handling.repo.printRange(from, to)) rows.push(toRow(lineOf(r)));
  const wholeYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  const spec = registerSpec(columnSet(v.form, handling.settings().columnSet), rows, {
    ...meta,
    period: wholeYear ? `Năm ${from.slice(0, 4)}` : `Từ ngày ${formatDateShort(from)} đến ngày ${formatDateShort(to)}`,
    emptyText: 'Không có văn bản đến nào trong khoảng thời gian này.',
    paper: v.paper,
  });
  const out = await renderSpecPdf(spec, office?.formatProfile, now);
  return { ...out, rows: rows.length, fileName: `${v.form === 'so-den' ? 'so-van-ban-den' : 'so-theo-doi-giai-quyet'}-${from}-${to}.pdf` };
}
