import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../shared/domain/incoming';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/DateInput';
import { vi } from '../../i18n/vi';
import { LOW, VERY_LOW, type OcrCrops, type ReviewConfidence, type ReviewKey, type ReviewValues } from './review';

type Props = { values: ReviewValues; confidence: ReviewConfidence; onChange: (v: ReviewValues) => void; showArrival?: boolean; crops?: OcrCrops | null };

/**
 * The incoming record's fields; low-confidence extractions are highlighted until edited. For a
 * scan (`crops` set) every machine-read field is marked as OCR (yellow) and shows the piece of the
 * page it was read from, so the clerk checks the number and date against the image.
 */
export function ReviewForm({ values: v, confidence, onChange, showArrival = true, crops }: Props) {
  const set = <K extends keyof ReviewValues>(k: K, x: ReviewValues[K]) => onChange({ ...v, [k]: x });
  const ocr = (k: ReviewKey) => (crops && confidence[k] !== 1 ? 'field-ocr' : undefined);
  const crop = (k: ReviewKey, label: string) =>
    crops?.[k] && confidence[k] !== 1 ? <img className="ocr-crop" src={crops[k]} alt={vi.incoming.ocrCrop(label)} /> : null;
  const warn = (k: ReviewKey) => {
    const c = confidence[k];
    if (c === undefined || c >= LOW) return null;
    return c < VERY_LOW ? vi.incoming.veryLowConfidence : vi.incoming.lowConfidence;
  };
  return (
    <div className="grid-2">
      {showArrival && (
        <>
          <Field label={vi.incoming.arrivalNumber} hint={vi.incoming.arrivalNumberHint}>
            <input type="number" min={1} value={v.arrivalNumber} onChange={(e) => set('arrivalNumber', e.target.value)} />
          </Field>
          <DateInput label={vi.incoming.arrivalDate} required value={v.arrivalDate} onChange={(iso) => set('arrivalDate', iso)} />
        </>
      )}
      <Field label={vi.incoming.number} warn={warn('number')} className={ocr('number')}>
        <input value={v.number} maxLength={100} onChange={(e) => set('number', e.target.value)} />
        {crop('number', vi.incoming.number)}
      </Field>
      <div className={ocr('docDate')}>
        <DateInput label={vi.incoming.docDate} warn={warn('docDate')} value={v.docDate} onChange={(iso) => set('docDate', iso)} />
        {crop('docDate', vi.incoming.docDate)}
      </div>
      <Field label={vi.incoming.issuer} warn={warn('issuer')} wide className={ocr('issuer')}>
        <input value={v.issuer} maxLength={300} onChange={(e) => set('issuer', e.target.value)} />
        {crop('issuer', vi.incoming.issuer)}
      </Field>
      <Field label={vi.incoming.docType} warn={warn('docType')} className={ocr('docType')}>
        <input value={v.docType} maxLength={100} onChange={(e) => set('docType', e.target.value)} />
      </Field>
      <DateInput label={vi.incoming.deadline} value={v.deadline} onChange={(iso) => set('deadline', iso)} />
      <Field label={vi.incoming.subject} warn={warn('subject')} wide className={ocr('subject')}>
        <textarea rows={3} value={v.subject} maxLength={2000} onChange={(e) => set('subject', e.target.value)} />
        {crop('subject', vi.incoming.subject)}
      </Field>
      <Field label={vi.incoming.receiver}>
        <input value={v.receiver} maxLength={300} onChange={(e) => set('receiver', e.target.value)} />
      </Field>
      <Field label={vi.incoming.handler}>
        <input value={v.handler} maxLength={200} onChange={(e) => set('handler', e.target.value)} />
      </Field>
      <Field label={vi.incoming.secrecy}>
        <select value={v.secrecy} onChange={(e) => set('secrecy', e.target.value as ReviewValues['secrecy'])}>
          <option value="">{vi.common.none}</option>
          {SECRECY_LEVELS.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </Field>
      <Field label={vi.incoming.urgency}>
        <select value={v.urgency} onChange={(e) => set('urgency', e.target.value as ReviewValues['urgency'])}>
          <option value="">{vi.common.none}</option>
          {URGENCY_LEVELS.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </Field>
      <Field label={vi.incoming.notes} wide>
        <textarea rows={2} value={v.notes} maxLength={5000} onChange={(e) => set('notes', e.target.value)} />
      </Field>
    </div>
  );
}
