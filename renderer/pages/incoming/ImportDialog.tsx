import { useEffect, useRef, useState } from 'react';
import type { IncomingCreateInput, IncomingRecord } from '../../../shared/domain/incoming';
import { todayIn } from '../../../shared/text/today';
import type { ParsedFields } from '../../../shared/domain/intake';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ProgressWithCancel } from '../../components/ProgressWithCancel';
import { vi } from '../../i18n/vi';
import { fileToBase64 } from '../../lib/bytes';
import { useImporterStore } from '../../stores/importerStore';
import { useIncomingStore } from '../../stores/incomingStore';
import { useNotifications } from '../../stores/notificationsStore';
import { useShortcut } from '../../shortcuts';
import { ParsedReview } from './ParsedReview';
import { ReviewForm } from './ReviewForm';
import { fromExtraction, toCreateInput, type OcrCrops, type ReviewConfidence, type ReviewKey, type ReviewValues } from './review';

const today = () => todayIn(new Date());
const ACCEPT = '.docx,.pdf,.txt,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,text/plain,image/jpeg,image/png,image/tiff,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
type Attachments = NonNullable<IncomingCreateInput['attachments']>;
type Review = {
  values: ReviewValues;
  confidence: ReviewConfidence;
  parsed: ParsedFields;
  attachments: Attachments;
  warnings: string[];
  /** The identifying fields as read (number|issuer|date): saving checks those. */
  readKey: string;
  /** A scan read by OCR: the page crop of each header field. */
  crops: OcrCrops | null;
};

/** "Nhập văn bản": files or pasted text → importer:extract → review → incoming:create. */
export function ImportDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (id: number) => void }) {
  const extract = useImporterStore((s) => s.extract);
  const busy = useImporterStore((s) => s.busy);
  const ocrProgress = useImporterStore((s) => s.progress);
  const cancelRead = useImporterStore((s) => s.cancel);
  const create = useIncomingStore((s) => s.create);
  const checkDuplicate = useIncomingStore((s) => s.checkDuplicate);
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const [found, setFound] = useState<IncomingRecord | null>(null);
  const [allowDup, setAllowDup] = useState(false);
  const [batch, setBatch] = useState<{ done: number; total: number; current?: string } | null>(null);
  const cancelRef = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const readFile = async (f: File) => ({ fileName: f.name, mime: f.type || 'application/octet-stream', dataBase64: await fileToBase64(f) });

  const openReview = async (source: { fileName: string; mime: string; dataBase64: string } | { text: string }) => {
    const r = await extract(source);
    if (!r) return;
    const { values, confidence, parsed, crops } = fromExtraction(r, today());
    setReview({ values, confidence, parsed, crops, attachments: 'text' in source ? [] : [source], warnings: r.warnings.map((w) => w.message), readKey: `${values.number}|${values.issuer}|${values.docDate}` });
  };

  /** Many files: no review per file; duplicates are skipped and counted. */
  const runBatch = async (files: File[]) => {
    cancelRef.current = false;
    let ok = 0;
    let dupCount = 0;
    let failed = 0;
    setBatch({ done: 0, total: files.length });
    for (const [i, f] of files.entries()) {
      if (cancelRef.current) break;
      setBatch({ done: i, total: files.length, current: f.name });
      const source = await readFile(f);
      const r = await extract(source);
      if (!r) failed++;
      else {
        const { values: v, parsed } = fromExtraction(r, today());
        const prior = v.number ? await checkDuplicate({ number: v.number, issuer: v.issuer, docDate: v.docDate || null }) : null;
        if (prior) dupCount++;
        else if (await create(toCreateInput(v, { attachments: [source], allowDuplicate: false, parsed }))) ok++;
        else failed++;
      }
      setBatch({ done: i + 1, total: files.length });
    }
    setBatch(null);
    useNotifications.getState().info((cancelRef.current ? vi.common.cancelled + ' ' : '') + vi.incoming.batchDone(ok, dupCount, failed));
    onClose();
  };

  const takeFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 1) await openReview(await readFile(files[0]!));
    else if (files.length > 1) await runBatch(files);
  };

  // Duplicate check follows the three identifying fields when the clerk edits them; as read, saving itself
  // refuses a duplicate (CONFLICT) and the check then runs once to show the record already in the register.
  const key = review ? `${review.values.number}|${review.values.issuer}|${review.values.docDate}` : '';
  useEffect(() => {
    if (!review || !review.values.number.trim() || key === review.readKey) return;
    let live = true;
    const t = setTimeout(async () => {
      const hit = await checkDuplicate({ number: review.values.number, issuer: review.values.issuer, docDate: review.values.docDate || null });
      if (live) setFound(hit);
    }, 250);
    return () => {
      live = false;
      clearTimeout(t);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-check only when the identifying fields change
  }, [key, checkDuplicate]);

  const save = async () => {
    if (!review) return;
    const rec = await create(toCreateInput(review.values, { attachments: review.attachments, allowDuplicate: allowDup, parsed: review.parsed }));
    if (rec) {
      useNotifications.getState().info(vi.incoming.savedAs(rec.arrivalNumber));
      onSaved(rec.id);
    } else if (!allowDup && review.values.number.trim()) {
      setFound(await checkDuplicate({ number: review.values.number, issuer: review.values.issuer, docDate: review.values.docDate || null }));
    }
  };
  useShortcut('save', review ? () => void save() : null);

  const edit = (values: ReviewValues) => {
    if (!review) return;
    // A field typed by hand is no longer "unsure".
    const confidence = { ...review.confidence };
    for (const k of Object.keys(confidence) as ReviewKey[]) if (values[k] !== review.values[k]) confidence[k] = 1;
    setReview({ ...review, values, confidence });
  };

  // Without a number there is nothing to compare, whatever an earlier check found.
  const dup = review?.values.number.trim() ? found : null;
  const canSave = review && review.values.arrivalDate && (!dup || allowDup);
  return (
    <Dialog
      wide
      title={review ? vi.incoming.reviewTitle : vi.incoming.importTitle}
      onClose={onClose}
      footer={
        review ? (
          <>
            <button type="button" onClick={() => setReview(null)}>
              {vi.common.back}
            </button>
            <button type="button" className="primary" disabled={!canSave} onClick={() => void save()}>
              {vi.common.save}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={busy || !text.trim() || batch !== null} onClick={() => void openReview({ text })}>
            {busy ? vi.incoming.reading : vi.incoming.read}
          </button>
        )
      }
    >
      {batch ? (
        <>
          <ProgressWithCancel
            label={vi.incoming.batchLabel}
            done={batch.done}
            total={batch.total}
            onCancel={() => {
              cancelRef.current = true;
              cancelRead();
            }}
          />
          {ocrProgress && batch.current && <p role="status">{vi.incoming.ocrReading(batch.current, ocrProgress.page, ocrProgress.pages)}</p>}
        </>
      ) : review ? (
        <>
          <p className="muted">{vi.incoming.reviewHint}</p>
          {review.warnings.map((w) => (
            <p key={w} className="banner banner-warn">
              {w}
            </p>
          ))}
          {dup && (
            <div className="banner banner-warn" role="alert">
              <p>{vi.incoming.duplicate(`số đến ${dup.arrivalNumber}/${dup.arrivalYear} (${dup.number})`)}</p>
              <label className="check">
                <input type="checkbox" checked={allowDup} onChange={(e) => setAllowDup(e.target.checked)} />
                {vi.incoming.allowDuplicate}
              </label>
            </div>
          )}
          <ReviewForm values={review.values} confidence={review.confidence} onChange={edit} crops={review.crops} />
          <ParsedReview parsed={review.parsed} onChange={(parsed) => setReview({ ...review, parsed })} crops={review.crops} />
          {review.values.fullText && (
            <details>
              <summary>{vi.incoming.fullText}</summary>
              <div className="full-text">{review.values.fullText}</div>
            </details>
          )}
        </>
      ) : (
        <>
          <div
            className={over ? 'drop-zone over' : 'drop-zone'}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              void takeFiles(e.dataTransfer.files);
            }}
          >
            <p>{vi.incoming.dropHere}</p>
            <button type="button" onClick={() => fileInput.current?.click()}>
              {vi.incoming.chooseFiles}
            </button>
            <input ref={fileInput} type="file" multiple accept={ACCEPT} hidden aria-label={vi.incoming.chooseFiles} onChange={(e) => void takeFiles(e.target.files)} />
          </div>
          <Field label={vi.incoming.pasteLabel}>
            <textarea rows={12} value={text} maxLength={5_000_000} onChange={(e) => setText(e.target.value)} />
          </Field>
          {busy &&
            (ocrProgress ? (
              <ProgressWithCancel label={vi.incoming.ocrLabel} done={ocrProgress.page} total={ocrProgress.pages} onCancel={cancelRead} />
            ) : (
              <p role="status">{vi.incoming.reading}</p>
            ))}
        </>
      )}
    </Dialog>
  );
}

