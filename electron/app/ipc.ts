import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const appHandlers = (s: Services): DomainHandlers<'app'> => ({
  info: () => s.app.info(),
  dataLocation: () => s.app.dataLocation(),
  moveData: (input) => s.app.moveData(input),
});

export const filesHandlers = (s: Services): DomainHandlers<'files'> => ({
  saveOutgoing: (input) => s.files.saveFile({ suggestedName: input.suggestedName, kind: input.kind, bytes: Buffer.from(input.dataBase64, 'base64') }),
  openIncoming: async (input) => {
    const r = await s.files.openFiles({ kinds: input.kinds, multiple: input.multiple });
    if (r.status === 'cancelled') return r;
    return { status: 'opened', files: r.files.map((f) => ({ name: f.name, size: f.size, dataBase64: Buffer.from(f.bytes).toString('base64') })) };
  },
});
