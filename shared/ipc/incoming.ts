import { z } from 'zod';
import {
  duplicateCheckSchema,
  incomingCreateSchema,
  incomingListSchema,
  incomingUpdateSchema,
  INCOMING_STATUSES,
  type Attachment,
  type IncomingList,
  type IncomingRecord,
} from '../domain/incoming';
import { defineChannel } from './define';
import type { Delivered } from './files';

const byId = z.strictObject({ id: z.number().int().positive() });

export const incomingContract = {
  /** The register (newest first) or a search: {query?, year?, issuer?, typeCode?, status?, from?, to?, order, page, pageSize}. */
  'incoming:list': defineChannel(incomingListSchema).returns<IncomingList>(),
  'incoming:get': defineChannel(byId).returns<IncomingRecord>(),
  /** Allocates the next arrival number of the year. CONFLICT when the same document is already registered, unless allowDuplicate. */
  'incoming:create': defineChannel(incomingCreateSchema).returns<IncomingRecord>(),
  'incoming:update': defineChannel(incomingUpdateSchema.extend({ allowDuplicate: z.boolean().optional() })).returns<IncomingRecord>(),
  'incoming:setStatus': defineChannel(z.strictObject({ id: z.number().int().positive(), status: z.enum(INCOMING_STATUSES) })).returns<IncomingRecord>(),
  /** The record already registered with the same number, issuer and date, or null. */
  'incoming:checkDuplicate': defineChannel(duplicateCheckSchema).returns<IncomingRecord | null>(),
  /** One attachment with its bytes (base64). */
  'incoming:attachment': defineChannel(byId).returns<Attachment>(),
  /** Saves one attachment where the user chooses (desktop) or as a download (browser mode). */
  'incoming:saveAttachment': defineChannel(byId).returns<Delivered>(),
  /** Soft delete (the arrival number stays used). */
  'incoming:delete': defineChannel(byId).returns<null>(),
} as const;
