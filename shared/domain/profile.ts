import { z } from 'zod';


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
  /** Shown next to the khóa, e.g. "nhiệm kỳ 2020 - 2025". */
  label: z.string().trim().max(100).default(''),
});
// label stays optional in the type so forms written before it existed still type-check.
export type Term = Omit<z.output<typeof termSchema>, 'label'> & { label?: string };

/** The term of the cấp ủy that contains `date` (ISO), or null. Terms are inclusive at both ends. */
export function termOn(terms: readonly Term[], date: string): Term | null {
  return [...terms].sort((a, b) => (a.start < b.start ? 1 : -1)).find((t) => t.start <= date && (t.end === null || t.end >= date)) ?? null;
}

/** Vietnamese problems with a term list (empty when it is fine): dates in order, no overlap, one open term at most. */
export function termProblems(terms: readonly Term[]): string[] {
  const problems: string[] = [];
  const sorted = [...terms].sort((a, b) => (a.start < b.start ? -1 : 1));
  sorted.forEach((t, i) => {
    if (t.end !== null && t.end < t.start) problems.push(`Khóa ${t.name}: ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.`);
    const next = sorted[i + 1];
    if (next && (t.end === null || t.end >= next.start)) problems.push(`Khóa ${t.name} và khóa ${next.name}: hai nhiệm kỳ chồng lên nhau.`);
  });
  return problems;
}

/** "Start new term": the current open term ends the day before `start`. */
export const startTermSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  start: z.iso.date(),
  label: z.string().trim().max(100).default(''),
});
export type StartTermInput = z.output<typeof startTermSchema>;

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
    // A sample is the starting point of an office set up today, so it is open-ended (validTo and
    // the term's end are null); the office closes it with "start new term" or a dated new version.
    label: 'Ban Tuyên giáo Quận ủy Quận 1 (khóa XII)',
    parentBody: 'QUẬN ỦY QUẬN 1',
    issuer: 'BAN TUYÊN GIÁO',
    issuerCode: 'BTGQU',
    place: 'Quận 1',
    shortName: 'Ban Tuyên giáo Quận ủy',
    signers: [
      { name: 'Nguyễn Trung Châu Tuyên', title: 'PHÓ TRƯỞNG BAN', authority: 'K/T TRƯỞNG BAN' },
    ],
    terms: [{ name: 'XII', start: '2020-10-01', end: null, label: 'nhiệm kỳ 2020 - 2025' }],
    numberingPolicy: 'party',
    formatProfile: 'party-hd36-2018',
    validFrom: '2020-10-01',
    validTo: null,
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
    terms: [
      { name: 'XVII', start: '2020-10-15', end: '2025-09-30', label: 'nhiệm kỳ 2020 - 2025' },
      { name: 'XVIII', start: '2025-10-01', end: null, label: 'nhiệm kỳ 2025 - 2030' },
    ],
    numberingPolicy: 'party',
    formatProfile: 'party-hd36-2018',
    validFrom: '2025-03-01',
    validTo: null,
  },
];
