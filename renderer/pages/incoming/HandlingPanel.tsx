import { useEffect, useState } from 'react';
import type { Handling } from '../../../shared/domain/handling';
import { nextStep } from '../../../shared/domain/handlingSteps';
import { formatDateShort } from '../../../shared/text/dates';
import { OFFICE_TIME_ZONE, todayIn } from '../../../shared/text/today';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useHandlingStore } from '../../stores/handlingStore';
import { useIncomingStore } from '../../stores/incomingStore';
import { useNotifications } from '../../stores/notificationsStore';
import { InstructionDialog } from './InstructionDialog';

const t = vi.handling;
/** A timeline time as the office reads it: dd/mm/yyyy hh:mm in the office's time zone. */
const when = (iso: string) => {
  const d = new Date(iso);
  return `${formatDateShort(todayIn(d))} ${d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: OFFICE_TIME_ZONE })}`;
};

type Ask = { kind: 'close' | 'reopen' | 'note' } | null;

/** Instruction, assignment, deadline, step buttons and the progress timeline of one incoming document. */
export function HandlingPanel({ id, onChanged }: { id: number; onChanged: () => void }) {
  const h = useHandlingStore((s) => (s.current?.id === id ? s.current : null));
  const load = useHandlingStore((s) => s.load);
  const [instructing, setInstructing] = useState(false);
  const [ask, setAsk] = useState<Ask>(null);
  useEffect(() => {
    void load(id);
  }, [id, load]);
  if (!h) return null;
  const next = nextStep(h.step);
  const done = (ok: boolean) => {
    if (ok) {
      onChanged();
      useNotifications.getState().info(t.saved);
    }
    return ok;
  };
  const advance = async () => {
    if (next === 'da-xu-ly' && h.replies.length === 0) return setAsk({ kind: 'close' });
    done(await useHandlingStore.getState().advance(id));
  };
  return (
    <section className="panel" aria-labelledby="hd-h">
      <h2 id="hd-h">{t.title}</h2>
      <ol className="stepper" aria-label={t.step}>
        {(['moi', 'da-trinh', 'dang-xu-ly', 'da-xu-ly'] as const).map((s) => (
          <li key={s} aria-current={s === h.step ? 'step' : undefined} className={s === h.step ? 'badge badge-warn' : 'badge'}>
            {t.steps[s]}
          </li>
        ))}
      </ol>
      <Facts h={h} />
      <div className="toolbar">
        <button type="button" onClick={() => setInstructing(true)} disabled={h.step === 'da-xu-ly'}>
          {t.instruct}
        </button>
        {next ? (
          <button type="button" className="primary" title={t.advanceTo(t.steps[next])} onClick={() => void advance()}>
            {t.advance}
          </button>
        ) : (
          <button type="button" onClick={() => setAsk({ kind: 'reopen' })}>
            {t.reopen}
          </button>
        )}
        <button type="button" onClick={() => setAsk({ kind: 'note' })}>
          {t.note}
        </button>
        <PrintPhieuButton id={id} />
        <StampButton id={id} />
      </div>
      <h3>{t.timeline}</h3>
      {h.progress.length === 0 ? (
        <p className="muted">{t.noProgress}</p>
      ) : (
        <ol className="plain-list timeline" aria-label={t.timeline}>
          {h.progress.map((p) => (
            <li key={p.id}>
              <span className="muted">{when(p.at)}</span> <strong>{t.kinds[p.kind]}</strong> — {p.detail} <span className="muted">({t.steps[p.step]}, {t.by(p.osUser)})</span>
            </li>
          ))}
        </ol>
      )}
      {instructing && <InstructionDialog h={h} onClose={(saved) => (setInstructing(false), saved && done(true))} />}
      {ask && <AskDialog id={id} kind={ask.kind} onClose={(ok) => (setAsk(null), ok && done(true))} />}
    </section>
  );
}

function Facts({ h }: { h: Handling }) {
  const rows: [string, string][] = [
    [t.instruction, h.instruction ? `${h.instruction}${h.instructedBy ? ` (${h.instructedBy}` : ' ('}${h.instructionDate ? `, ${formatDateShort(h.instructionDate)})` : ')'}` : t.none],
    [t.lead, h.lead?.name ?? t.none],
    [t.cooperators, h.cooperators.map((c) => c.name).join('; ') || t.none],
    [t.deadline, h.deadline ? formatDateShort(h.deadline) : t.none],
  ];
  if (h.replies.length) rows.push([vi.incoming.replies, h.replies.map((r) => r.symbol).join('; ')]);
  if (h.closeNote) rows.push([t.kinds.step, h.closeNote]);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function AskDialog({ id, kind, onClose }: { id: number; kind: 'close' | 'reopen' | 'note'; onClose: (ok: boolean) => void }) {
  const [text, setText] = useState('');
  const s = useHandlingStore.getState();
  const title = kind === 'close' ? t.advanceTo(t.steps['da-xu-ly']) : kind === 'reopen' ? t.reopen : t.note;
  const label = kind === 'close' ? t.closeNote : kind === 'reopen' ? t.reopenReason : t.noteText;
  const run = async () => onClose(kind === 'close' ? await s.advance(id, text) : kind === 'reopen' ? await s.reopen(id, text) : await s.note(id, text));
  return (
    <Dialog
      title={title}
      onClose={() => onClose(false)}
      footer={
        <>
          <button type="button" onClick={() => onClose(false)}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={!text.trim()} onClick={() => void run()}>
            {kind === 'note' ? vi.common.save : t.advance}
          </button>
        </>
      }
    >
      <Field label={label} wide>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
    </Dialog>
  );
}

/** Offered when the office turned the ĐẾN stamp on and the record has a PDF. */
function StampButton({ id }: { id: number }) {
  const enabled = useHandlingStore((s) => s.settings?.denStamp === true);
  const hasPdf = useIncomingStore((s) => s.current?.id === id && s.current.attachments.some((a) => a.mime === 'application/pdf' || /\.pdf$/i.test(a.fileName)));
  // The office settings are loaded once at start-up (OverdueBanner), not per record opened.
  if (!enabled || !hasPdf) return null;
  const run = () => useHandlingStore.getState().stamp(id);
  return (
    <button type="button" onClick={() => void run()}>
      {t.stamp}
    </button>
  );
}

function PrintPhieuButton({ id }: { id: number }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    await useHandlingStore.getState().print({ form: 'phieu', id });
    setBusy(false);
  };
  return (
    <button type="button" disabled={busy} onClick={() => void run()}>
      {t.printPhieu}
    </button>
  );
}
