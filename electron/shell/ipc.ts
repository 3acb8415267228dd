import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { FilesService } from './files';
import type { AppService } from './appService';

export const appHandlers = (app: AppService): DomainHandlers<'app'> => ({
  info: () => app.info(),
  dataLocation: () => app.dataLocation(),
  moveData: (input) => app.moveData(input),
});

export const filesHandlers = (files: FilesService): DomainHandlers<'files'> => ({
  openIncoming: async (input) => {
    const r = await files.openFiles({ kinds: input.kinds, multiple: input.multiple });
    if (r.status === 'cancelled') return r;
    return { status: 'opened', files: r.files.map((f) => ({ name: f.name, size: f.size, dataBase64: Buffer.from(f.bytes).toString('base64') })) };
  },
});
