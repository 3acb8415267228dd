// Column sets of the printed registers, as data: an office switches between sets (NĐ 30/2020
// Phụ lục IV, or the Party set) without code. A column names the row field it prints; the
// services fill every field of a row, so a set may use any of them in any order.
import { z } from 'zod';

/** The row fields a register column can print (filled by the incoming/outgoing services). */
export const REGISTER_FIELDS = [
  'ngayDen', 'soDen', 'tacGia', 'soKyHieu', 'ngayVanBan', 'trichYeu', 'nguoiNhan', 'ngayChuyen', 'kyNhan', 'ghiChu',
  'doMatKhan', 'thoiHan', 'tienDo', 'vanBanTraLoi', 'nguoiKy', 'noiNhan', 'banLuu', 'soBan',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];
export type RegisterRow = Partial<Record<RegisterField, string>>;

export const registerColumnSchema = z.strictObject({
  field: z.enum(REGISTER_FIELDS),
  title: z.string().min(1).max(200),
  /** Relative width. */
  width: z.number().positive().max(100),
  align: z.enum(['left', 'center', 'right']).optional(),
});
export type RegisterColumn = z.infer<typeof registerColumnSchema>;

export const REGISTER_FORMS = ['so-den', 'theo-doi', 'so-di'] as const;
export type RegisterForm = (typeof REGISTER_FORMS)[number];

export type ColumnSet = { id: string; label: string; title: string; columns: RegisterColumn[] };

const c = (field: RegisterField, title: string, width: number, align?: RegisterColumn['align']): RegisterColumn => ({ field, title, width, ...(align ? { align } : {}) });

/** NĐ 30/2020 Phụ lục IV: Sổ đăng ký văn bản đến. */
const SO_DEN_ND30: RegisterColumn[] = [
  // Widths: the trích yếu and the author take most of the room, so a typical row is one or two lines
  // (a year of 10,000 documents was 1,043 pages with 23 % for trích yếu; see the handling bench).
  c('ngayDen', 'Ngày đến', 8.5, 'center'),
  c('soDen', 'Số đến', 5, 'center'),
  c('tacGia', 'Tác giả', 15),
  c('soKyHieu', 'Số, ký hiệu', 13, 'center'),
  c('ngayVanBan', 'Ngày tháng', 8.5, 'center'),
  c('trichYeu', 'Tên loại và trích yếu nội dung', 33),
  c('nguoiNhan', 'Đơn vị hoặc người nhận', 12),
  c('ngayChuyen', 'Ngày chuyển', 8.5, 'center'),
  c('kyNhan', 'Ký nhận', 6),
  c('ghiChu', 'Ghi chú', 6),
];

/** NĐ 30/2020 Phụ lục IV: Sổ theo dõi giải quyết văn bản đến. */
const THEO_DOI_ND30: RegisterColumn[] = [
  c('soDen', 'Số đến', 6, 'center'),
  c('trichYeu', 'Văn bản (tác giả, số ký hiệu, ngày, trích yếu)', 30),
  c('nguoiNhan', 'Đơn vị, người nhận (chủ trì, phối hợp)', 16),
  c('thoiHan', 'Thời hạn giải quyết', 9, 'center'),
  c('tienDo', 'Tiến độ giải quyết', 18),
  c('vanBanTraLoi', 'Số, ký hiệu văn bản trả lời', 10, 'center'),
  c('ghiChu', 'Ghi chú', 9),
];

/** NĐ 30/2020 Phụ lục IV: Sổ đăng ký văn bản đi (the register print of the outgoing side). */
const SO_DI_ND30: RegisterColumn[] = [
  c('soKyHieu', 'Số, ký hiệu văn bản', 82, 'center'),
  c('ngayVanBan', 'Ngày tháng văn bản', 58, 'center'),
  c('trichYeu', 'Tên loại và trích yếu nội dung văn bản', 166),
  c('nguoiKy', 'Người ký', 74),
  c('noiNhan', 'Nơi nhận văn bản', 116),
  c('banLuu', 'Đơn vị, người nhận bản lưu', 70),
  c('soBan', 'Số lượng bản', 40, 'center'),
  c('ngayChuyen', 'Ngày chuyển', 48, 'center'),
  c('kyNhan', 'Ký nhận', 50),
  c('ghiChu', 'Ghi chú', 58),
];

/**
 * Party bodies (693-QĐ/VPTW): its register forms were not found (research notes), so this set is
 * UNCONFIRMED: the NĐ 30 columns with độ mật/độ khẩn, which Party registers record, beside the number.
 */
const SO_DEN_693: RegisterColumn[] = [...SO_DEN_ND30.slice(0, 4), c('doMatKhan', 'Độ mật, độ khẩn', 6, 'center'), ...SO_DEN_ND30.slice(4)];

export const COLUMN_SETS: Record<RegisterForm, ColumnSet[]> = {
  'so-den': [
    { id: 'nd30', label: 'Nghị định 30/2020/NĐ-CP', title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', columns: SO_DEN_ND30 },
    { id: 'vptw693', label: 'Quy định 693-QĐ/VPTW (chưa xác nhận)', title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', columns: SO_DEN_693 },
  ],
  'theo-doi': [
    { id: 'nd30', label: 'Nghị định 30/2020/NĐ-CP', title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN', columns: THEO_DOI_ND30 },
    { id: 'vptw693', label: 'Quy định 693-QĐ/VPTW (chưa xác nhận)', title: 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN', columns: THEO_DOI_ND30 },
  ],
  'so-di': [{ id: 'nd30', label: 'Nghị định 30/2020/NĐ-CP', title: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', columns: SO_DI_ND30 }],
};


/** The office's set for a form, falling back to NĐ 30 when the form has no such set. */
export function columnSet(form: RegisterForm, id: string = 'nd30'): ColumnSet {
  const sets = COLUMN_SETS[form];
  return sets.find((s) => s.id === id) ?? sets[0]!;
}
