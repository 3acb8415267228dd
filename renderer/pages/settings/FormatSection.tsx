// "Thể thức": one control per UNCONFIRMED rule (default = the guide's), dated, with a live sample.
import { useEffect } from 'react';
import type { OfficeFormat } from '../../../shared/format/office';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useFormatStore } from '../../stores/formatStore';
import { PdfPreview } from '../compose/PdfPreview';

const f = vi.format;
type Key = keyof OfficeFormat;
/** Each option: the stored value and its label; '' in the select = the guide's default. */
type Option = [OfficeFormat[Key], string];

const yesNo: Option[] = [
  [true, f.yes],
  [false, f.no],
];
const ends = (xs: string[]): Option[] => xs.map((x) => [x as OfficeFormat[Key], f.endOptions[x]!]);

const CONTROLS: [Key, string, Option[]][] = [
  ['kindTitleSize', f.kindTitleSize, [13, 14, 15, 16].map((n) => [n, `${n} pt`])],
  ['issuerSize', f.issuerSize, [12, 13, 14, 15].map((n) => [n, `${n} pt`])],
  ['numberColon', f.numberColon, [[true, f.numberColonOptions.yes], [false, f.numberColonOptions.no]]],
  ['letterSubjectPrefix', f.letterSubjectPrefix, [['', f.prefixOptions.none!], ['V/v', f.prefixOptions.vv!], ['Về việc', f.prefixOptions.vevic!]]],
  ['addresseeItemEnd', f.addresseeItemEnd, ends([',', ';'])],
  ['addresseeLastEnd', f.addresseeLastEnd, ends(['.', ''])],
  ['distributionItemEnd', f.distributionItemEnd, ends([',', ';'])],
  ['distributionLastEnd', f.distributionLastEnd, ends(['.', ''])],
  ['closingMark', f.closingMark, yesNo],
  ['lineHeightPt', f.lineHeightPt, [15, 16, 17, 18, 19, 20, 21, 22].map((n) => [n, `${n} pt`])],
  ['pageNumberPosition', f.pageNumberPosition, Object.entries(f.positionOptions).map(([k, v]) => [k as OfficeFormat[Key], v])],
  ['pageNumberFromPage', f.pageNumberFromPage, [[1, f.fromOptions['1']!], [2, f.fromOptions['2']!]]],
  ['signatureTitleBold', f.signatureTitleBold, yesNo],
  ['nameTones', f.nameTones, Object.entries(f.toneOptions).map(([k, v]) => [k as OfficeFormat[Key], v])],
];

export function FormatSection() {
  const { settings, validFrom, basis, sampleOf, history, load, set, setMeta, sample, save } = useFormatStore();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="panel" aria-labelledby="settings-format">
      <h2 id="settings-format">{f.section}</h2>
      <p className="muted">{f.intro}</p>
      <div className="split">
        <div className="form">
          {CONTROLS.map(([key, label, options]) => {
            const i = options.findIndex(([v]) => v === settings[key]);
            return (
              <Field key={key} label={label}>
                <select value={i < 0 ? '' : String(i)} onChange={(e) => set(key, e.target.value === '' ? undefined : options[Number(e.target.value)]![0])}>
                  <option value="">{f.byGuide}</option>
                  {options.map(([, text], j) => (
                    <option key={j} value={String(j)}>
                      {text}
                    </option>
                  ))}
                </select>
              </Field>
            );
          })}
          <DateInput label={f.validFrom} value={validFrom} onChange={(v) => setMeta({ validFrom: v })} />
          <Field label={f.basis}>
            <input value={basis} onChange={(e) => setMeta({ basis: e.target.value })} />
          </Field>
          <button type="button" className="primary" onClick={() => void save()}>
            {f.save}
          </button>
          {history.length ? <p className="muted">{`${f.history}: ${history.map((h) => h.validFrom.split('-').reverse().join('/')).join(', ')}`}</p> : null}
        </div>
        <div>
          <Field label={f.sampleOf}>
            <select value={sampleOf} onChange={(e) => setMeta({ sampleOf: e.target.value as 'cong-van' | 'ke-hoach' })}>
              {Object.entries(f.sampleOptions).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </Field>
          <PdfPreview version={[settings, sampleOf]} render={sample} />
        </div>
      </div>
    </section>
  );
}
