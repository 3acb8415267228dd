import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const incomingHandlers = (s: Services): DomainHandlers<'incoming'> => ({
  list: (input) => s.incoming.list(input),
  get: (input) => s.incoming.get(input.id),
  create: (input) => s.incoming.create(input),
  update: (input) => s.incoming.update(input),
  setStatus: (input) => s.incoming.setStatus(input.id, input.status),
  checkDuplicate: (input) => s.incoming.checkDuplicate(input),
  due: (input) => s.handling.due(input),
  attachment: (input) => s.incoming.attachment(input.id),
  saveAttachment: (input) => {
    const a = s.incoming.attachment(input.id);
    const kind = a.mime === 'application/pdf' || /\.pdf$/i.test(a.fileName) ? 'pdf' : /\.docx$/i.test(a.fileName) ? 'docx' : 'text';
    return s.files.deliver({ suggestedName: a.fileName, kind, bytes: Buffer.from(a.dataBase64, 'base64') });
  },
  delete: (input) => {
    s.incoming.delete(input.id);
    return null;
  },
});
