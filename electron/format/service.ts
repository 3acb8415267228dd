// The office's format choices ("Thể thức"): dated rows read by main whenever a document is assembled
// (electron/documents/templates formatProfileFor), and a live sample rendered with the real engine.
import { todayIn } from '../../shared/text/today';
import type { OfficeFormat } from '../../shared/format';
import { sampleData } from '../../shared/templates';
import type { Db } from '../db/open';
import { getTemplate, registerOfficeFormat } from '../documents/templates';
import type { ProfileService } from '../profile/service';
import { createFormatRepo } from './repo';

export function createFormatService(deps: { db: Db; clock: () => Date; profile: Pick<ProfileService, 'get'> }) {
  const repo = createFormatRepo(deps.db);
  // A closed database (the app moved its data folder, a test closed its context) answers nothing.
  registerOfficeFormat((date) => (deps.db.open ? (repo.validOn(date ?? todayIn(deps.clock()))?.settings ?? null) : null));
  return {
    list: () => repo.list(),
    validOn: (date: string) => repo.validOn(date),
    save: (input: { validFrom: string; settings: OfficeFormat; basis: string }) => repo.save(input.validFrom, input.settings, input.basis, deps.clock().toISOString()),
    /** A sample công văn or kế hoạch with exactly these choices (not the stored ones). */
    async sample(input: { settings: OfficeFormat; templateId: 'cong-van' | 'ke-hoach' }) {
      const t = getTemplate(input.templateId);
      const office = deps.profile.get();
      const data = sampleData(t, { number: 12, date: todayIn(deps.clock()) });
      if (office) {
        data.office = { parentBody: office.parentBody, issuer: office.issuer, issuerCode: office.issuerCode, place: office.place, shortName: office.shortName };
        const s = office.signers[0];
        if (s) data.signer = { authority: s.authority, title: s.title, name: s.name };
      }
      const { applyOfficeFormat, getFormatProfile, DEFAULT_FORMAT_PROFILE_ID } = await import('../../shared/format');
      const { buildSpec } = await import('../../shared/templates');
      const { renderPdf } = await import('../../shared/render/pdf');
      const { loadFonts } = await import('../documents/fonts');
      const { nodeDeflate } = await import('../documents/service-pdf');
      // The base profile without the stored choices, then the ones being edited.
      const base = getFormatProfile(office?.formatProfile ?? DEFAULT_FORMAT_PROFILE_ID);
      const profile = applyOfficeFormat(base, input.settings);
      const r = await renderPdf(buildSpec(t, data, profile), profile, loadFonts(), deps.clock(), { deflate: nodeDeflate });
      return { dataBase64: Buffer.from(r.bytes).toString('base64'), pages: r.pages };
    },
  };
}
export type FormatService = ReturnType<typeof createFormatService>;
