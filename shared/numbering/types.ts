// Document-type abbreviations (party-format.md §2.3). Where sources disagree (Quy định: QĐ vs QĐi)
// both are known; formatting uses the office's choice.

export const DOC_TYPES: readonly { code: string; name: string; aliases?: string[] }[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'QĐi', name: 'Quy định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'TT', name: 'Thông tri' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'QH', name: 'Quy hoạch' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'CTHĐ', name: 'Chương trình hành động', aliases: ['CTrHĐ'] },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'PA', name: 'Phương án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'CV', name: 'Công văn' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'BS', name: 'Bản sao' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'TTg', name: 'Quyết định của Thủ tướng' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'CĐ', name: 'Công điện' },
];

export function docTypeName(code: string): string | null {
  const c = code.normalize('NFC');
  const hit = DOC_TYPES.find((t) => t.code === c || t.aliases?.includes(c)) ?? DOC_TYPES.find((t) => t.code.toUpperCase() === c.toUpperCase());
  return hit?.name ?? null;
}

/** Types a Ban issues day to day: offered in pickers, filters and the counters screen. */
export const COMMON_OUTGOING_TYPES: readonly string[] = ['CV', 'TB', 'KH', 'HD', 'BC', 'TTr', 'GM'];
/** Types commonly received from above: the outgoing ones plus resolutions, directives, decisions, conclusions. */
export const COMMON_INCOMING_TYPES: readonly string[] = [...COMMON_OUTGOING_TYPES, 'NQ', 'CT', 'QĐ', 'KL'];

/** "CV — Công văn", for option labels. */
export const typeOptionLabel = (code: string): string => {
  const name = docTypeName(code);
  return name ? `${code} — ${name}` : code;
};
