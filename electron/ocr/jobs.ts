// Running extractions by the caller's job id: their progress (polled by the import dialog) and
// their cancel switch. An entry lives only while its extraction runs.
import type { ExtractProgress } from '../../shared/ipc/importer';
import type { OcrProgress } from './scan';

type Job = { controller: AbortController; progress: OcrProgress | null };
const jobs = new Map<string, Job>();

/** Runs `work` under `id` (if any), with its signal and a progress sink. */
export async function runJob<T>(id: string | undefined, work: (signal: AbortSignal, onProgress: (p: OcrProgress) => void) => Promise<T>): Promise<T> {
  const job: Job = { controller: new AbortController(), progress: null };
  if (id) jobs.set(id, job);
  try {
    return await work(job.controller.signal, (p) => (job.progress = p));
  } finally {
    if (id && jobs.get(id) === job) jobs.delete(id);
  }
}

export function jobProgress(id: string): ExtractProgress {
  const j = jobs.get(id);
  return j ? { running: true, page: j.progress?.page ?? 0, pages: j.progress?.pages ?? 0, stage: j.progress?.stage ?? null } : { running: false, page: 0, pages: 0, stage: null };
}

export function cancelJob(id: string): boolean {
  const j = jobs.get(id);
  j?.controller.abort();
  return !!j;
}
