// Honest confidence and evidence for OCR'd fields: each field the parser found is traced back to
// the OCR lines it came from; its confidence becomes parser confidence × OCR line confidence, and
// the review form gets a PNG crop of those lines to check the value against the image.
import { PNG } from 'pngjs';
import type { OcrInfo } from '../../shared/ipc/importer';
import { clamp } from '../../shared/parse/confidence';
import type { IncomingMetadata, MetadataField } from '../../shared/parse/types';
import { nameKey } from '../../shared/text/normalize';
import { crop, shrink, type Grey } from './image';
import type { PlacedLine, ScanText } from './scan';


const HEADER: MetadataField[] = ['number', 'date', 'place', 'parentBody', 'issuer', 'subject', 'docType'];
const LAST_PAGE: MetadataField[] = ['signerName', 'signerTitle', 'signingAuthority', 'distribution'];
const CROP_MAX_W = 640;

const tokens = (s: string) => new Set(nameKey(s).split(' ').filter(Boolean));

function valueText(m: IncomingMetadata, f: MetadataField): string | null {
  const v = m[f as keyof IncomingMetadata];
  if (v == null) return null;
  if (f === 'date' && typeof v === 'string') {
    const [y, mo, d] = v.split('-').map(Number);
    return `ngày ${d} ${String(d).padStart(2, '0')} tháng ${mo} ${String(mo).padStart(2, '0')} năm ${y}`;
  }
  // The place is on the place-date line: look for that line.
  if (f === 'place' && m.date) return `${String(v)} ${valueText(m, 'date')}`;
  if (Array.isArray(v)) return v.map(String).join(' ');
  return typeof v === 'object' ? null : String(v);
}

/** Lines of `pool` most of whose words belong to the value (and at least one does). */
function matchLines(pool: PlacedLine[], value: string): PlacedLine[] {
  const want = tokens(value);
  return pool.filter((l) => {
    const have = [...tokens(l.text)];
    const shared = have.filter((t) => want.has(t)).length;
    return shared > 0 && shared / have.length >= 0.5;
  });
}

/** A value sits in one cell: keep the matched lines of the cell with most of them ("Đảng Cộng sản Việt Nam" in a trích yếu must not pull in the motto). */
function oneRegion(lines: PlacedLine[]): PlacedLine[] {
  const by = new Map<string, PlacedLine[]>();
  for (const l of lines) by.set(`${l.page}/${l.region}`, [...(by.get(`${l.page}/${l.region}`) ?? []), l]);
  return [...by.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

function pngDataUrl(img: Grey): string {
  const png = new PNG({ width: img.w, height: img.h, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return `data:image/png;base64,${PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }).toString('base64')}`;
}

function cropOf(scan: ScanText, lines: PlacedLine[]): string | null {
  const page = lines[0]?.page;
  const img = page === undefined ? undefined : scan.images.get(page);
  if (!img) return null;
  const same = lines.filter((l) => l.page === page);
  const pad = 10;
  const x0 = Math.max(0, Math.min(...same.map((l) => l.x0)) - pad);
  const y0 = Math.max(0, Math.min(...same.map((l) => l.y0)) - pad);
  const x1 = Math.min(img.w, Math.max(...same.map((l) => l.x1)) + pad);
  const y1 = Math.min(img.h, Math.max(...same.map((l) => l.y1)) + pad);
  const c = crop(img, { x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
  return pngDataUrl(shrink(c, Math.ceil(c.w / CROP_MAX_W)));
}

/**
 * Adds OCR evidence to the parser's result: confidence = parser × OCR for every field with a
 * value (a field whose lines cannot be found gets the page's mean OCR confidence), and crops for
 * the header and signature fields and Kính gửi.
 */
export function withOcrEvidence(m: IncomingMetadata, scan: ScanText): { metadata: IncomingMetadata; ocr: OcrInfo } {
  const firstPage = scan.lines[0]?.page ?? 0;
  const lastPage = scan.lines[scan.lines.length - 1]?.page ?? firstPage;
  const header = scan.lines.filter((l) => l.page === firstPage && (l.region === 'left' || l.region === 'right'));
  const page1 = scan.lines.filter((l) => l.page === firstPage);
  const body1 = page1.filter((l) => l.region === 'body');
  const last = scan.lines.filter((l) => l.page === lastPage);
  const pageConf = scan.conf / 100;
  const fields: OcrInfo['fields'] = {};
  const confidence = { ...m.confidence };
  for (const f of Object.keys(confidence) as MetadataField[]) {
    const value = valueText(m, f);
    if (value === null) continue;
    const pool = HEADER.includes(f) ? header : LAST_PAGE.includes(f) ? last : f === 'addressees' ? body1 : null;
    let lines = pool ? oneRegion(matchLines(pool, value)) : [];
    // No header table found (a trích yếu running into the place-date line): page 1 read whole.
    if (!lines.length && pool === header) lines = oneRegion(matchLines(page1, value));
    // A name repaired from its OCR reading ("Irấn Ihị" → "Trần Thị") no longer matches its line's words.
    if (!lines.length && f === 'signerName' && scan.signer?.name === value) lines = [scan.signer.line];
    const ocrConf = lines.length ? lines.reduce((s, l) => s + l.conf, 0) / lines.length / 100 : pageConf;
    confidence[f] = clamp(m.confidence[f] * ocrConf);
    if (pool) fields[f] = { crop: lines.length ? cropOf(scan, lines) : null, ocrConf: clamp(ocrConf) };
  }
  return { metadata: { ...m, confidence }, ocr: { pages: scan.pages, pagesRead: scan.pagesRead, conf: clamp(pageConf), fields } };
}
