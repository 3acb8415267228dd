// Outgoing register (sổ văn bản đi) and its numbering series (counters:*).
import { PAPER_SIZES } from '../document/paper';
import { z } from 'zod';
import {
  issueInputSchema,
  OUTGOING_FILE_KINDS,
  OUTGOING_STATUSES,
  seriesInputSchema,
  typeCodeSchema,
  type NumberCounter,
  type NumberPreview,
  type OutgoingDocument,
  type OutgoingSummary,
} from '../domain/outgoing';
import { composeDraftSchema } from '../domain/compose';
import { defineChannel } from './define';
import type { Delivered } from './files';

export type OutgoingFile = { fileName: string; mime: string; dataBase64: string };
export type RegisterReport = { delivered: Delivered; pages: number; rows: number };

const id = z.number().int().positive();

export const outgoingContract = {
  'outgoing:list': defineChannel(
    z.strictObject({
      query: z.string().max(500).optional(),
      year: z.number().int().min(1900).max(2999).optional(),
      typeCode: typeCodeSchema.optional(),
      status: z.enum(OUTGOING_STATUSES).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      page: z.number().int().min(1).max(1_000_000).default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    }),
  ).returns<{ rows: OutgoingSummary[]; total: number }>(),
  'outgoing:get': defineChannel(z.strictObject({ id })).returns<OutgoingDocument>(),
  /** Registers the document and gives it the next number of its series (renders DOCX/PDF when a template is given). */
  'outgoing:issue': defineChannel(issueInputSchema).returns<OutgoingDocument>(),
  /**
   * "Phát hành" from the compose screen: checks the document kind's required parts, numbers, renders,
   * stores DOCX/PDF, links the reply and deletes the draft, in one transaction.
   */
  'outgoing:issueDraft': defineChannel(z.strictObject({ draftId: id.optional(), draft: composeDraftSchema })).returns<OutgoingDocument>(),
  /** Saves an issued document's stored file (optionally with the incoming circular's PDFs after it). */
  'outgoing:export': defineChannel(z.strictObject({ id, kind: z.enum(OUTGOING_FILE_KINDS), withIncoming: z.boolean().default(false) })).returns<Delivered>(),
  /** Voids a document; its number stays in the ledger with the reason. */
  'outgoing:void': defineChannel(z.strictObject({ id, reason: z.string().trim().min(3).max(1000) })).returns<OutgoingDocument>(),
  /** The number the next document would take; never reserves it. */
  'outgoing:peekNumber': defineChannel(seriesInputSchema).returns<NumberPreview>(),
  'outgoing:file': defineChannel(z.strictObject({ id, kind: z.enum(OUTGOING_FILE_KINDS) })).returns<OutgoingFile>(),
  /** The register for a date range as a PDF (A4 landscape, the legal columns). */
  'outgoing:registerReport': defineChannel(z.strictObject({ from: z.iso.date(), to: z.iso.date(), paper: z.enum(PAPER_SIZES).optional() })).returns<RegisterReport>(),
} as const;

export const countersContract = {
  'counters:list': defineChannel(z.strictObject({})).returns<NumberCounter[]>(),
  /** Sets the next number of a series (e.g. next CV 65); refused at or below an issued number. */
  'counters:setNext': defineChannel(seriesInputSchema.extend({ next: z.number().int().min(1).max(1_000_000) })).returns<NumberCounter>(),
} as const;
