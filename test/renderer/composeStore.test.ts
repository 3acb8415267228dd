import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../shared/domain/profile';
import { setApiForTests } from '../../renderer/api/client';
import { buildData, fromPrefill, fromReportDraft, replaceEverywhere, type ComposeDoc } from '../../renderer/lib/composeDoc';
import { useComposeStore } from '../../renderer/stores/composeStore';
import { draftReport } from '../../shared/report/report';
import type { DraftOptions } from '../../shared/report/report';
import { fakeApi } from './fakeApi';

const profile: OfficeProfile = {
  id: 1, parentBody: 'QUẬN ỦY QUẬN 1', issuer: 'BAN TUYÊN GIÁO', issuerCode: 'BTGQU', place: 'Quận 1', shortName: 'Ban Tuyên giáo Quận ủy',
  signers: [{ name: 'Nguyễn Trung Châu', title: 'PHÓ TRƯỞNG BAN', authority: 'K/T TRƯỞNG BAN' }], terms: [{ name: 'XII', start: '2020-10-01', end: '2025-06-30', label: '' }],
  numberingPolicy: 'party', formatProfile: 'party-hd36-2018', validFrom: '2020-10-01', validTo: null, createdAt: '', updatedAt: '',
};
const prefill = {
  office: { issuer: 'x' }, number: null, date: null, subject: 'gửi tài liệu “Thông báo nhanh …”', addressees: ['Cấp ủy cơ sở đảng'],
  incoming: [{ kind: 'Công văn', symbol: '3080-CV/BTGTU', date: '2023-07-10', issuer: 'Ban Tuyên giáo Thành ủy', subject: 'gửi tài liệu' }],
  sending: 'Ban Tuyên giáo Quận ủy gửi …', closing: 'Trân trọng.', signer: null, distribution: ['Như trên', 'Lưu Ban Tuyên giáo Quận ủy'],
};
const doc = (): ComposeDoc => fromPrefill('forwarding', prefill, { incomingId: 4, date: '2023-07-12' });
const initial = useComposeStore.getState();

describe('compose document helpers', () => {
  it('splits prefill into common parts and template fields, and builds the template data back', () => {
    const d = doc();
    expect(d.addressees).toBe('Cấp ủy cơ sở đảng');
    expect(Object.keys(d.fields).sort()).toEqual(['closing', 'incoming', 'sending', 'subject']);
    const data = buildData({ ...d, addressees: 'Cấp ủy cơ sở đảng\n\n  Các đồng chí báo cáo viên  ', fields: { ...d.fields, request: ['', '  '] } }, profile);
    expect(data).toMatchObject({
      office: { issuer: 'BAN TUYÊN GIÁO', issuerCode: 'BTGQU', place: 'Quận 1', shortName: 'Ban Tuyên giáo Quận ủy', parentBody: 'QUẬN ỦY QUẬN 1' },
      date: '2023-07-12', number: null, signer: { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Trung Châu' },
      addressees: ['Cấp ủy cơ sở đảng', 'Các đồng chí báo cáo viên'], distribution: ['Như trên', 'Lưu Ban Tuyên giáo Quận ủy'],
    });
    // An optional paragraph list left empty is omitted, not sent as [].
    expect('request' in data).toBe(false);
  });

  it('maps a report draft: opening, numbered sections (numeral → label), closing, sources per paragraph', () => {
    const src = (t: string) => [{ source: 0, name: 'Báo', sentence: 1, text: t }];
    const d = fromReportDraft(
      {
        docType: 'THÔNG BÁO NHANH', subject: 'Kết quả Hội nghị lần thứ 22',
        sections: [
          { heading: null, paragraphs: [{ text: 'Ngày 15/7 …', origin: 'composed', sources: src('a') }] },
          { heading: 'I. KẾT QUẢ CHỦ YẾU', paragraphs: [{ text: 'Tăng trưởng …', origin: 'extracted', sources: src('b') }] },
          { heading: null, paragraphs: [{ text: 'Hội nghị kêu gọi …', origin: 'template', sources: [] }] },
        ],
      },
      { incomingId: null, date: '2023-07-16' },
      'Lưu',
    );
    expect(d.fields).toMatchObject({ title: 'THÔNG BÁO NHANH', opening: ['Ngày 15/7 …'], sections: [{ label: 'I.', title: 'KẾT QUẢ CHỦ YẾU', content: ['Tăng trưởng …'] }], closing: ['Hội nghị kêu gọi …'] });
    expect(d.sources['opening.0']![0]!.text).toBe('a');
    expect(d.sources['sections.0.0']![0]!.text).toBe('b');
  });

  it('replaces a corrected fact everywhere in the draft', () => {
    expect(replaceEverywhere({ a: ['tại Hội trường A', { p: 'Hội trường A' }] }, 'Hội trường A', 'Hội trường Thành ủy')).toEqual({ a: ['tại Hội trường Thành ủy', { p: 'Hội trường Thành ủy' }] });
  });
});

describe('composeStore', () => {
  beforeEach(() => useComposeStore.setState(initial, true));
  afterEach(() => setApiForTests(null));

  it('reopens the draft already started for the same incoming document instead of a fresh one', async () => {
    const saved = { doc: { ...doc(), addressees: 'đã gõ trước đó' }, facts: null };
    const { api } = fakeApi({
      'drafts:list': () => [{ id: 11, kind: 'forwarding', title: 't', incomingId: 4, updatedAt: '2023-07-12T08:00:00Z' }],
      'drafts:get': () => ({ id: 11, kind: 'forwarding', title: 't', incomingId: 4, updatedAt: '2023-07-12T08:00:00Z', createdAt: '', data: JSON.stringify(saved) }),
    });
    setApiForTests(api);
    let freshCalled = false;
    await useComposeStore.getState().open({ draftId: null, kind: 'forwarding', incomingId: 4 }, async () => ((freshCalled = true), doc()));
    expect(freshCalled).toBe(false);
    expect(useComposeStore.getState()).toMatchObject({ draftId: 11, doc: { addressees: 'đã gõ trước đó' } });
  });

  it('autosaves edits as a draft, then issues: number from the backend, reply linked, draft removed', async () => {
    const { api, calls } = fakeApi({
      'drafts:save': (i: { id?: number }) => ({ id: i.id ?? 21, kind: 'forwarding', title: '', incomingId: 4, updatedAt: 'now' }),
      'drafts:delete': () => ({ deleted: true }),
      'outgoing:issue': () => ({ id: 9, numberLine: 'Số 65-CV/BTGQU', symbol: '65-CV/BTGQU' }),
      'outgoing:list': () => ({ rows: [], total: 1 }),
      'incoming:get': () => ({ id: 4, replyIds: [] }),
      'incoming:update': (i: unknown) => i,
    });
    setApiForTests(api);
    useComposeStore.setState({ templates: [{ id: 'forwarding-letter', name: 'Công văn gửi tài liệu', description: '', kind: 'cong-van', typeCode: 'CV', fields: {} }] });
    useComposeStore.getState().setDoc(doc());
    useComposeStore.getState().edit({ copies: 40 });
    await useComposeStore.getState().flush();
    const save = calls.find((c) => c.channel === 'drafts:save')!.input as { kind: string; title: string; data: string };
    expect(save.title).toBe('gửi tài liệu “Thông báo nhanh …”');
    expect(JSON.parse(save.data).doc.copies).toBe(40);

    const issued = await useComposeStore.getState().issue(profile);
    expect(issued?.numberLine).toBe('Số 65-CV/BTGQU');
    const input = calls.find((c) => c.channel === 'outgoing:issue')!.input as Record<string, unknown>;
    expect(input).toMatchObject({ typeCode: 'CV', date: '2023-07-12', incomingId: 4, templateId: 'forwarding-letter', copies: 40, signerName: 'Nguyễn Trung Châu', signerTitle: 'K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN' });
    expect(JSON.parse(input.templateData as string).incoming[0].symbol).toBe('3080-CV/BTGTU');
    expect(calls.find((c) => c.channel === 'incoming:update')!.input).toEqual({ id: 4, replyIds: [9] });
    expect(calls.some((c) => c.channel === 'drafts:delete')).toBe(true);
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
    useComposeStore.getState().setDoc(fromReportDraft(r!.draft, { incomingId: null, date: '2024-08-20' }, 'Lưu'), r!.facts);
    await useComposeStore.getState().correctFacts({ ordinal: 12 });
    const again = await useComposeStore.getState().correctFacts({ startDate: '2024-08-14' });
    const sent = calls.filter((c) => c.channel === 'report:draft').map((c) => c.input);
    expect(sent[2]).toEqual({ texts: [{ name: 'a', text }], publishedDate: '2024-08-16', corrections: { ordinal: 12, startDate: '2024-08-14' } });
    expect(again?.draft.subject).toContain('lần thứ 12');
    expect(useComposeStore.getState().facts?.startDate).toMatchObject({ value: '2024-08-14', corrected: true });
    await useComposeStore.getState().flush();
    const saved = JSON.parse((calls.find((c) => c.channel === 'drafts:save')!.input as { data: string }).data);
    expect(saved.report.corrections).toEqual({ ordinal: 12, startDate: '2024-08-14' });
  });
});
