import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';
import { renderRegisterReport } from './report';

export const outgoingHandlers = (s: Services): DomainHandlers<'outgoing'> => ({
  list: (input) => s.outgoing.list(input),
  get: (input) => s.outgoing.get(input.id),
  issue: (input) => s.outgoing.issue(input),
  void: (input) => s.outgoing.void(input.id, input.reason),
  peekNumber: (input) => s.outgoing.peekNumber(input),
  file: (input) => s.outgoing.file(input.id, input.kind),
  registerReport: async (input) => {
    const r = await renderRegisterReport(s.outgoing, s.profile, input.from, input.to);
    return { fileName: r.fileName, mime: 'application/pdf', dataBase64: Buffer.from(r.pdf).toString('base64'), pages: r.pages, rows: r.rows };
  },
});

export const countersHandlers = (s: Services): DomainHandlers<'counters'> => ({
  list: () => s.outgoing.counters.list(),
  setNext: (input) => s.outgoing.counters.setNext(input),
});
