// The one assembly of a document from a draft, used by the preview, the export of a draft and the issue
// operation: the office profile and signer come only from the profile valid on the draft's date.
import { AppError } from '../../shared/errors';
import type { ComposeDraft } from '../../shared/domain/compose';
import type { OfficeProfile } from '../../shared/domain/profile';
import { issueProblems, signerOf, templateDataFor } from '../../shared/templates/assemble';
import type { TemplateDef } from '../../shared/templates';
import { formatDateShort } from '../../shared/text/dates';
import { getTemplate } from '../documents/templates';
import type { ProfileService } from '../profile/service';

export type Assembled = {
  template: TemplateDef;
  profile: OfficeProfile;
  data: Record<string, unknown>;
  /** What is missing before it can be issued (Vietnamese); empty when it can be issued. */
  problems: string[];
  signer: OfficeProfile['signers'][number] | null;
};

export function noProfileError(profile: ProfileService, date: string): AppError {
  const any = profile.get();
  return new AppError(
    'VALIDATION',
    any
      ? `Không có hồ sơ cơ quan có hiệu lực vào ngày ${formatDateShort(date)} (hồ sơ hiện có: từ ${formatDateShort(any.validFrom)}${any.validTo ? ` đến ${formatDateShort(any.validTo)}` : ''}). Hãy chọn ngày văn bản khác hoặc cập nhật hồ sơ cơ quan.`
      : 'Chưa có hồ sơ cơ quan. Hãy thiết lập hồ sơ cơ quan (tên cơ quan, ký hiệu, nhiệm kỳ) trước khi soạn văn bản.',
  );
}

export function assemble(draft: ComposeDraft, profiles: ProfileService): Assembled {
  const template = getTemplate(draft.templateId, draft.templateVersion);
  const profile = profiles.validOn(draft.date);
  if (!profile) throw noProfileError(profiles, draft.date);
  return {
    template,
    profile,
    data: templateDataFor(draft, profile),
    problems: issueProblems(draft, template.kind, profile),
    signer: signerOf(draft, profile),
  };
}
