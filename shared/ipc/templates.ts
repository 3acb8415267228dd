// The template library (issue 12): built-in templates (read-only) and the office's own, versioned.
// Definitions cross as plain JSON and are validated in main by the template schema and checks.
import { z } from 'zod';
import { type TemplateDef } from '../templates/types';
import { defineChannel } from './define';
import type { Delivered } from './files';

export type TemplateListItem = {
  id: string;
  name: string;
  description: string;
  kind: string;
  typeCode: string;
  builtin: boolean;
  /** Office templates: the current version; built-ins: null. */
  version: number | null;
  basedOn: string | null;
  /** Last change (ISO timestamp); null for built-ins. */
  updatedAt: string | null;
  /** Documents issued (outgoing register) from this template, any version. */
  issuedCount: number;
};
export type TemplateDetail = TemplateListItem & { definition: TemplateDef };
/** The editor's live preview: the PDF with sample values, or why it cannot be drawn yet. */
export type TemplatePreview = { dataBase64: string | null; pages: number | null; problems: string[] };

const id = z.string().trim().min(1).max(100);
/** Checked in main by parseTemplate (size, forbidden keys, shape, placeholders). */
const definition = z.unknown();

export const templatesContract = {
  'templates:list': defineChannel(z.strictObject({})).returns<TemplateListItem[]>(),
  'templates:get': defineChannel(z.strictObject({ id, version: z.number().int().positive().optional() })).returns<TemplateDetail>(),
  /** Saves a new version of an office template (id) or a new office template (no id). */
  'templates:save': defineChannel(z.strictObject({ id: id.optional(), definition })).returns<TemplateListItem>(),
  /** "Sao chép để sửa": a built-in becomes an office template the clerk can change. */
  'templates:copyBuiltin': defineChannel(z.strictObject({ id })).returns<TemplateListItem>(),
  'templates:export': defineChannel(z.strictObject({ id, version: z.number().int().positive().optional() })).returns<Delivered>(),
  /** A template file chosen by the user (its text; the 256 KB limit is checked in main). */
  'templates:import': defineChannel(z.strictObject({ fileName: z.string().trim().min(1).max(200), text: z.string().max(2 * 1024 * 1024) })).returns<TemplateListItem>(),
  'templates:remove': defineChannel(z.strictObject({ id })).returns<{ removed: boolean }>(),
  'templates:preview': defineChannel(z.strictObject({ definition })).returns<TemplatePreview>(),
} as const;
