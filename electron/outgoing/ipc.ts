import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';
import { renderRegisterReport } from './report';

export const outgoingHandlers = (s: Services): DomainHandlers<'outgoing'> => ({
  list: (input) => s.outgoing.list(input),
  get: (input) => s.outgoing.get(input.id),
  issue: (input) => s.outgoing.issue(input),
  issueDraft: (input) => s.compose.issue(input),
  export: (input) => s.compose.exportIssued(input),
  void: (input) => s.outgoing.void(input.id, input.reason),
  peekNumber: (input) => s.outgoing.peekNumber(input),
  file: (input) => {
    const f = s.outgoing.fileBytes(input.id, input.kind);
    return { fileName: f.fileName, mime: f.mime, dataBase64: Buffer.from(f.data).toString('base64') };
  },
  registerReport: async (input) => {
    const r = await renderRegisterReport(s.outgoing, s.profile, input.from, input.to);
    return { delivered: await s.files.deliver({ suggestedName: r.fileName, kind: 'pdf', bytes: r.pdf }), pages: r.pages, rows: r.rows };
  },
});

export const countersHandlers = (s: Services): DomainHandlers<'counters'> => ({
  list: () => s.outgoing.counters.list(),
  setNext: (input) => s.outgoing.counters.setNext(input),
});
