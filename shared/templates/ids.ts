// Ids of the built-in templates that code refers to by name (templates/<id>.json). Everything
// else reaches templates through the library (getTemplate / templates:list), never a literal.
export const TEMPLATE_IDS = {
  /** Công văn chuyển tiếp: the reply composed from an incoming circular. */
  forwardingLetter: 'forwarding-letter',
  /** Thông báo nhanh kết quả hội nghị. */
  quickReport: 'quick-report',
} as const;
