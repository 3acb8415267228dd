import { vi } from '../i18n/vi';

type Props = { label: string; done: number; total: number; onCancel: (() => void) | null };

/** Progress of long work (importing many files, exporting a register) with a way out. */
export function ProgressWithCancel({ label, done, total, onCancel }: Props) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress">
      <div className="progress-text">
        <span>{label}</span>
        <span>{vi.common.progress(done, total)}</span>
      </div>
      <div className="progress-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div style={{ width: `${pct}%` }} />
      </div>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {vi.common.cancel}
        </button>
      )}
    </div>
  );
}
