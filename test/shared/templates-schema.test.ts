// Template schema v2 and its checks: every built-in passes; each kind of bad template is refused
// with one Vietnamese message naming the problem; the new directives number sections and items.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DocumentSpec } from '../../shared/document/spec';
import { getFormatProfile } from '../../shared/format';
import { buildSpec, parseTemplate, parseTemplateJson, runsText, sampleData, signingMark, TEMPLATE_MAX_BYTES, type TemplateDefInput } from '../../shared/templates';
import { ROOT, template } from '../helpers/documents';
import { appErrorOf } from '../helpers/errors';

const party = getFormatProfile();


const base = (): TemplateDefInput & Record<string, unknown> => ({
  schemaVersion: 2,
  id: 'thu',
  name: 'Mẫu thử',
  kind: 'thong-bao',
  typeCode: 'TB',
  title: 'THÔNG BÁO',
  subject: '{{subject}}',
  fields: { subject: { type: 'text', label: 'Trích yếu' }, content: { type: 'longText', label: 'Nội dung' } },
  body: [{ paragraph: '{{content}}' }],
});

const lines = (spec: DocumentSpec) => spec.body.map((b) => (b.type === 'heading' ? `${b.label} ${runsText(b.runs)}` : b.type === 'listItem' ? `${b.marker} ${runsText(b.runs)}` : 'runs' in b ? runsText(b.runs) : b.type));

describe('built-in templates', () => {
  const ids = fs.readdirSync(path.join(ROOT, 'templates')).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));

  it('are all there and all pass the checks', () => {
    for (const id of ['cong-van', 'forwarding-letter', 'thong-bao', 'quick-report', 'quick-report-attachment', 'ke-hoach', 'bao-cao', 'giay-moi', 'huong-dan', 'to-trinh', 'de-cuong-tuyen-truyen']) expect(ids).toContain(id);
    for (const id of ids) expect(template(id).id).toBe(id);
  });

  it('Kế hoạch numbers its sections I, II, III and restarts items in each', () => {
    const t = template('ke-hoach');
    const l = lines(buildSpec(t, sampleData(t), party));
    expect(l.filter((x) => /^[IVX]+\. /.test(x))).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(l.filter((x) => /^\d\. (Mục đích|Yêu cầu)$/.test(x))).toEqual(['1. Mục đích', '2. Yêu cầu']);
    expect(l.filter((x) => /^\d\. \[Nội dung/.test(x)).map((x) => x[0])).toEqual(['1', '2', '3']);
  });

  it('a long text gives one paragraph per line; the closing line comes last with "./."', () => {
    const t = template('to-trinh');
    const spec = buildSpec(t, { ...sampleData(t), reasons: 'Dòng một.\n\nDòng hai.', recipient: 'Thường trực Quận ủy' }, party);
    const l = lines(spec);
    expect(l).toContain('Dòng một.');
    expect(l).toContain('Dòng hai.');
    expect(l.at(-1)).toBe('Kính trình Thường trực Quận ủy xem xét, quyết định./.');
  });

  it('a tài liệu kèm theo has no header unless the data asks for one', () => {
    const t = template('de-cuong-tuyen-truyen');
    expect(buildSpec(t, sampleData(t), party).showHeader).toBe(false);
    expect(buildSpec(t, { ...sampleData(t), showHeader: true }, party).showHeader).toBe(true);
    expect(buildSpec(template('thong-bao'), sampleData(template('thong-bao')), party).showHeader).toBe(true);
  });

  it('the State profile signs "KT." and the Party profile "K/T"', () => {
    const t = template('bao-cao');
    expect(buildSpec(t, sampleData(t), party).signature?.authority).toBe('K/T TRƯỞNG BAN');
    expect(buildSpec(t, sampleData(t), getFormatProfile('state-nd30-2020')).signature?.authority).toBe('KT. TRƯỞNG BAN');
    expect(signingMark('TM. BAN THƯỜNG VỤ', 'party')).toBe('T/M BAN THƯỜNG VỤ');
    expect(signingMark('TRƯỞNG BAN', 'state')).toBe('TRƯỞNG BAN');
  });
});

describe('bad templates are refused with one Vietnamese message', () => {
  const refuse = (raw: unknown, needle: RegExp) => {
    const e = appErrorOf(() => parseTemplate(raw, 'Tệp thu.json'));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/^Tệp thu\.json không phải mẫu văn bản hợp lệ: /);
    expect(e.message).toMatch(needle);
  };

  it('accepts the base template', () => {
    expect(parseTemplate(base()).fields.content!.type).toBe('longText');
  });

  it('unknown placeholder', () => refuse({ ...base(), body: [{ paragraph: '{{content}} {{noiDung}}' }] }, /chỗ điền "noiDung" ở đoạn 1 không phải trường nào/));
  it('malformed placeholder', () => refuse({ ...base(), body: [{ paragraph: '{{content}} {{ a-b }}' }] }, /chỗ điền "\{\{a-b\}\}" ở đoạn 1 viết sai/));
  it('unused field', () => refuse({ ...base(), fields: { ...base().fields, extra: { type: 'text', label: 'Thừa' } } }, /trường "Thừa" không được dùng ở đâu/));
  it('required field only in a condition', () => refuse({ ...base(), fields: { ...base().fields, extra: { type: 'text', label: 'Thừa' } }, body: [{ paragraph: '{{content}}', if: 'extra' }] }, /trường bắt buộc "Thừa" không có trong nội dung/));
  it('empty title where the type needs one', () => refuse({ ...base(), title: ' ' }, /cần tên loại, ví dụ "THÔNG BÁO"/));
  it('a type code not in the table', () => refuse({ ...base(), typeCode: 'XYZ' }, /loại văn bản "XYZ" không có trong bảng/));
  it('a field named __proto__ (as JSON.parse makes it)', () => refuse(JSON.parse('{"id":"thu","fields":{"__proto__":{"type":"text","label":"x"}}}'), /tên "__proto__" không được phép/));
  it('a field named constructor', () => refuse({ ...base(), fields: { ...base().fields, constructor: { type: 'text', label: 'x' } } }, /tên "constructor" không được phép/));
  it('unknown keys', () => refuse({ ...base(), script: 'alert(1)' }, /khóa không thuộc mẫu văn bản: script/));
  it('a path in a value', () => refuse({ ...base(), name: 'Mẫu C:\\Windows\\system32' }, /name chứa đường dẫn tệp/));
  it('a unix path in a value', () => refuse({ ...base(), description: 'xem /etc/passwd' }, /description chứa đường dẫn tệp/));
  it('a link in a label', () => refuse({ ...base(), fields: { ...base().fields, subject: { type: 'text', label: 'https://example.com' } } }, /fields\.subject\.label chứa địa chỉ liên kết/));
  it('a table field without columns', () => refuse({ ...base(), fields: { ...base().fields, rows: { type: 'table', label: 'Bảng' } }, body: [{ paragraph: '{{content}}' }, { table: 'rows' }] }, /là bảng nhưng chưa có cột/));

  it('allows a web address inside a body paragraph, and "V/v", "12-KH/BTGTU", "10/7/2023" anywhere', () => {
    expect(() => parseTemplate({ ...base(), name: 'V/v 12-KH/BTGTU ngày 10/7/2023', body: [{ paragraph: '{{content}} Xem https://tuyengiao.vn.' }] })).not.toThrow();
  });

  it('file text: broken JSON, over the size limit', () => {
    expect(appErrorOf(() => parseTemplateJson('{"id": ', 'Tệp a.json')).message).toMatch(/^Tệp a\.json không phải mẫu văn bản hợp lệ: không đọc được JSON/);
    expect(appErrorOf(() => parseTemplateJson(' '.repeat(TEMPLATE_MAX_BYTES + 1), 'Tệp a.json')).message).toMatch(/quá lớn/);
    expect(parseTemplateJson(`\uFEFF${JSON.stringify(base())}`).id).toBe('thu');
  });
});
