// The one assembly of a document from a draft, used by the preview, the export of a draft and the issue
// operation: the office profile and signer come only from the profile valid on the draft's date.
import type { ComposeDraft } from '../../shared/domain/compose';
import type { OfficeProfile } from '../../shared/domain/profile';
import { issueProblems, signerOf, templateDataFor } from '../../shared/templates/assemble';
import type { TemplateDef } from '../../shared/templates';
import { getTemplate } from '../documents/templates';
import { noProfileError, type ProfileService } from '../profile/service';

export type Assembled = {
  template: TemplateDef;
  profile: OfficeProfile;
  data: Record<string, unknown>;
  /** What is missing before it can be issued (Vietnamese); empty when it can be issued. */
  problems: string[];
  signer: OfficeProfile['signers'][number] | null;
};

export function assemble(draft: ComposeDraft, profiles: ProfileService): Assembled {
  const template = getTemplate(draft.templateId, draft.templateVersion);
  const profile = profiles.validOn(draft.date);
  if (!profile) throw noProfileError(profiles, draft.date, 'soạn văn bản');
  return {
    template,
    profile,
    data: templateDataFor(draft, profile),
    problems: issueProblems(draft, template.kind, profile),
    signer: signerOf(draft, profile),
  };
}
