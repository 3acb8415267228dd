// Adapter from the outgoing register to the documents service: renders the template with the
// number just taken, the date and the office profile in force at that date.
import { AppError } from '../../shared/errors';
import { getTemplate, renderDocument } from '../documents/service';
import type { RenderFn } from './service';

export const documentRenderer =
  (clock: () => Date): RenderFn =>
  async (req) => {
    const template = getTemplate(req.templateId, req.templateVersion ?? null);
    if (template.typeCode && template.typeCode !== req.number.typeCode) {
      throw new AppError('VALIDATION', `Mẫu "${template.name}" là loại ${template.typeCode}, không cấp số loại ${req.number.typeCode} cho mẫu này được.`);
    }
    const data = req.data && typeof req.data === 'object' && !Array.isArray(req.data) ? (req.data as Record<string, unknown>) : {};
    const r = await renderDocument({ templateId: req.templateId, templateVersion: req.templateVersion ?? null, data, profile: req.profile, number: req.number.serial, date: req.date, now: clock() });
    return { docx: r.docx, pdf: r.pdf };
  };
