import type { DomainHandlers } from '../../shared/ipc/handlers';
import { readDocumentBytes, readPastedText } from './read';
import type { ImportResult } from './types';

const toDto = (r: ImportResult) => ({ text: r.text, metadata: r.metadata, warnings: r.warnings });

export const importerHandlers = (): DomainHandlers<'importer'> => ({
  extract: async (input) => {
    if ('text' in input) return toDto(readPastedText(input.text));
    const buf = Buffer.from(input.dataBase64, 'base64');
    return toDto(await readDocumentBytes(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), input.fileName));
  },
});
