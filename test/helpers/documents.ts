// Demo templates and data from templates/, for document tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseTemplate, type TemplateDef } from '../../shared/templates';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function template(id: string): TemplateDef {
  return parseTemplate(JSON.parse(fs.readFileSync(path.join(ROOT, 'templates', `${id}.json`), 'utf8')));
}

export function demoData(name: 'letter' | 'tbn'): Record<string, unknown> {
  const file = name === 'letter' ? '65-CV-BTGQU.json' : 'thong-bao-nhanh-hoi-nghi-21.json';
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'templates', 'demo', file), 'utf8')) as Record<string, unknown>;
}

/** The XML parts of a .docx, by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(unzipSync(bytes))) if (k.endsWith('.xml') || k.endsWith('.rels')) out[k] = strFromU8(v);
  return out;
}

/** Text of a WordprocessingML fragment: <w:t> contents joined, paragraphs separated by "\n". */
export function xmlText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .join('\n')
    .replace(/\n$/, '');
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Paragraph XML chunks (<w:p …>…</w:p>) of a part. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** The paragraph whose text contains `needle`. */
export function paragraphWith(xml: string, needle: string): string {
  const p = paragraphs(xml).find((x) => xmlText(x).includes(needle));
  if (!p) throw new Error(`no paragraph with "${needle}"`);
  return p;
}

export type RunDefaults = { size: number | null; font: string | null };

/** Document-wide run defaults (w:docDefaults of styles.xml): size in pt and font. */
export function runDefaults(stylesXml: string): RunDefaults {
  const d = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? '';
  const sz = /<w:sz w:val="(\d+)"/.exec(d)?.[1];
  return { size: sz ? Number(sz) / 2 : null, font: /<w:rFonts w:ascii="([^"]+)"/.exec(d)?.[1] ?? null };
}

/**
 * Effective properties of the run holding `needle`: size in pt, bold, italic, underline, font —
 * the run's own, else the document defaults.
 */
export function runProps(paragraphXml: string, needle: string, defaults: RunDefaults = { size: null, font: null }): { size: number | null; bold: boolean; italic: boolean; underline: boolean; font: string | null } {
  const run = [...paragraphXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).find((r) => xmlText(r).includes(needle));
  if (!run) throw new Error(`no run with "${needle}"`);
  const rpr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
  const on = (tag: string) => new RegExp(`<w:${tag}(?: w:val="(?:true|1|on)")?\\s*/>`).test(rpr);
  return {
    size: rpr.match(/<w:sz w:val="(\d+)"/) ? Number(rpr.match(/<w:sz w:val="(\d+)"/)![1]) / 2 : defaults.size,
    bold: on('b'),
    italic: on('i'),
    underline: /<w:u w:val="single"/.test(rpr),
    font: rpr.match(/<w:rFonts w:ascii="([^"]+)"/)?.[1] ?? defaults.font,
  };
}

/** LibreOffice with a private profile folder, so parallel runs do not share one. */
export function libreofficeToPdf(docx: string, outDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  const r = spawnSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { encoding: 'utf8', timeout: 120_000 });
  fs.rmSync(profile, { recursive: true, force: true });
  const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}: ${r.stderr}`);
  return pdf;
}

