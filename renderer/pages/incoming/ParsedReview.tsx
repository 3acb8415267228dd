import type { ParsedFields } from '../../../shared/domain/intake';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { LOW, VERY_LOW, type OcrCrops, type ParsedKey } from './review';

type Props = { parsed: ParsedFields; onChange: (p: ParsedFields) => void; crops?: OcrCrops | null };

/**
 * Kính gửi and the signer as read (kept with the record, used when replying): editable, and for a
 * scan marked as OCR with the crop of the page they were read from until the clerk edits them.
 * A field typed by hand gets confidence 1.
 */
export function ParsedReview({ parsed, onChange, crops }: Props) {
  const conf = (k: ParsedKey) => parsed.confidence[k];
  const ocr = (k: ParsedKey) => (crops && conf(k) !== 1 ? 'field-ocr' : undefined);
  const crop = (k: ParsedKey, label: string) => (crops?.[k] && conf(k) !== 1 ? <img className="ocr-crop" src={crops[k]} alt={vi.incoming.ocrCrop(label)} /> : null);
  const warn = (k: ParsedKey) => {
    const c = conf(k);
    if (c === undefined || c >= LOW || !(k === 'signerName' ? parsed.signerName : parsed.addressees.length)) return null;
    return c < VERY_LOW ? vi.incoming.veryLowConfidence : vi.incoming.lowConfidence;
  };
  const set = (patch: Partial<ParsedFields>, k: ParsedKey) => onChange({ ...parsed, ...patch, confidence: { ...parsed.confidence, [k]: 1 } });
  return (
    <div className="grid-2">
      <Field label={vi.incoming.addressees} hint={vi.incoming.addresseesHint} warn={warn('addressees')} wide className={ocr('addressees')}>
        <textarea
          rows={Math.min(6, Math.max(2, parsed.addressees.length))}
          value={parsed.addressees.join('\n')}
          maxLength={20_000}
          onChange={(e) => set({ addressees: e.target.value.split('\n').slice(0, 500) }, 'addressees')}
        />
        {crop('addressees', vi.incoming.addressees)}
      </Field>
      <Field label={vi.incoming.signerName} warn={warn('signerName')} className={ocr('signerName')}>
        <input value={parsed.signerName} maxLength={200} onChange={(e) => set({ signerName: e.target.value }, 'signerName')} />
        {crop('signerName', vi.incoming.signerName)}
      </Field>
    </div>
  );
}
