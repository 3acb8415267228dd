// The incoming register's fixed value lists, without zod: the renderer's first screen imports
// these, and importing the schemas (incoming.ts) would put zod and their construction on start-up.
export const INCOMING_STATUSES = ['moi', 'dang-xu-ly', 'da-xu-ly'] as const;
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];
export const INCOMING_STATUS_LABELS: Record<IncomingStatus, string> = { moi: 'mới', 'dang-xu-ly': 'đang xử lý', 'da-xu-ly': 'đã xử lý' };

export const SECRECY_LEVELS = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
export const URGENCY_LEVELS = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
