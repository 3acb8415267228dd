// The compose store holds the clerk's choices only: one call opens a document, one call issues it;
// main assembles, numbers and stores (issue 11, defect 6).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_VERSION, type ComposeDraft } from '../../shared/domain/compose';
import { setApiForTests } from '../../renderer/api/client';
import { replaceEverywhere } from '../../renderer/lib/composeDoc';
import { useComposeStore } from '../../renderer/stores/composeStore';
import { draftReport } from '../../shared/report/report';
import type { DraftOptions } from '../../shared/report/report';
import { quickReportFields } from '../../shared/report/template-data';
import { fakeApi } from './fakeApi';

const draft = (): ComposeDraft => ({
  version: DRAFT_VERSION,
  templateId: 'forwarding-letter',
  templateVersion: null,
  incomingId: 4,
  date: '2023-07-12',
  signerIndex: 0,
  addressees: ['Cấp ủy cơ sở đảng'],
  distribution: ['Như trên', 'Lưu Ban Tuyên giáo Quận ủy'],
  copies: 1,
  secrecy: '',
  urgency: '',
  fields: { subject: 'gửi tài liệu “Thông báo nhanh …”', sending: 'Ban Tuyên giáo Quận ủy gửi …' },
  sources: {},
  facts: null,
  publishedDate: null,
  report: null,
});
const initial = useComposeStore.getState();

describe('compose helpers', () => {
  it('replaces a corrected fact everywhere in the draft', () => {
    expect(replaceEverywhere({ a: ['tại Hội trường A', { p: 'Hội trường A' }] }, 'Hội trường A', 'Hội trường Thành ủy')).toEqual({ a: ['tại Hội trường Thành ủy', { p: 'Hội trường Thành ủy' }] });
  });
});

describe('composeStore', () => {
  beforeEach(() => useComposeStore.setState(initial, true));
  afterEach(() => setApiForTests(null));

  it('opens a document with one call: main answers with the autosaved draft or a fresh one', async () => {
    const { api, calls } = fakeApi({
      'documents:prefill': () => ({ draftId: 11, draft: { ...draft(), addressees: ['đã gõ trước đó'] }, savedAt: '2023-07-12T08:00:00Z' }),
    });
    setApiForTests(api);
    await useComposeStore.getState().open({ templateId: 'forwarding-letter', incomingId: 4 });
    expect(calls.map((c) => c.channel)).toEqual(['documents:prefill']);
    expect(useComposeStore.getState()).toMatchObject({ draftId: 11, doc: { addressees: ['đã gõ trước đó'] } });
  });

  it('autosaves edits as a typed draft, previews with main’s problems and number, then issues in one call', async () => {
    const { api, calls } = fakeApi({
      'drafts:save': (i: { id?: number }) => ({ id: i.id ?? 21, kind: 'forwarding', title: '', incomingId: 4, updatedAt: 'now' }),
      'documents:preview': () => ({ dataBase64: 'JVBERi0=', pages: 1, spec: {}, problems: ['Công văn chưa có "Kính gửi".'], next: { numberLine: 'Số 65-CV/BTGQU' } }),
      'outgoing:issueDraft': () => ({ id: 9, numberLine: 'Số 65-CV/BTGQU', symbol: '65-CV/BTGQU' }),
    });
    setApiForTests(api);
    useComposeStore.getState().setDoc(draft());
    useComposeStore.getState().edit({ copies: 40, secrecy: 'Mật' });
    await useComposeStore.getState().flush();
    const save = calls.find((c) => c.channel === 'drafts:save')!.input as { draft: ComposeDraft };
    // A typed record, not JSON text inside JSON.
    expect(save.draft).toMatchObject({ version: 2, copies: 40, secrecy: 'Mật', templateId: 'forwarding-letter' });

    await useComposeStore.getState().preview();
    expect(useComposeStore.getState()).toMatchObject({ problems: ['Công văn chưa có "Kính gửi".'], next: { numberLine: 'Số 65-CV/BTGQU' } });
    // The preview request carries the draft (choices), never an office profile copy.
    const previewInput = calls.find((c) => c.channel === 'documents:preview')!.input as Record<string, unknown>;
    expect(Object.keys(previewInput).sort()).toEqual(['draft', 'format']);
    expect(JSON.stringify(previewInput)).not.toContain('issuerCode');

    calls.length = 0;
    const issued = await useComposeStore.getState().issue();
    expect(issued?.numberLine).toBe('Số 65-CV/BTGQU');
    expect(calls.map((c) => c.channel)).toEqual(['outgoing:issueDraft']);
    expect(calls[0]!.input).toMatchObject({ draftId: 21, draft: { copies: 40, incomingId: 4 } });
    expect(useComposeStore.getState().draftId).toBeNull();
  });

  it('Thông báo nhanh: keeps the clerk\'s publication date, sends corrections to main and keeps them across corrections', async () => {
    const text = 'Sáng 15-8, Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa XV tổ chức hội nghị lần thứ 11. Đồng chí Đỗ Thanh Bình, Bí thư Thành ủy chủ trì hội nghị.';
    const { api, calls } = fakeApi({
      // The real pure extractor stands in for main's service.
      'report:draft': (i: { texts: { text: string }[] } & DraftOptions) => draftReport(i.texts, i),
      'drafts:save': (i: { id?: number }) => ({ id: i.id ?? 31, kind: 'quickReport', title: '', incomingId: null, updatedAt: 'now' }),
    });
    setApiForTests(api);
    const store = useComposeStore.getState();
    const r = await store.reportDraft([{ name: 'a', text }], '2024-08-16');
    expect(r?.facts.startDate).toMatchObject({ value: '2024-08-15', evidence: 'Ngày đăng bài: 16/08/2024' });
    const { fields, sources } = quickReportFields(r!.draft);
    useComposeStore.getState().setDoc({ ...draft(), templateId: 'quick-report', incomingId: null, date: '2024-08-20', fields, sources, facts: r!.facts, publishedDate: '2024-08-16', report: { texts: [{ name: 'a', text }], publishedDate: '2024-08-16', corrections: {} } });
    await useComposeStore.getState().correctFacts({ ordinal: 12 });
    const again = await useComposeStore.getState().correctFacts({ startDate: '2024-08-14' });
    const sent = calls.filter((c) => c.channel === 'report:draft').map((c) => c.input);
    expect(sent[2]).toEqual({ texts: [{ name: 'a', text }], publishedDate: '2024-08-16', corrections: { ordinal: 12, startDate: '2024-08-14' } });
    expect(again?.draft.subject).toContain('lần thứ 12');
    expect(useComposeStore.getState().facts?.startDate).toMatchObject({ value: '2024-08-14', corrected: true });
    await useComposeStore.getState().flush();
    const saved = (calls.find((c) => c.channel === 'drafts:save')!.input as { draft: ComposeDraft }).draft;
    expect(saved.report!.corrections).toEqual({ ordinal: 12, startDate: '2024-08-14' });
  });
});
