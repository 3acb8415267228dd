import { z } from 'zod';
import { composeDraftSchema, type ComposeDraft } from '../domain/compose';
import type { NumberPreview } from '../domain/outgoing';
import { type FieldDef } from '../templates/types';
import { defineChannel } from './define';
import type { Delivered } from './files';

/** What the compose UI needs to draw a form for a template. */
export type TemplateSummary = { id: string; name: string; description: string; kind: string; typeCode: string; fields: Record<string, FieldDef> };
/**
 * The rendered draft, what it still lacks before it can be issued (Vietnamese, empty = ready), and the
 * number it would take now (never reserved).
 */
export type PreviewResult = { dataBase64: string; pages: number | null; problems: string[]; next: NumberPreview | null };
/** The compose screen's document: an autosaved draft (draftId) or a fresh one (draftId null, not saved yet). */
export type OpenedDraft = { draftId: number | null; draft: ComposeDraft; savedAt: string | null; template: TemplateSummary };

const id = z.number().int().positive();
const format = z.enum(['pdf', 'docx']);

export const documentsContract = {
  'documents:templates': defineChannel(z.strictObject({})).returns<TemplateSummary[]>(),
  /**
   * Starts a document from a template: the autosaved draft replying to the same incoming document when
   * there is one, else a fresh draft built in main from the stored incoming record and the office
   * profile valid today (or a copy of an issued document's fields).
   */
  'documents:prefill': defineChannel(
    z.strictObject({ templateId: z.string().trim().min(1).max(100), incomingId: id.nullable().optional(), draftId: id.optional(), fromOutgoingId: id.optional() }),
  ).returns<OpenedDraft>(),
  /** Renders a draft as it would be issued (office and signer from the profile valid on its date); nothing is stored. */
  'documents:preview': defineChannel(z.strictObject({ draft: composeDraftSchema, format })).returns<PreviewResult>(),
  /** Saves the unnumbered draft document (desktop: save dialog in main; browser mode: a download). */
  'documents:exportDraft': defineChannel(z.strictObject({ draft: composeDraftSchema, format })).returns<Delivered>(),
} as const;
