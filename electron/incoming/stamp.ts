// The "ĐẾN" stamp (NĐ 30/2020 Phụ lục IV; optional per office): a copy of a registered PDF circular
// with the arrival block drawn in the top margin of page 1 — tên cơ quan, ĐẾN, Số, Ngày, Chuyển,
// Lưu hồ sơ số — 50 × 35 mm. The stored original is never changed; the copy is made on request.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { AppError } from '../../shared/errors';
import { mmToPt } from '../../shared/format';
import { formatDateShort } from '../../shared/text/dates';
import { loadFonts } from '../documents/fonts';

export type StampFields = { office: string; arrivalNumber: number; arrivalDate: string; forwardedTo: string; fileNo: string };

export const STAMP_MM = { width: 50, height: 35, top: 4, left: 20 };

export async function stampPdf(original: Uint8Array, f: StampFields): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(original, { updateMetadata: false });
  } catch {
    throw new AppError('VALIDATION', 'Tệp đính kèm không đọc được như một tệp PDF nên không đóng dấu ĐẾN được.');
  }
  doc.registerFontkit(fontkit);
  const fonts = loadFonts();
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const page = doc.getPage(0);
  const { height } = page.getSize();
  const w = mmToPt(STAMP_MM.width);
  const h = mmToPt(STAMP_MM.height);
  const x = mmToPt(STAMP_MM.left);
  const top = height - mmToPt(STAMP_MM.top);
  const ink = rgb(0.75, 0.05, 0.05);
  page.drawRectangle({ x, y: top - h, width: w, height: h, borderColor: ink, borderWidth: 1, color: rgb(1, 1, 1), opacity: 1 });
  const pad = 4;
  let y = top - pad;
  const line = (text: string, size: number, font = regular, center = false) => {
    let t = text.normalize('NFC');
    // Never spill out of the box: shorten a long office name or recipient with an ellipsis.
    while (t.length > 1 && font.widthOfTextAtSize(t, size) > w - 2 * pad) t = `${t.slice(0, -2)}…`;
    y -= size + 4;
    const tx = center ? x + (w - font.widthOfTextAtSize(t, size)) / 2 : x + pad;
    page.drawText(t, { x: tx, y, size, font, color: ink });
  };
  line(f.office.toLocaleUpperCase('vi'), 7.5, bold, true);
  line('ĐẾN', 12, bold, true);
  line(`Số: ${f.arrivalNumber}`, 9);
  line(`Ngày: ${formatDateShort(f.arrivalDate)}`, 9);
  line(`Chuyển: ${f.forwardedTo || '……………………'}`, 9);
  line(`Lưu hồ sơ số: ${f.fileNo || '……………………'}`, 9);
  return doc.save();
}

type StampDeps = {
  incoming: { get(id: number): { id: number; arrivalNumber: number; arrivalDate: string; receiver: string; attachments: { id: number; fileName: string; mime: string }[] }; attachment(id: number): { dataBase64: string } };
  handling: { get(id: number): { lead: { name: string } | null } };
  profile: { get(date: string): { issuer: string } | null };
};

/** The stamped copy of a record's PDF attachment (the first PDF, or the one named). */
export async function stampedCopy(s: StampDeps, id: number, attachmentId?: number) {
  const rec = s.incoming.get(id);
  const isPdf = (a: { fileName: string; mime: string }) => a.mime === 'application/pdf' || /\.pdf$/i.test(a.fileName);
  const att = rec.attachments.find((a) => (attachmentId ? a.id === attachmentId : isPdf(a)));
  if (!att || !isPdf(att)) throw new AppError('VALIDATION', 'Văn bản này không có tệp PDF đính kèm để đóng dấu ĐẾN.');
  const original = Buffer.from(s.incoming.attachment(att.id).dataBase64, 'base64');
  const bytes = await stampPdf(new Uint8Array(original.buffer, original.byteOffset, original.byteLength), {
    office: s.profile.get(rec.arrivalDate)?.issuer ?? '',
    arrivalNumber: rec.arrivalNumber,
    arrivalDate: rec.arrivalDate,
    forwardedTo: s.handling.get(id).lead?.name ?? rec.receiver,
    fileNo: '',
  });
  return { fileName: `${att.fileName.replace(/\.pdf$/i, '')}-dau-den.pdf`, mime: 'application/pdf' as const, dataBase64: Buffer.from(bytes).toString('base64') };
}
