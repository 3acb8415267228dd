// `vanthu extract` and the importer:extract channel: one JSON object with exactly the contract keys.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/index';
import { importerHandlers } from '../../electron/importer/ipc';
import { METADATA_FIELDS } from '../../shared/parse';
import { importerContract } from '../../shared/ipc/importer';

const dir = path.resolve(__dirname, '../fixtures/parse');
const KEYS = [...METADATA_FIELDS, 'confidence'].sort();

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), readStdin: async () => stdin } };
}

describe('vanthu extract', () => {
  it('FILE --json prints exactly the metadata keys plus confidence', async () => {
    const t = io();
    expect(await runCli(['extract', path.join(dir, 'office/lo-p04-tbn-btgdvtu-2025.docx'), '--json'], t.io)).toBe(0);
    const obj = JSON.parse(t.out.join('')) as Record<string, unknown>;
    expect(Object.keys(obj).sort()).toEqual(KEYS);
    expect(obj.number).toBe('12-TB/BTGDVTU');
    expect(Object.keys(obj.confidence as object).sort()).toEqual([...METADATA_FIELDS].sort());
  });

  it('--stdin reads pasted text', async () => {
    const t = io(fs.readFileSync(path.join(dir, 'p06-state-ubnd-cv.txt'), 'utf8'));
    expect(await runCli(['extract', '--stdin'], t.io)).toBe(0);
    const obj = JSON.parse(t.out.join('')) as Record<string, unknown>;
    expect(Object.keys(obj).sort()).toEqual(KEYS);
    expect(obj).toMatchObject({ number: '454/UBND-NCTH', signingAuthority: 'KT. CHỦ TỊCH' });
  });

  it('refuses a bad file with a Vietnamese error and exit code 1', async () => {
    const t = io();
    const bad = path.join(dir, 'p01-cv-btgtu-hcm.expected.json').replace('.expected.json', '.nope.pdf');
    expect(await runCli(['extract', bad], t.io)).toBe(1);
    expect(t.err.join('')).toMatch(/Lỗi/);
    const u = io();
    expect(await runCli(['extract'], u.io)).toBe(2);
  });
});

describe('importer:extract', () => {
  const schema = importerContract['importer:extract'].input;
  it('accepts {fileName, dataBase64} and {text}, rejects unknown keys', () => {
    expect(schema.safeParse({ text: 'x' }).success).toBe(true);
    expect(schema.safeParse({ fileName: 'a.pdf', dataBase64: 'AAAA' }).success).toBe(true);
    expect(schema.safeParse({ text: 'x', extra: 1 }).success).toBe(false);
    expect(schema.safeParse(JSON.parse('{"text":"x","__proto__":{"a":1}}')).success).toBe(false);
  });

  it('reads a base64 DOCX and pasted text', async () => {
    const h = importerHandlers();
    const data = fs.readFileSync(path.join(dir, 'office/lo-p01-cv-btgtu-hcm.docx')).toString('base64');
    const r = await h.extract({ fileName: 'cv.docx', dataBase64: data });
    expect(Object.keys(r).sort()).toEqual(['metadata', 'text', 'warnings']);
    expect(r.metadata.number).toBe('3080-CV/BTGTU');
    const p = await h.extract({ text: fs.readFileSync(path.join(dir, 'p09-mat-hoatoc-tinh-uy.txt'), 'utf8') });
    expect(p.metadata).toMatchObject({ secrecy: 'MẬT', urgency: 'HỎA TỐC' });
  });
});
