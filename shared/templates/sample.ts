// Sample values for a template's fields: what the editor's live preview and the built-in layout
// tests fill in. Short fields show their label in brackets so the clerk sees where each field lands.
import { type FieldDef, type TemplateDef } from './types';

const SENTENCE = 'Nội dung mẫu để xem trước bố cục văn bản; khi soạn, văn thư thay bằng nội dung thật của đơn vị, đúng thể thức và đủ ý.';

export const SAMPLE_OFFICE = {
  parentBody: 'QUẬN ỦY QUẬN 1',
  issuer: 'BAN TUYÊN GIÁO',
  issuerCode: 'BTGQU',
  place: 'Quận 1',
  shortName: 'Ban Tuyên giáo Quận ủy',
};

export const SAMPLE_SIGNER = { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn A' };

function sampleValue(key: string, f: FieldDef, date: string): unknown {
  if (f.default !== undefined) return f.default;
  const label = `[${f.label}]`;
  switch (f.type) {
    case 'text': return key === 'subject' ? `[${f.label}] của văn bản` : label;
    case 'richText': return `${label} ${SENTENCE}`;
    case 'longText': return `${label} ${SENTENCE}\n${SENTENCE}`;
    case 'date': return date;
    case 'boolean': return true;
    case 'textList': return [1, 2, 3].map((i) => `${label} mục ${i}: ${SENTENCE}`);
    case 'content': return [`${label} ${SENTENCE}`];
    case 'sections': return [{ title: `${label} phần thứ nhất`, content: [SENTENCE] }, { title: `${label} phần thứ hai`, content: [SENTENCE] }];
    case 'citations': return [{ kind: 'Công văn', symbol: '123-CV/BTGTU', date, issuer: 'Ban Tuyên giáo Thành ủy', subject: 'gửi tài liệu tuyên truyền' }];
    case 'table': return [1, 2, 3].map((i) => Object.fromEntries((f.columns ?? []).map((c) => [c.key, `${c.label} ${i}`])));
    case 'footnotes': return {};
  }
}

/** Template data with every field filled (defaults where the template has them). */
export function sampleData(t: TemplateDef, opts: { date?: string; number?: number | null } = {}): Record<string, unknown> {
  const date = opts.date ?? '2023-07-12';
  const data: Record<string, unknown> = {
    office: { ...SAMPLE_OFFICE },
    number: opts.number ?? null,
    date,
    signer: t.showHeader ? { ...SAMPLE_SIGNER } : null,
    addressees: t.kind === 'cong-van' ? ['Các đơn vị trực thuộc', 'Các đồng chí báo cáo viên'] : [],
    distribution: t.showHeader ? (t.defaults?.distribution ?? []).map((r) => ('unit' in r ? r.unit : 'Nhóm nơi nhận')).filter(Boolean).concat(t.defaults?.distribution.length ? [] : ['Như trên', 'Lưu Văn phòng']) : [],
  };
  for (const [k, f] of Object.entries(t.fields)) if (f.type !== 'footnotes') data[k] = sampleValue(k, f, date);
  return data;
}
