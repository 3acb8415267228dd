// Templates from templates/*.json and the step data + office profile → DocumentSpec. No
// renderer is imported here, so loading this module stays cheap.
import fs from 'node:fs';
import path from 'node:path';
import { type DocumentSpec } from '../../shared/document/spec';
import { AppError } from '../../shared/errors';
import { applyOfficeFormat, DEFAULT_FORMAT_PROFILE_ID, type FormatProfile, getFormatProfile, type OfficeFormat, withSettings } from '../../shared/format';
import { type TemplateSummary } from '../../shared/ipc/documents';
import { buildSpec, parseTemplate, type TemplateDef } from '../../shared/templates';
import { templatesDir } from './fonts';

/** The parts of an OfficeProfile (shared/domain/profile.ts) a document needs. */
export type OfficeForDocument = {
  parentBody: string;
  issuer: string;
  issuerCode: string;
  place: string;
  shortName: string;
  signers?: readonly { name: string; title: string; authority: string }[];
  formatProfile?: string;
};

export type RenderDocumentInput = {
  templateId: string;
  /** Version of an office template (null/absent = current; built-ins have none). */
  templateVersion?: number | null;
  data: Record<string, unknown>;
  /** The office profile in force; fills office and (when the data has none) signer. */
  profile?: OfficeForDocument | null;
  /** Serial number from the register (null = draft); overrides data.number when given. */
  number?: number | null;
  /** ISO date of issue; overrides data.date when given. */
  date?: string | null;
  /** Format profile id; default: the office's, else party-hd36-2018. */
  formatProfile?: string;
  now?: Date;
};

let templateCache: Map<string, TemplateDef> | null = null;

/** Every template in templates/*.json (demo data under templates/demo is not a template). */
export function loadTemplates(dir = templatesDir()): Map<string, TemplateDef> {
  if (templateCache && dir === templatesDir()) return templateCache;
  const out = new Map<string, TemplateDef>();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    } catch {
      throw new AppError('IO', `Không đọc được mẫu văn bản ${f}.`);
    }
    const t = parseTemplate(raw, f);
    out.set(t.id, t);
  }
  templateCache = out;
  return out;
}

/** The office's own templates (electron/templates), registered by the services of the open database. */
export type OfficeTemplateSource = {
  /** A version of an office template (null = its current version), or null when there is none. */
  get(id: string, version: number | null): TemplateDef | null;
  /** The office's templates in the library, current versions. */
  list(): TemplateDef[];
  /** The current version of an office template (null: none, or a built-in). */
  currentVersion(id: string): number | null;
};

let officeSource: OfficeTemplateSource | null = null;

export function registerOfficeTemplates(source: OfficeTemplateSource | null): void {
  officeSource = source;
}

export const isBuiltinTemplate = (id: string): boolean => loadTemplates().has(id);

/** What a new draft records: the office template's current version, so later edits leave it alone; null for built-ins. */
export const currentTemplateVersion = (id: string): number | null => (isBuiltinTemplate(id) ? null : (officeSource?.currentVersion(id) ?? null));

/**
 * The one template lookup, for preview, issue and export alike: a built-in (templates/*.json; its
 * version is ignored) or a version of an office template (null = current).
 */
export function getTemplate(id: string, version: number | null = null): TemplateDef {
  const t = loadTemplates().get(id) ?? officeSource?.get(id, version) ?? null;
  if (!t) throw new AppError('NOT_FOUND', `Không có mẫu văn bản "${id}"${version ? ` (phiên bản ${version})` : ''}.`);
  return t;
}

export function templateSummaries(): TemplateSummary[] {
  return [...loadTemplates().values(), ...(officeSource?.list() ?? [])].map((t) => ({ id: t.id, name: t.name, description: t.description, kind: t.kind, typeCode: t.typeCode, fields: t.fields }));
}

/** Merges the office profile and register values into the template data. */
export function mergeData(input: RenderDocumentInput): Record<string, unknown> {
  const data: Record<string, unknown> = { ...input.data };
  const p = input.profile;
  if (p) {
    data.office = { parentBody: p.parentBody, issuer: p.issuer, issuerCode: p.issuerCode, place: p.place, shortName: p.shortName };
    const signer = p.signers?.[0];
    if (data.signer === undefined && signer) data.signer = { authority: signer.authority, title: signer.title, name: signer.name };
  }
  if (input.number !== undefined) data.number = input.number;
  if (input.date !== undefined) data.date = input.date;
  return data;
}

/** The office's format choices valid on a date (electron/format), registered by the open database's services. */
let officeFormat: ((date: string | null) => OfficeFormat | null) | null = null;

export function registerOfficeFormat(source: ((date: string | null) => OfficeFormat | null) | null): void {
  officeFormat = source;
}

/** The format profile with the office's choices valid on the document's date (null date = today's). */
export function formatProfileFor(input: Pick<RenderDocumentInput, 'formatProfile' | 'profile'> & { date?: string | null | undefined; data?: Record<string, unknown> }): FormatProfile {
  const base = getFormatProfile(input.formatProfile ?? input.profile?.formatProfile ?? DEFAULT_FORMAT_PROFILE_ID);
  const dataDate = typeof input.data?.date === 'string' ? input.data.date : null;
  return applyOfficeFormat(base, officeFormat?.(input.date ?? dataDate) ?? null);
}

export function buildDocumentSpec(input: RenderDocumentInput): DocumentSpec {
  return buildSpec(getTemplate(input.templateId, input.templateVersion ?? null), mergeData(input), formatProfileFor(input));
}

/** The data's format overrides (office settings such as "Về việc") applied to the profile. */
export function effectiveProfile(input: RenderDocumentInput): FormatProfile {
  const base = formatProfileFor(input);
  const fmt = input.data.format;
  return fmt && typeof fmt === 'object' ? withSettings(base, fmt as Parameters<typeof withSettings>[1]) : base;
}

