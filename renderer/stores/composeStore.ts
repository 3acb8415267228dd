// The compose screen's data: templates, the document being written (autosaved as a draft so
// nothing typed is lost), Thông báo nhanh facts, previews and issuing.
import { create } from 'zustand';
import type { OutgoingDocument } from '../../shared/domain/outgoing';
import type { OfficeProfile } from '../../shared/domain/profile';
import type { ApiOutput } from '../../shared/ipc/contract';
import type { DraftSummary } from '../../shared/ipc/drafts';
import type { FactCorrections, RichFacts } from '../../shared/report/types';
import { getApi } from '../api/client';
import { buildData, subjectOf, type ComposeDoc } from '../lib/composeDoc';
import { useIncomingStore } from './incomingStore';
import { useNotifications } from './notificationsStore';
import { useOutgoingStore } from './outgoingStore';

export type TemplateSummary = ApiOutput<'documents:templates'>[number];
export type PreviewResult = ApiOutput<'documents:preview'>;
/** What report:draft was asked (the sources, the clerk's "Ngày đăng bài", corrections so far): re-asked on each correction. */
export type ReportInput = { texts: { name?: string; text: string }[]; publishedDate: string | null; corrections: FactCorrections };
type Saved = { doc: ComposeDoc; facts: RichFacts | null; report?: ReportInput | null };

type ComposeState = {
  templates: TemplateSummary[];
  drafts: DraftSummary[];
  doc: ComposeDoc | null;
  facts: RichFacts | null;
  report: ReportInput | null;
  draftId: number | null;
  savedAt: string | null;
  issued: OutgoingDocument | null;
  busy: boolean;
  /** Which compose target the current state belongs to (survives leaving the screen). */
  openedKey: string | null;
  setOpenedKey: (key: string | null) => void;
  loadTemplates: () => Promise<void>;
  loadDrafts: () => Promise<void>;
  /** Opens a document: a stored draft when one exists for the same source, else `fresh()`. */
  open: (key: { draftId: number | null; kind: ComposeDoc['kind']; incomingId: number | null }, fresh: () => Promise<ComposeDoc | null>) => Promise<void>;
  setDoc: (doc: ComposeDoc, facts?: RichFacts | null) => void;
  edit: (patch: Partial<ComposeDoc>) => void;
  setFacts: (facts: RichFacts | null) => void;
  flush: () => Promise<void>;
  discard: () => Promise<void>;
  close: () => void;
  prefill: (input: Parameters<ReturnType<typeof getApi>['documents']['prefill']>[0]) => Promise<Record<string, unknown> | null>;
  reportDraft: (texts: { name?: string; text: string }[], publishedDate?: string | null) => Promise<ApiOutput<'report:draft'> | null>;
  /** The clerk's corrections: main rebuilds facts and draft from them; the facts are kept here, the draft returned. */
  correctFacts: (corrections: FactCorrections) => Promise<ApiOutput<'report:draft'> | null>;
  preview: (profile: OfficeProfile, format: 'pdf' | 'docx') => Promise<PreviewResult>;
  issue: (profile: OfficeProfile) => Promise<OutgoingDocument | null>;
};

const AUTOSAVE_MS = 800;
let timer: ReturnType<typeof setTimeout> | undefined;
const notify = (e: unknown) => useNotifications.getState().push(e);

export const useComposeStore = create<ComposeState>((set, get) => {
  const scheduleSave = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), AUTOSAVE_MS);
  };
  /** report:draft with the sources, the clerk's date and corrections; remembered for the next correction. */
  const askReport = async (input: ReportInput) => {
    set({ busy: true });
    try {
      const r = await getApi().report.draft({ texts: input.texts, publishedDate: input.publishedDate, ...(Object.keys(input.corrections).length ? { corrections: input.corrections } : {}) });
      set({ report: input });
      return r;
    } catch (e) {
      notify(e);
      return null;
    } finally {
      set({ busy: false });
    }
  };
  return {
    templates: [],
    drafts: [],
    doc: null,
    facts: null,
    report: null,
    draftId: null,
    savedAt: null,
    issued: null,
    busy: false,
    openedKey: null,
    setOpenedKey: (openedKey) => set({ openedKey }),
    async loadTemplates() {
      if (get().templates.length) return;
      try {
        set({ templates: await getApi().documents.templates({}) });
      } catch (e) {
        notify(e);
      }
    },
    async loadDrafts() {
      try {
        set({ drafts: await getApi().drafts.list({}) });
      } catch (e) {
        notify(e);
      }
    },
    async open(key, fresh) {
      await get().flush();
      set({ busy: true, issued: null });
      try {
        const api = getApi();
        let id = key.draftId;
        if (id === null && key.incomingId !== null) {
          const same = (await api.drafts.list({ kind: key.kind })).find((d) => d.incomingId === key.incomingId);
          id = same?.id ?? null;
        }
        if (id !== null) {
          const d = await api.drafts.get({ id });
          const saved = JSON.parse(d.data) as Saved;
          set({ doc: saved.doc, facts: saved.facts, report: saved.report ?? null, draftId: d.id, savedAt: d.updatedAt });
          useNotifications.getState().info('Đã mở lại bản nháp đang soạn dở.');
          return;
        }
        const doc = await fresh();
        set({ doc, facts: null, report: null, draftId: null, savedAt: null });
        if (doc) scheduleSave();
      } catch (e) {
        notify(e);
      } finally {
        set({ busy: false });
      }
    },
    setDoc(doc, facts = null) {
      set({ doc, facts, issued: null });
      scheduleSave();
    },
    edit(patch) {
      const doc = get().doc;
      if (!doc) return;
      set({ doc: { ...doc, ...patch } });
      scheduleSave();
    },
    setFacts(facts) {
      set({ facts });
      scheduleSave();
    },
    async flush() {
      clearTimeout(timer);
      const { doc, facts, report, draftId, issued } = get();
      if (!doc || issued) return;
      try {
        const saved = await getApi().drafts.save({
          ...(draftId !== null ? { id: draftId } : {}),
          kind: doc.kind,
          title: subjectOf(doc).slice(0, 500),
          incomingId: doc.incomingId,
          data: JSON.stringify({ doc, facts, report } satisfies Saved),
        });
        set({ draftId: saved.id, savedAt: saved.updatedAt });
      } catch (e) {
        notify(e);
      }
    },
    async discard() {
      clearTimeout(timer);
      const id = get().draftId;
      set({ doc: null, facts: null, report: null, draftId: null, savedAt: null, issued: null, openedKey: null });
      if (id !== null) {
        try {
          await getApi().drafts.delete({ id });
        } catch (e) {
          notify(e);
        }
      }
      await get().loadDrafts();
    },
    close() {
      void get().flush();
      set({ doc: null, facts: null, report: null, draftId: null, savedAt: null, issued: null, openedKey: null });
    },
    async prefill(input) {
      try {
        return await getApi().documents.prefill(input);
      } catch (e) {
        notify(e);
        return null;
      }
    },
    reportDraft: (texts, publishedDate = null) => askReport({ texts, publishedDate, corrections: {} }),
    async correctFacts(corrections) {
      const report = get().report;
      if (!report) return null;
      const r = await askReport({ ...report, corrections: { ...report.corrections, ...corrections } });
      if (r) {
        set({ facts: r.facts });
        scheduleSave();
      }
      return r;
    },
    /** Throws: the preview pane shows the message in place (no notification per keystroke). */
    preview(profile, format) {
      const doc = get().doc;
      if (!doc) return Promise.reject(new Error('no document'));
      return getApi().documents.preview({ templateId: doc.templateId, data: buildData(doc, profile), format });
    },
    async issue(profile) {
      const doc = get().doc;
      if (!doc) return null;
      await get().flush();
      const template = get().templates.find((t) => t.id === doc.templateId);
      const signer = profile.signers[doc.signerIndex] ?? profile.signers[0];
      const issued = await useOutgoingStore.getState().issue({
        typeCode: template?.typeCode ?? 'CV',
        date: doc.date,
        subject: subjectOf(doc) || template?.name || 'Văn bản',
        signerName: signer?.name ?? '',
        signerTitle: signer ? [signer.authority, signer.title].filter(Boolean).join(' ') : '',
        addressees: doc.addressees,
        distribution: doc.distribution,
        copies: doc.copies,
        incomingId: doc.incomingId,
        templateId: doc.templateId,
        templateData: JSON.stringify(buildData(doc, profile)),
      });
      if (!issued) return null;
      if (doc.incomingId !== null) await useIncomingStore.getState().linkReply(doc.incomingId, issued.id);
      // The issued document is in the register now; its draft is done.
      const id = get().draftId;
      set({ issued, draftId: null });
      if (id !== null) await getApi().drafts.delete({ id }).catch(notify);
      return issued;
    },
  };
});
