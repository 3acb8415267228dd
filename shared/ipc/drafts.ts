import { z } from 'zod';
import { composeDraftSchema, type ComposeDraft } from '../domain/compose';
import { defineChannel } from './define';

/** What kind of compose screen a draft belongs to. */
export const DRAFT_KINDS = ['forwarding', 'quickReport', 'other'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export type DraftSummary = {
  id: number;
  kind: DraftKind;
  title: string;
  incomingId: number | null;
  updatedAt: string;
};
/** A stored draft: the document being composed, as a typed record (an old draft is upgraded or refused). */
export type Draft = DraftSummary & { draft: ComposeDraft; createdAt: string };

const id = z.number().int().positive();

export const draftSaveSchema = z.strictObject({
  /** Absent: a new draft. */
  id: id.optional(),
  draft: composeDraftSchema,
});

export const draftsContract = {
  'drafts:list': defineChannel(z.strictObject({ kind: z.enum(DRAFT_KINDS).optional(), limit: z.number().int().min(1).max(500).default(100) })).returns<DraftSummary[]>(),
  'drafts:get': defineChannel(z.strictObject({ id })).returns<Draft>(),
  'drafts:save': defineChannel(draftSaveSchema).returns<DraftSummary>(),
  'drafts:delete': defineChannel(z.strictObject({ id })).returns<{ deleted: boolean }>(),
} as const;
