import { useEffect, useRef, useState } from 'react';
import { vi } from '../../i18n/vi';
import { base64ToBytes } from '../../lib/bytes';
import { renderPdfInto } from '../../lib/pdfView';

type Props = {
  /** Changes whenever the document changes; a new value schedules a new preview. */
  version: unknown;
  /** Produces the PDF (base64) for the current document. */
  render: () => Promise<{ dataBase64: string; pages: number | null }>;
  /** Wait after the last change before rendering (ms); the template editor, drawing sample values, waits less. */
  debounceMs?: number;
};

// Short: the preview must follow typing within ~150 ms; one request runs at a time and stale results are dropped.
const DEBOUNCE_MS = 40;

/**
 * A live PDF preview that follows typing: requests are debounced, only one runs at a time, and a
 * result that is older than the newest edit is dropped instead of drawn.
 */
export function PdfPreview({ version, render, debounceMs = DEBOUNCE_MS }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const running = useRef(false);
  const pending = useRef(false);
  const renderRef = useRef(render);
  const [text, setText] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'ok' | 'error'; text: string }>({ kind: 'idle', text: '' });

  useEffect(() => {
    renderRef.current = render;
  });

  useEffect(() => {
    const mine = ++seq.current;
    const run = async () => {
      if (running.current) {
        pending.current = true;
        return;
      }
      running.current = true;
      const started = performance.now();
      const ticket = seq.current;
      setStatus({ kind: 'busy', text: vi.compose.previewBusy });
      try {
        const r = await renderRef.current();
        const el = host.current;
        if (el && ticket === seq.current) {
          const width = Math.max(320, Math.min(el.clientWidth - 24, 760));
          const drawn = await renderPdfInto(el, base64ToBytes(r.dataBase64), width, () => ticket !== seq.current);
          if (drawn) {
            setText(drawn);
            setStatus({ kind: 'ok', text: vi.compose.previewDone(drawn.length, Math.round(performance.now() - started)) });
          }
        }
      } catch (e) {
        if (ticket === seq.current) setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      } finally {
        running.current = false;
        if (pending.current) {
          pending.current = false;
          void run();
        }
      }
    };
    const t = setTimeout(() => mine === seq.current && void run(), debounceMs);
    return () => clearTimeout(t);
  }, [version, debounceMs]);

  return (
    <section className="preview" aria-label={vi.compose.preview}>
      <div className={`preview-status preview-${status.kind}`} role="status" data-testid="preview-status">
        {status.text}
      </div>
      <div ref={host} className="preview-pages" aria-hidden="true" />
      <div className="sr-only" data-testid="preview-text">
        {text.map((t, i) => (
          <p key={i}>{t}</p>
        ))}
      </div>
    </section>
  );
}
