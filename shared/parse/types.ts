// What the parser extracts from an incoming document. Keys are the CLI/IPC contract (issue 5):
// every field is null when absent; dates ISO (YYYY-MM-DD); lists are arrays of strings; text NFC.

export type Reference = {
  /** Normalised "3080-CV/BTGTU" (Party) or "454/UBND-NCTH" (State), null when the citation has none. */
  number: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
};

export const METADATA_FIELDS = [
  'number',
  'serial',
  'typeCode',
  'issuerCode',
  'docType',
  'date',
  'place',
  'parentBody',
  'issuer',
  'subject',
  'addressees',
  'distribution',
  'signerName',
  'signerTitle',
  'signingAuthority',
  'secrecy',
  'urgency',
  'references',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export type Confidence = Record<MetadataField, number>;

export type IncomingMetadata = {
  number: string | null;
  serial: number | null;
  typeCode: string | null;
  issuerCode: string | null;
  docType: string | null;
  date: string | null;
  place: string | null;
  parentBody: string | null;
  issuer: string | null;
  subject: string | null;
  addressees: string[] | null;
  distribution: string[] | null;
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: string | null;
  secrecy: 'MẬT' | 'TỐI MẬT' | 'TUYỆT MẬT' | null;
  urgency: 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC' | null;
  references: Reference[] | null;
  /** 0..1 per field; below 0.5 means "check this by hand". */
  confidence: Confidence;
};
