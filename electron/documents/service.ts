// Documents service: templates from templates/*.json, data + office profile → DocumentSpec →
// DOCX and PDF. `renderDocument` is what outgoing:issue calls once a number is taken.
import fs from 'node:fs';
import path from 'node:path';
import { type DocumentSpec } from '../../shared/document/spec';
import { AppError } from '../../shared/errors';
import { DEFAULT_FORMAT_PROFILE_ID, type FormatProfile, getFormatProfile } from '../../shared/format';
import { type TemplateSummary } from '../../shared/ipc/documents';
import { renderDocx } from '../../shared/render/docx';
import { renderPdf } from '../../shared/render/pdf';
import { buildSpec, type IncomingRef, parseTemplate, prefillForwardingLetter, type TemplateDef } from '../../shared/templates';
import { loadFonts, templatesDir } from './fonts';

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

export type RenderedDocument = { docx: Uint8Array; pdf: Uint8Array; pages: number; spec: DocumentSpec };

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

export function getTemplate(id: string): TemplateDef {
  const t = loadTemplates().get(id);
  if (!t) throw new AppError('NOT_FOUND', `Không có mẫu văn bản "${id}".`);
  return t;
}

export function templateSummaries(): TemplateSummary[] {
  return [...loadTemplates().values()].map((t) => ({ id: t.id, name: t.name, description: t.description, kind: t.kind, typeCode: t.typeCode, fields: t.fields }));
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

export function formatProfileFor(input: Pick<RenderDocumentInput, 'formatProfile' | 'profile'>): FormatProfile {
  return getFormatProfile(input.formatProfile ?? input.profile?.formatProfile ?? DEFAULT_FORMAT_PROFILE_ID);
}

export function buildDocumentSpec(input: RenderDocumentInput): DocumentSpec {
  return buildSpec(getTemplate(input.templateId), mergeData(input), formatProfileFor(input));
}

/** The data's format overrides (office settings such as "Về việc") applied to the profile. */
function effectiveProfile(input: RenderDocumentInput): FormatProfile {
  const base = formatProfileFor(input);
  const fmt = input.data.format;
  return fmt && typeof fmt === 'object' ? getFormatProfile(base.id, fmt as Parameters<typeof getFormatProfile>[1]) : base;
}

export async function renderDocumentDocx(input: RenderDocumentInput): Promise<{ docx: Uint8Array; spec: DocumentSpec }> {
  const spec = buildDocumentSpec(input);
  return { docx: await renderDocx(spec, effectiveProfile(input), undefined, input.now ?? new Date()), spec };
}

export async function renderDocumentPdf(input: RenderDocumentInput): Promise<{ pdf: Uint8Array; pages: number; spec: DocumentSpec }> {
  const spec = buildDocumentSpec(input);
  const r = await renderPdf(spec, effectiveProfile(input), loadFonts(), input.now ?? new Date());
  return { pdf: r.bytes, pages: r.pages, spec };
}

/** Both formats from one spec. */
export async function renderDocument(input: RenderDocumentInput): Promise<RenderedDocument> {
  const spec = buildDocumentSpec(input);
  const profile = effectiveProfile(input);
  const now = input.now ?? new Date();
  const [docx, pdf] = await Promise.all([renderDocx(spec, profile, undefined, now), renderPdf(spec, profile, loadFonts(), now)]);
  return { docx, pdf: pdf.bytes, pages: pdf.pages, spec };
}

type ProfileSource = { get(date?: string): (OfficeForDocument & { formatProfile: string }) | null };

export function createDocumentsService(deps: { profile: ProfileSource; clock: () => Date }) {
  return {
    templates: templateSummaries,
    renderDocument: (input: RenderDocumentInput) => renderDocument({ now: deps.clock(), profile: deps.profile.get(), ...input }),
    async preview(input: { templateId: string; data: Record<string, unknown>; format: 'pdf' | 'docx'; profile?: string }) {
      const now = deps.clock();
      const office = input.data.office === undefined ? deps.profile.get() : null;
      const req: RenderDocumentInput = { templateId: input.templateId, data: input.data, profile: office, formatProfile: input.profile, now };
      if (input.format === 'docx') {
        const r = await renderDocumentDocx(req);
        return { dataBase64: Buffer.from(r.docx).toString('base64'), pages: null, spec: r.spec };
      }
      const r = await renderDocumentPdf(req);
      return { dataBase64: Buffer.from(r.pdf).toString('base64'), pages: r.pages, spec: r.spec };
    },
    prefill(input: { incoming: Partial<Record<keyof IncomingRef, string | null>>; recipients?: string[] }) {
      const office = deps.profile.get();
      if (!office) throw new AppError('NOT_FOUND', 'Chưa có hồ sơ cơ quan: hãy thiết lập hồ sơ trước khi soạn văn bản.');
      const i = input.incoming;
      const ref: IncomingRef = { number: i.number ?? null, docType: i.docType ?? null, typeCode: i.typeCode ?? null, date: i.date ?? null, parentBody: i.parentBody ?? null, issuer: i.issuer ?? null, subject: i.subject ?? null };
      return prefillForwardingLetter(ref, office, input.recipients ?? []);
    },
  };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
