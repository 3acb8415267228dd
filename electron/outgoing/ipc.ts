import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { FilesService } from '../shell/files';
import type { ComposeService } from '../compose/service';
import type { ProfileService } from '../profile/service';
import { renderRegisterReport } from './report';
import type { OutgoingService } from './service';

/** Issuing a draft and exporting go through compose; the register print needs the profile and files. */
export const outgoingHandlers = (d: { outgoing: OutgoingService; compose: ComposeService; profile: ProfileService; files: FilesService }): DomainHandlers<'outgoing'> => ({
  list: (input) => d.outgoing.list(input),
  get: (input) => d.outgoing.get(input.id),
  issue: (input) => d.outgoing.issue(input),
  issueDraft: (input) => d.compose.issue(input),
  export: (input) => d.compose.exportIssued(input),
  void: (input) => d.outgoing.void(input.id, input.reason),
  peekNumber: (input) => d.outgoing.peekNumber(input),
  file: (input) => {
    const f = d.outgoing.fileBytes(input.id, input.kind);
    return { fileName: f.fileName, mime: f.mime, dataBase64: Buffer.from(f.data).toString('base64') };
  },
  registerReport: async (input) => {
    const r = await renderRegisterReport(d.outgoing, d.profile, input.from, input.to, new Date(), input.paper);
    return { delivered: await d.files.deliver({ suggestedName: r.fileName, kind: 'pdf', bytes: r.pdf }), pages: r.pages, rows: r.rows };
  },
});

export const countersHandlers = (outgoing: OutgoingService): DomainHandlers<'counters'> => ({
  list: () => outgoing.counters.list(),
  setNext: (input) => outgoing.counters.setNext(input),
});
