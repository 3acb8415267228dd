import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { ProfileService } from '../profile/service';
import type { HandlingService } from './handling';
import { printHandlingForm } from './print';
import { stampedCopy } from './stamp';

/** The printed forms carry the office's header: the profile comes along for that alone. */
export const handlingHandlers = (handling: HandlingService, profile: ProfileService, clock: () => Date): DomainHandlers<'handling'> => ({
  get: (input) => handling.get(input.id),
  instruct: (input) => handling.instruct(input),
  advance: (input) => handling.advance(input),
  reopen: (input) => handling.reopen(input),
  note: (input) => handling.note(input),
  settings: () => handling.settings(),
  setSettings: (input) => handling.setSettings(input),
  print: async (input) => {
    const r = await printHandlingForm(handling, profile, input, clock());
    return { fileName: r.fileName, mime: 'application/pdf', dataBase64: Buffer.from(r.pdf).toString('base64'), pages: r.pages, rows: r.rows };
  },
  stamp: (input) => stampedCopy(s, input.id, input.attachmentId),
});
