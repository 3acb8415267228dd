import type { DomainHandlers } from '../../shared/ipc/handlers';
import { cancelJob, jobProgress, runJob } from '../ocr/jobs';
import { readDocumentBytes, readPastedText } from './read';
import type { ImportResult } from './types';

// textSource/ocr only for scans: a text document's answer keeps exactly its three keys.
const toDto = (r: ImportResult) => ({ text: r.text, metadata: r.metadata, warnings: r.warnings, ...(r.textSource === 'ocr' ? { textSource: r.textSource, ocr: r.ocr } : {}) });

export const importerHandlers = (): DomainHandlers<'importer'> => ({
  extract: async (input) => {
    if ('text' in input) return toDto(readPastedText(input.text));
    const buf = Buffer.from(input.dataBase64, 'base64');
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    return toDto(await runJob(input.jobId, (signal, onProgress) => readDocumentBytes(bytes, input.fileName, { ocr: input.ocr, signal, onProgress })));
  },
  progress: (input) => jobProgress(input.jobId),
  cancel: (input) => ({ cancelled: cancelJob(input.jobId) }),
});
