// The "ĐẾN" stamp (NĐ 30/2020 Phụ lục IV; optional per office): a copy of a registered PDF circular
// with the arrival block drawn in the top margin of page 1 — tên cơ quan, ĐẾN, Số, Ngày, Chuyển,
// Lưu hồ sơ số — 50 × 35 mm. The stored original is never changed; the copy is made on request.
import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { AppError } from '../../shared/errors';
import { mmToPt } from '../../shared/format';
import { EmbeddedFonts, type FaceKey, metricsForSet } from '../../shared/render/pdf/fonts';
import { formatDateShort } from '../../shared/text/dates';
import { loadFonts } from '../documents/fonts';

export type StampFields = { office: string; arrivalNumber: number; arrivalDate: string; forwardedTo: string; fileNo: string };

export const STAMP_MM = { width: 50, height: 35, top: 4, left: 20 };

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Draws the block with the document engine's own fonts (subset, with ToUnicode) inside a form
 * XObject that carries its own font resources, so the original page's resource names are never
 * touched and its content is wrapped in q/Q before ours is drawn.
 */
export async function stampPdf(original: Uint8Array, f: StampFields): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(original, { updateMetadata: false });
  } catch {
    throw new AppError('VALIDATION', 'Tệp đính kèm không đọc được như một tệp PDF nên không đóng dấu ĐẾN được.');
  }
  const ctx = doc.context;
  const metrics = metricsForSet(loadFonts());
  const fonts = new EmbeddedFonts(doc, metrics);
  const page = doc.getPage(0);
  const { width: pageW, height: pageH } = page.getSize();
  const w = mmToPt(STAMP_MM.width);
  const h = mmToPt(STAMP_MM.height);
  const x = mmToPt(STAMP_MM.left);
  const top = pageH - mmToPt(STAMP_MM.top);
  const ink = '0.75 0.05 0.05';
  const ops: string[] = ['q', '1 1 1 rg', `${n(x)} ${n(top - h)} ${n(w)} ${n(h)} re f`, `${ink} RG 1 w`, `${n(x)} ${n(top - h)} ${n(w)} ${n(h)} re S`, `${ink} rg`];
  const pad = 4;
  let y = top - pad;
  const line = (text: string, size: number, face: FaceKey = 'regular', center = false) => {
    const m = metrics[face];
    let t = text.normalize('NFC');
    // Never spill out of the box: shorten a long office name or recipient with an ellipsis.
    while (t.length > 1 && m.width(t, size) > w - 2 * pad) t = `${t.slice(0, -2)}…`;
    y -= size + 4;
    const tx = center ? x + (w - m.width(t, size)) / 2 : x + pad;
    ops.push(`BT /${fonts.resourceName(face)} ${n(size)} Tf 1 0 0 1 ${n(tx)} ${n(y)} Tm (${fonts.encode(face, t)}) Tj ET`);
  };
  line(f.office.toLocaleUpperCase('vi'), 7.5, 'bold', true);
  line('ĐẾN', 12, 'bold', true);
  line(`Số: ${f.arrivalNumber}`, 9);
  line(`Ngày: ${formatDateShort(f.arrivalDate)}`, 9);
  line(`Chuyển: ${f.forwardedTo || '……………………'}`, 9);
  line(`Lưu hồ sơ số: ${f.fileNo || '……………………'}`, 9);
  ops.push('Q');

  const fontRefs: Record<string, PDFRef> = {};
  fonts.attachTo({ setFontDictionary: (name, ref) => void (fontRefs[name.decodeText()] = ref) });
  await fonts.finish(async (data, dict) => ctx.flateStream(data, dict));
  const form = ctx.register(
    ctx.flateStream(ops.join('\n'), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, pageW, pageH], Resources: { Font: fontRefs } }),
  );
  const name = PDFName.of('VanthuDen');
  page.node.setXObject(name, form);
  page.node.wrapContentStreams(ctx.register(ctx.stream('q')), ctx.register(ctx.stream('Q')));
  page.node.addContentStream(ctx.register(ctx.stream(`q /${name.decodeText()} Do Q`)));
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
  return { fileName: `${att.fileName.replace(/\.pdf$/i, '')}-dau-den.pdf`, bytes };
}
