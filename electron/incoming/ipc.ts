import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { FilesService } from '../shell/files';
import type { HandlingService } from './handling';
import type { IncomingService } from './service';

/** The due list is the handling service's; saving an attachment goes through the shell's files. */
export const incomingHandlers = (incoming: IncomingService, handling: HandlingService, files: FilesService): DomainHandlers<'incoming'> => ({
  list: (input) => incoming.list(input),
  get: (input) => incoming.get(input.id),
  create: (input) => incoming.create(input),
  update: (input) => incoming.update(input),
  setStatus: (input) => incoming.setStatus(input.id, input.status),
  checkDuplicate: (input) => incoming.checkDuplicate(input),
  due: (input) => handling.due(input),
  attachment: (input) => incoming.attachment(input.id),
  saveAttachment: (input) => {
    const a = incoming.attachment(input.id);
    const kind = a.mime === 'application/pdf' || /\.pdf$/i.test(a.fileName) ? 'pdf' : /\.docx$/i.test(a.fileName) ? 'docx' : 'text';
    return files.deliver({ suggestedName: a.fileName, kind, bytes: Buffer.from(a.dataBase64, 'base64') });
  },
  delete: (input) => {
    incoming.delete(input.id);
    return null;
  },
});
