import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { FilesService } from '../shell/files';
import type { ProfileService } from '../profile/service';
import type { IncomingService } from './service';
import type { HandlingService } from './handling';
import { printHandlingForm } from './print';
import { stampedCopy } from './stamp';

/**
 * The printed forms carry the office's header (profile); the ĐẾN stamp reads the stored attachment
 * (incoming); both hand the PDF over through the one delivery (files: save dialog or download).
 */
export const handlingHandlers = (handling: HandlingService, profile: ProfileService, clock: () => Date, incoming: IncomingService, files: FilesService): DomainHandlers<'handling'> => ({
  get: (input) => handling.get(input.id),
  instruct: (input) => handling.instruct(input),
  advance: (input) => handling.advance(input),
  reopen: (input) => handling.reopen(input),
  note: (input) => handling.note(input),
  settings: () => handling.settings(),
  setSettings: (input) => handling.setSettings(input),
  print: async (input) => {
    const r = await printHandlingForm(handling, profile, input, clock());
    return { delivered: await files.deliver({ suggestedName: r.fileName, kind: 'pdf', bytes: r.pdf }), pages: r.pages, rows: r.rows };
  },
  stamp: async (input) => {
    const r = await stampedCopy({ incoming, handling, profile }, input.id, input.attachmentId);
    return { delivered: await files.deliver({ suggestedName: r.fileName, kind: 'pdf', bytes: r.bytes }) };
  },
});
