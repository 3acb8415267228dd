// A new draft for a template: field defaults, and — from an incoming circular — the citation and
// wording built from the STORED record (what the parser read at intake), never a re-parse of its text.
import { DRAFT_VERSION, type ComposeDraft } from '../../shared/domain/compose';
import { groupLines, type RecipientGroup } from '../../shared/domain/directory';
import type { IncomingRecord } from '../../shared/domain/incoming';
import type { OfficeProfile } from '../../shared/domain/profile';
import { prefillForwardingLetter, type TemplateDef } from '../../shared/templates';
import { nameKey } from '../../shared/text/normalize';

/** Parts of the template data that main fills from the profile and the draft's own choices, not fields. */
const COMMON = new Set(['office', 'number', 'date', 'signer', 'addressees', 'distribution', 'secrecy', 'urgency']);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

type GroupLookup = (id: number) => RecipientGroup | null;

/**
 * A template's default recipients as lines, in the template's order: a unit as written, a directory
 * group expanded as the picker would (groupLines) with the directory as it is today; a group deleted
 * since is skipped; a name met twice is written once.
 */
function recipientLines(refs: readonly ({ unit: string } | { group: number })[] | undefined, group: GroupLookup | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of refs ?? []) {
    const g = 'group' in r ? group?.(r.group) : null;
    const lines = 'unit' in r ? [r.unit.trim()] : g ? groupLines(g) : [];
    for (const line of lines) {
      if (!line || seen.has(nameKey(line))) continue;
      seen.add(nameKey(line));
      out.push(line);
    }
  }
  return out;
}

export function freshDraft(
  template: TemplateDef,
  opts: { date: string; incoming: IncomingRecord | null; office: OfficeProfile | null; templateVersion?: number | null; group?: GroupLookup },
): ComposeDraft {
  const fields: Record<string, unknown> = {};
  for (const [k, def] of Object.entries(template.fields)) if (def.default !== undefined) fields[k] = def.default;
  // The template's own defaults (Kính gửi, Nơi nhận, signer); the forwarding letter below builds its own.
  let addressees: string[] = recipientLines(template.defaults?.addressees, opts.group);
  let distribution: string[] = recipientLines(template.defaults?.distribution, opts.group);
  const signers = opts.office?.signers.length ?? 0;
  const signerIndex = Math.min(template.defaults?.signerIndex ?? 0, Math.max(0, signers - 1));
  if (template.id === 'forwarding-letter' && opts.office) {
    const i = opts.incoming;
    const p = i?.parsed ?? null;
    const data = prefillForwardingLetter(
      {
        number: i?.number || null,
        docType: i?.docType || null,
        typeCode: i?.typeCode ?? null,
        date: i?.docDate ?? null,
        // The record's issuer is already the running name ("Ban Tuyên giáo Thành ủy"); the printed
        // line and parent body, when the parser read them, give the same name from the source.
        issuer: p?.issuerLine || i?.issuer || null,
        parentBody: p?.issuerLine ? p.parentBody || null : null,
        subject: i?.subject || null,
      },
      opts.office,
    );
    for (const [k, v] of Object.entries(data)) if (!COMMON.has(k)) fields[k] = v;
    // Without a circular there is nothing to cite yet: an empty list for the clerk to fill, not a blank citation.
    if (!i) fields.incoming = [];
    addressees = strings(data.addressees);
    distribution = strings(data.distribution);
  }
  return { ...blankDraft(template.id, opts.incoming?.id ?? null, opts.date), templateVersion: opts.templateVersion ?? null, signerIndex, addressees, distribution, fields };
}

/** A draft with nothing chosen yet: the clerk's choices start from here. */
function blankDraft(templateId: string, incomingId: number | null, date: string): ComposeDraft {
  return {
    version: DRAFT_VERSION,
    templateId,
    templateVersion: null,
    incomingId,
    date,
    signerIndex: 0,
    addressees: [],
    distribution: [],
    copies: 1,
    secrecy: '',
    urgency: '',
    fields: {},
    sources: {},
    facts: null,
    publishedDate: null,
    report: null,
  };
}

/** "Soạn lại từ văn bản đã phát hành": the issued document's own fields, dated today. */
export function draftFromIssued(templateId: string, data: Record<string, unknown>, incomingId: number | null, date: string): ComposeDraft {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!COMMON.has(k)) fields[k] = v;
  return { ...blankDraft(templateId, incomingId, date), addressees: strings(data.addressees), distribution: strings(data.distribution), fields };
}
