// Renders a Thông báo nhanh draft through the document engine (quick-report template, HD 36 profile).
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { getFormatProfile } from '../../shared/format';
import { renderDocx } from '../../shared/render/docx';
import { renderPdf } from '../../shared/render/pdf';
import { toQuickReportData, type QuickReportOffice } from '../../shared/report/template-data';
import type { Draft } from '../../shared/report/types';
import { buildSpec, parseTemplate } from '../../shared/templates';
import { todayIn } from '../../shared/text/today';
import { loadFonts, templatesDir } from '../documents/fonts';
import { nodeDeflate } from '../documents/service-pdf';

/** The office of the first sample profile when no profile is given (the CLI works without --db). */
export const defaultOffice = (): QuickReportOffice => {
  const p = SAMPLE_PROFILES[0]!;
  return { parentBody: p.parentBody ?? '', issuer: p.issuer, issuerCode: p.issuerCode, place: p.place, shortName: p.shortName ?? '' };
};

export function quickReportTemplate() {
  const file = path.join(templatesDir(), 'quick-report.json');
  return parseTemplate(JSON.parse(fs.readFileSync(file, 'utf8')), 'quick-report.json');
}

export async function renderDraft(draft: Draft, format: 'docx' | 'pdf', opts: { office?: QuickReportOffice; date?: string | null; now?: Date } = {}): Promise<Uint8Array> {
  const now = opts.now ?? new Date();
  const date = opts.date === undefined ? todayIn(now) : opts.date;
  const data = toQuickReportData(draft, opts.office ?? defaultOffice(), date);
  const profile = getFormatProfile();
  const spec = buildSpec(quickReportTemplate(), data, profile);
  if (format === 'docx') return renderDocx(spec, profile, undefined, now);
  return (await renderPdf(spec, profile, loadFonts(), now, { deflate: nodeDeflate })).bytes;
}
