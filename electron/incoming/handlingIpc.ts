import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';
import { printHandlingForm } from './print';

export const handlingHandlers = (s: Services): DomainHandlers<'handling'> => ({
  get: (input) => s.handling.get(input.id),
  instruct: (input) => s.handling.instruct(input),
  advance: (input) => s.handling.advance(input),
  reopen: (input) => s.handling.reopen(input),
  note: (input) => s.handling.note(input),
  settings: () => s.handling.settings(),
  setSettings: (input) => s.handling.setSettings(input),
  print: async (input) => {
    const r = await printHandlingForm(s.handling, s.profile, input, s.clock());
    return { fileName: r.fileName, mime: 'application/pdf', dataBase64: Buffer.from(r.pdf).toString('base64'), pages: r.pages, rows: r.rows };
  },
});
