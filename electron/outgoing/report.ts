// The outgoing register as a PDF: A4 landscape, the legal columns of the sổ đăng ký văn bản đi,
// header row repeated on every page, page numbers. Hand-filled columns (ngày chuyển, ký nhận) stay empty.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../shared/errors';
import type { OutgoingDocument } from '../../shared/domain/outgoing';
import { docTypeName } from '../../shared/numbering/types';
import { formatDateShort } from '../../shared/text/dates';
import { loadFonts } from '../documents/fonts';
import type { ProfileService } from '../profile/service';
import type { OutgoingService } from './service';

const PAGE = { w: 841.89, h: 595.28 };
const MARGIN = { x: 40, top: 42, bottom: 40 };
const SIZE = 9.5;
const LEADING = 11.5;
const PAD = 3;

const COLUMNS: { title: string; width: number; cell: (d: OutgoingDocument) => string; center?: boolean }[] = [
  { title: 'Số, ký hiệu văn bản', width: 82, cell: (d) => d.symbol + (d.secrecy ? `\n(${d.secrecy})` : ''), center: true },
  { title: 'Ngày tháng văn bản', width: 58, cell: (d) => formatDateShort(d.date), center: true },
  { title: 'Tên loại và trích yếu nội dung văn bản', width: 176, cell: (d) => `${docTypeName(d.typeCode) ?? d.typeCode}: ${d.subject}` },
  { title: 'Người ký', width: 74, cell: (d) => d.signerName },
  { title: 'Nơi nhận văn bản', width: 116, cell: (d) => d.addressees || d.distribution },
  { title: 'Đơn vị, người nhận bản lưu', width: 70, cell: () => '' },
  { title: 'Số lượng bản', width: 40, cell: (d) => String(d.copies), center: true },
  { title: 'Ngày chuyển', width: 48, cell: () => '' },
  { title: 'Ký nhận', width: 44, cell: () => '' },
  {
    title: 'Ghi chú',
    width: PAGE.w - 2 * MARGIN.x - (82 + 58 + 176 + 74 + 116 + 70 + 40 + 48 + 44),
    cell: (d) => [d.status === 'void' ? `ĐÃ HỦY: ${d.voidReason ?? ''}` : '', d.urgency, d.notes].filter(Boolean).join('\n'),
  },
];

/** Greedy line breaking by measured width; words longer than a line are cut by characters. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.normalize('NFC').split(/\r?\n/)) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

export async function renderRegisterReport(outgoing: OutgoingService, profile: ProfileService, from: string, to: string) {
  if (to < from) throw new AppError('VALIDATION', 'Ngày cuối của khoảng thời gian phải sau ngày đầu.');
  const docs = outgoing.register(from, to);
  const fonts = loadFonts();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Sổ đăng ký văn bản đi ${formatDateShort(from)} - ${formatDateShort(to)}`);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const office = profile.get(to);
  const black = rgb(0, 0, 0);

  const header = COLUMNS.map((c) => wrap(c.title, bold, SIZE, c.width - 2 * PAD));
  const headerH = Math.max(...header.map((l) => l.length)) * LEADING + 2 * PAD;
  const numberRowH = LEADING + 2 * PAD;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;

  const drawRow = (cells: string[][], h: number, font: PDFFont, centerAll: boolean) => {
    let x = MARGIN.x;
    COLUMNS.forEach((c, i) => {
      page.drawRectangle({ x, y: y - h, width: c.width, height: h, borderColor: black, borderWidth: 0.6 });
      cells[i]!.forEach((line, j) => {
        const w = font.widthOfTextAtSize(line, SIZE);
        const tx = centerAll || c.center ? x + (c.width - w) / 2 : x + PAD;
        page.drawText(line, { x: tx, y: y - PAD - (j + 1) * LEADING + 2.5, size: SIZE, font, color: black });
      });
      x += c.width;
    });
    y -= h;
  };

  const newPage = () => {
    page = pdf.addPage([PAGE.w, PAGE.h]);
    pages.push(page);
    y = PAGE.h - MARGIN.top;
    if (pages.length === 1) {
      const title = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
      page.drawText(title, { x: (PAGE.w - bold.widthOfTextAtSize(title, 15)) / 2, y: y - 15, size: 15, font: bold });
      const lines = [office ? [office.parentBody, office.issuer].filter(Boolean).join(' - ') : '', `Từ ngày ${formatDateShort(from)} đến ngày ${formatDateShort(to)}`].filter(Boolean);
      y -= 22;
      for (const l of lines) {
        page.drawText(l, { x: (PAGE.w - regular.widthOfTextAtSize(l, 11)) / 2, y: y - 11, size: 11, font: regular });
        y -= 15;
      }
      y -= 8;
    }
    drawRow(header, headerH, bold, true);
    drawRow(COLUMNS.map((_, i) => [`(${i + 1})`]), numberRowH, regular, true);
  };

  newPage();
  const maxLines = Math.floor((PAGE.h - MARGIN.top - MARGIN.bottom - headerH - numberRowH - 2 * PAD) / LEADING);
  for (const d of docs) {
    const cells = COLUMNS.map((c) => {
      const lines = wrap(c.cell(d), regular, SIZE, c.width - 2 * PAD);
      // A cell longer than a whole page is cut, not lost from the record (the record keeps it all).
      return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), '…'] : lines;
    });
    const h = Math.max(...cells.map((l) => l.length)) * LEADING + 2 * PAD;
    if (y - h < MARGIN.bottom) newPage();
    drawRow(cells, h, regular, false);
  }
  if (docs.length === 0) {
    const msg = 'Không có văn bản đi nào trong khoảng thời gian này.';
    page.drawText(msg, { x: MARGIN.x + PAD, y: y - 16, size: 11, font: regular });
  }
  pages.forEach((p, i) => {
    const label = `Trang ${i + 1}/${pages.length}`;
    p.drawText(label, { x: (PAGE.w - regular.widthOfTextAtSize(label, 9)) / 2, y: 20, size: 9, font: regular });
  });
  const bytes = await pdf.save();
  return { pdf: bytes, pages: pages.length, rows: docs.length, fileName: `so-van-ban-di-${from}-${to}.pdf` };
}
