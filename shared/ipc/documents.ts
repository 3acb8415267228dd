import { z } from 'zod';
import { type DocumentSpec } from '../document/spec';
import { type FieldDef } from '../templates/types';
import { defineChannel } from './define';

/** What the compose UI needs to draw a form for a template. */
export type TemplateSummary = { id: string; name: string; description: string; kind: string; typeCode: string; fields: Record<string, FieldDef> };
export type PreviewResult = { dataBase64: string; pages: number | null; spec: DocumentSpec };

const opt = (max: number) => z.string().max(max).nullable().optional();

/** Template data is free-form JSON checked by the template's own schema (shared/templates). */
const templateData = z.record(z.string().max(50), z.unknown());

export const documentsContract = {
  'documents:templates': defineChannel(z.strictObject({})).returns<TemplateSummary[]>(),
  /** Renders a draft (or numbered) document for preview; nothing is stored. */
  'documents:preview': defineChannel(
    z.strictObject({
      templateId: z.string().max(50),
      data: templateData,
      format: z.enum(['pdf', 'docx']),
      /** Format profile id; default: the office's, else party-hd36-2018. */
      profile: z.string().max(50).optional(),
    }),
  ).returns<PreviewResult>(),
  /** Data for a forwarding letter prefilled from an incoming document's metadata. */
  'documents:prefill': defineChannel(
    z.strictObject({
      incoming: z.strictObject({
        number: opt(100),
        docType: opt(100),
        typeCode: opt(20),
        date: opt(10),
        parentBody: opt(300),
        issuer: opt(300),
        subject: opt(2000),
      }),
      recipients: z.array(z.string().max(500)).max(1000).optional(),
    }),
  ).returns<Record<string, unknown>>(),
} as const;
