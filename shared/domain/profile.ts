import { z } from 'zod';

export const SIGNING_AUTHORITIES = ['', 'T/M', 'K/T', 'T/L', 'T/U'] as const;

export const signerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** Chức vụ, e.g. "PHÓ TRƯỞNG BAN". */
  title: z.string().trim().min(1).max(200),
  /** Thẩm quyền ký line, e.g. "K/T TRƯỞNG BAN", or '' when the head signs directly. */
  authority: z.string().trim().max(200).default(''),
});
export type Signer = z.infer<typeof signerSchema>;

export const termSchema = z.strictObject({
  /** Khóa, e.g. "XI" or "I". */
  name: z.string().trim().min(1).max(50),
  start: z.iso.date(),
  end: z.iso.date().nullable().default(null),
});
export type Term = z.infer<typeof termSchema>;

export const NUMBERING_POLICIES = ['party', 'state'] as const;

export const officeProfileInputSchema = z.strictObject({
  /** Tên cơ quan cấp trên, e.g. "QUẬN ỦY QUẬN 1". */
  parentBody: z.string().trim().max(200).default(''),
  /** Tên cơ quan ban hành, e.g. "BAN TUYÊN GIÁO". */
  issuer: z.string().trim().min(1).max(200),
  /** Ký hiệu cơ quan, e.g. "BTGQU". */
  issuerCode: z.string().trim().min(1).max(30),
  /** Địa danh for the date line, e.g. "Quận 1". */
  place: z.string().trim().min(1).max(100),
  /** How the issuer names itself in running text, e.g. "Ban Tuyên giáo Quận ủy". */
  shortName: z.string().trim().max(200).default(''),
  signers: z.array(signerSchema).max(50).default([]),
  terms: z.array(termSchema).max(50).default([]),
  numberingPolicy: z.enum(NUMBERING_POLICIES).default('party'),
  formatProfile: z.string().trim().min(1).max(50).default('party-hd36-2018'),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable().default(null),
});
export type OfficeProfileInput = z.input<typeof officeProfileInputSchema>;
export type OfficeProfileData = z.output<typeof officeProfileInputSchema>;

export type OfficeProfile = OfficeProfileData & { id: number; createdAt: string; updatedAt: string };

/** The sample profiles offered at first run. */
export const SAMPLE_PROFILES: readonly (OfficeProfileInput & { key: string; label: string })[] = [
  {
    key: 'btg-quan-1-2023',
    label: 'Ban Tuyên giáo Quận ủy Quận 1 (nhiệm kỳ 2020 - 2025)',
    parentBody: 'QUẬN ỦY QUẬN 1',
    issuer: 'BAN TUYÊN GIÁO',
    issuerCode: 'BTGQU',
    place: 'Quận 1',
    shortName: 'Ban Tuyên giáo Quận ủy',
    signers: [
      { name: 'Nguyễn Trung Châu', title: 'PHÓ TRƯỞNG BAN', authority: 'K/T TRƯỞNG BAN' },
    ],
    terms: [{ name: 'XII', start: '2020-10-01', end: '2025-06-30' }],
    numberingPolicy: 'party',
    formatProfile: 'party-hd36-2018',
    validFrom: '2020-10-01',
    validTo: '2025-06-30',
  },
  {
    key: 'btgdv-tinh-uy-2025',
    label: 'Ban Tuyên giáo và Dân vận Tỉnh ủy (từ năm 2025)',
    parentBody: 'TỈNH ỦY TUYÊN QUANG',
    issuer: 'BAN TUYÊN GIÁO VÀ DÂN VẬN',
    issuerCode: 'BTGDVTU',
    place: 'Tuyên Quang',
    shortName: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    signers: [{ name: 'Nguyễn Văn An', title: 'TRƯỞNG BAN', authority: '' }],
    terms: [{ name: 'XVIII', start: '2025-10-01', end: null }],
    numberingPolicy: 'party',
    formatProfile: 'party-hd36-2018',
    validFrom: '2025-03-01',
    validTo: null,
  },
];
