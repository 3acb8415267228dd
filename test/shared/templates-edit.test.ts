// The editor's pure edits: field keys from Vietnamese labels, type changes, removal, placeholders.
import { describe, expect, it } from 'vitest';
import { addField, fieldKeyFor, insertPlaceholder, lintTemplate, moveField, removeField, withTypeCode } from '../../shared/templates';
import { template } from '../helpers/documents';

describe('template edits', () => {
  it('makes field keys from labels, unique and never reserved', () => {
    expect(fieldKeyFor('Địa điểm tổ chức', [])).toBe('diaDiemToChuc');
    expect(fieldKeyFor('Địa điểm', ['diaDiem'])).toBe('diaDiem2');
    expect(fieldKeyFor('Constructor', [])).toBe('constructorMau');
    expect(fieldKeyFor('Ngày', ['ngay'])).toBe('ngay2');
    expect(fieldKeyFor('2024', [])).toBe('truong');
  });

  it('a new field inserted in the body passes the checks; removing it leaves a valid template', () => {
    const t = template('ke-hoach');
    const { template: t2, key } = addField(t, 'Địa bàn', 'text');
    expect(lintTemplate(t2)).toEqual([`trường "Địa bàn" không được dùng ở đâu trong mẫu`]);
    const p = insertPlaceholder('Tuyên truyền tại', null, key);
    expect(p).toEqual({ text: 'Tuyên truyền tại {{diaBan}}', caret: 27 });
    const t3 = { ...t2, body: [...t2.body, { paragraph: p.text }] };
    expect(lintTemplate(t3)).toEqual([]);
    expect(lintTemplate(removeField(t3, 'diaBan'))).toEqual([]);
    expect(lintTemplate(removeField(t, 'schedule'))).toEqual([]);
    expect(Object.keys(moveField(t, 'basis', 1).fields).slice(0, 2)).toEqual(['subject', 'purpose']);
  });

  it('a type code sets the layout kind and the title', () => {
    const cv = withTypeCode(template('ke-hoach'), 'CV');
    expect([cv.kind, cv.title]).toEqual(['cong-van', null]);
    const tb = withTypeCode(template('cong-van'), 'TB');
    expect([tb.kind, tb.title]).toEqual(['thong-bao', 'THÔNG BÁO']);
    expect(withTypeCode(template('cong-van'), 'GM').kind).toBe('khac');
  });
});
