// Handling of incoming documents after registering (issue 14): instruction, steps, progress log,
// office settings and the printed forms. The due list is `incoming:due` (shared/ipc/incoming.ts).
import { z } from 'zod';
import {
  advanceSchema,
  dueQuerySchema,
  handlingSettingsSchema,
  instructionSchema,
  printSchema,
  progressNoteSchema,
  reopenSchema,
  type DueList,
  type Handling,
  type HandlingSettings,
} from '../domain/handling';
import { defineChannel } from './define';
import type { Delivered } from './files';

const byId = z.strictObject({ id: z.number().int().positive() });

export const handlingContract = {
  /** Instruction, assignment, deadline, step, linked replies and the progress timeline of one record. */
  'handling:get': defineChannel(byId).returns<Handling>(),
  /** Ghi ý kiến chỉ đạo: instruction, chủ trì, phối hợp, deadline (a date or a number of days). */
  'handling:instruct': defineChannel(instructionSchema).returns<Handling>(),
  /** Chuyển bước: the one next step; closing needs a note unless a reply letter is linked. */
  'handling:advance': defineChannel(advanceSchema).returns<Handling>(),
  'handling:reopen': defineChannel(reopenSchema).returns<Handling>(),
  /** A progress note (tiến độ) in the timeline. */
  'handling:note': defineChannel(progressNoteSchema).returns<Handling>(),
  'handling:settings': defineChannel(z.strictObject({})).returns<HandlingSettings>(),
  'handling:setSettings': defineChannel(handlingSettingsSchema).returns<HandlingSettings>(),
  /** In sổ / In phiếu giải quyết: so-den, theo-doi (year or from–to), phieu (id). */
  'handling:print': defineChannel(printSchema).returns<{ delivered: Delivered; pages: number; rows: number }>(),
  /** A copy of the record's PDF with the ĐẾN block in the top margin of page 1; the original is kept. */
  'handling:stamp': defineChannel(z.strictObject({ id: z.number().int().positive(), attachmentId: z.number().int().positive().optional() })).returns<{ delivered: Delivered }>(),
} as const;

export const incomingDueChannel = {
  /** Overdue and due soon (urgent first); also the counts for the "Quá hạn" badge. */
  'incoming:due': defineChannel(dueQuerySchema).returns<DueList>(),
} as const;
