import { useRef, useState } from 'react';
import { DRAFT_VERSION } from '../../../shared/domain/compose';
import type { OfficeProfile } from '../../../shared/domain/profile';
import { quickReportFields } from '../../../shared/report/template-data';
import { todayIn } from '../../../shared/text/today';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { fileToBase64 } from '../../lib/bytes';
import { useComposeStore } from '../../stores/composeStore';
import { useImporterStore } from '../../stores/importerStore';

export type SourceText = { name: string; text: string };

/** Thông báo nhanh, step 1: the source texts → report:draft → facts and a draft to edit. */
export function QuickReportSources({ profile, initial, incomingId }: { profile: OfficeProfile; initial: SourceText[]; incomingId: number | null }) {
  const reportDraft = useComposeStore((s) => s.reportDraft);
  const setDoc = useComposeStore((s) => s.setDoc);
  const busy = useComposeStore((s) => s.busy);
  const extract = useImporterStore((s) => s.extract);
  const [sources, setSources] = useState<SourceText[]>(initial.length ? initial : [{ name: '', text: '' }]);
  // "Ngày đăng bài": the last evidence for the year of "Sáng 28-12"; empty when unknown (never guessed).
  const [publishedDate, setPublishedDate] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const set = (i: number, patch: Partial<SourceText>) => setSources(sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  const make = async () => {
    const texts = sources.filter((s) => s.text.trim()).map((s, i) => ({ name: s.name.trim() || `Nguồn ${i + 1}`, text: s.text }));
    const r = await reportDraft(texts, publishedDate || null);
    if (!r) return;
    const me = profile.shortName || profile.issuer;
    // The one Draft → Thông báo nhanh mapping (shared); main assembles the document from this draft.
    const { fields, sources: paragraphSources } = quickReportFields(r.draft);
    setDoc({
      version: DRAFT_VERSION,
      templateId: 'quick-report',
      templateVersion: null,
      incomingId,
      date: todayIn(new Date()),
      signerIndex: 0,
      addressees: [],
      distribution: ['Thường trực cấp ủy', `Lưu ${me}`],
      copies: 1,
      secrecy: '',
      urgency: '',
      fields,
      sources: paragraphSources,
      facts: r.facts,
      publishedDate: publishedDate || null,
      report: { texts, publishedDate: publishedDate || null, corrections: {} },
    });
  };
  const importFiles = async (files: FileList | null) => {
    for (const f of [...(files ?? [])]) {
      const r = await extract({ fileName: f.name, mime: f.type, dataBase64: await fileToBase64(f) });
      if (r?.text) setSources((prev) => [...prev.filter((s) => s.text.trim()), { name: f.name, text: r.text }]);
    }
  };

  return (
    <div className="page">
      <h1>{vi.compose.quickTitle}</h1>
      <section className="panel form" aria-labelledby="src-h">
        <h2 id="src-h">{vi.compose.sourcesTitle}</h2>
        <p className="muted">{vi.compose.sourcesHint}</p>
        {sources.map((s, i) => (
          <div className="source-editor" key={i}>
            <div className="row-2">
              <Field label={vi.compose.sourceName(i + 1)}>
                <input value={s.name} maxLength={300} onChange={(e) => set(i, { name: e.target.value })} />
              </Field>
              <button type="button" className="link-button" aria-label={vi.compose.removeSource(i + 1)} onClick={() => setSources(sources.filter((_, j) => j !== i))}>
                {vi.common.remove}
              </button>
            </div>
            <Field label={vi.compose.sourceText(i + 1)}>
              <textarea rows={8} value={s.text} maxLength={2_000_000} onChange={(e) => set(i, { text: e.target.value })} />
            </Field>
          </div>
        ))}
        <DateInput label={vi.compose.publishedDate} value={publishedDate} onChange={setPublishedDate} hint={vi.compose.publishedDateHint} />
        <div className="actions">
          <button type="button" onClick={() => setSources([...sources, { name: '', text: '' }])}>
            {vi.compose.addSource}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {vi.compose.importSource}
          </button>
          <input ref={fileInput} type="file" multiple hidden accept=".docx,.pdf,.txt" aria-label={vi.compose.importSource} onChange={(e) => void importFiles(e.target.files)} />
          <button type="button" className="primary" disabled={busy || !sources.some((s) => s.text.trim())} onClick={() => void make()}>
            {busy ? vi.compose.making : vi.compose.makeDraft}
          </button>
        </div>
      </section>
    </div>
  );
}
