// The compose screen's data: the draft being written (autosaved so nothing typed is lost), what the
// last preview said about it, and the calls that main carries out — open, preview, export, issue.
// The renderer only holds the clerk's choices; main assembles every document from them.
import { create } from 'zustand';
import type { ComposeDraft } from '../../shared/domain/compose';
import type { NumberPreview, OutgoingDocument } from '../../shared/domain/outgoing';
import type { ApiInput, ApiOutput } from '../../shared/ipc/contract';
import type { DraftSummary } from '../../shared/ipc/drafts';
import type { FactCorrections, RichFacts } from '../../shared/report/types';
import { getApi } from '../api/client';
import { useFilesStore } from './filesStore';
import { useIncomingStore } from './incomingStore';
import { useNotifications } from './notificationsStore';
import { useOutgoingStore } from './outgoingStore';

export type TemplateSummary = ApiOutput<'documents:templates'>[number];
export type PreviewResult = ApiOutput<'documents:preview'>;
export type OpenInput = ApiInput<'documents:prefill'>;
/** What report:draft was asked (sources, the clerk's "Ngày đăng bài", corrections so far): asked again on each correction. */
export type ReportInput = NonNullable<ComposeDraft['report']>;

type ComposeState = {
  templates: TemplateSummary[];
  /** Whether `templates` holds the whole library (it may hold only the open draft's template). */
  templatesLoaded: boolean;
  drafts: DraftSummary[];
  doc: ComposeDraft | null;
  /** The Thông báo nhanh facts of `doc` and what report:draft was asked (kept in the draft; here for the facts panel). */
  facts: RichFacts | null;
  report: ComposeDraft['report'];
  draftId: number | null;
  savedAt: string | null;
  /** From the last preview: what is missing before issuing, and the number it would take. */
  problems: string[];
  next: NumberPreview | null;
  issued: OutgoingDocument | null;
  busy: boolean;
  /** Which compose target the current state belongs to (survives leaving the screen). */
  openedKey: string | null;
  setOpenedKey: (key: string | null) => void;
  loadTemplates: () => Promise<void>;
  loadDrafts: () => Promise<void>;
  /** One call: the autosaved draft for this target, or a fresh one built by main. */
  open: (input: OpenInput) => Promise<void>;
  /** A document made here (Thông báo nhanh from its sources); saved at once. */
  setDoc: (doc: ComposeDraft) => void;
  edit: (patch: Partial<ComposeDraft>) => void;
  setFacts: (facts: RichFacts | null) => void;
  flush: () => Promise<void>;
  discard: () => Promise<void>;
  close: () => void;
  reportDraft: (texts: { name?: string; text: string }[], publishedDate?: string | null) => Promise<ApiOutput<'report:draft'> | null>;
  /** The clerk's corrections: main rebuilds facts and draft from them; the facts are kept here, the draft returned. */
  correctFacts: (corrections: FactCorrections) => Promise<ApiOutput<'report:draft'> | null>;
  /** Throws: the preview pane shows the message in place (no notification per keystroke). */
  preview: () => Promise<PreviewResult>;
  exportDraft: (format: 'pdf' | 'docx') => Promise<void>;
  issue: () => Promise<OutgoingDocument | null>;
};

const AUTOSAVE_MS = 800;
let timer: ReturnType<typeof setTimeout> | undefined;
const notify = (e: unknown) => useNotifications.getState().push(e);
const CLEAR = { doc: null, facts: null, report: null, draftId: null, savedAt: null, issued: null, problems: [], next: null, openedKey: null };

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
    templatesLoaded: false,
    drafts: [],
    ...CLEAR,
    busy: false,
    setOpenedKey: (openedKey) => set({ openedKey }),
    async loadTemplates() {
      if (get().templatesLoaded) return;
      try {
        set({ templates: await getApi().documents.templates({}), templatesLoaded: true });
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
    async open(input) {
      await get().flush();
      set({ busy: true, issued: null, problems: [], next: null });
      try {
        const r = await getApi().documents.prefill(input);
        // The template's form comes with the draft (no separate templates request on the compose path).
        const templates = [...get().templates.filter((t) => t.id !== r.template.id), r.template];
        set({ doc: r.draft, facts: r.draft.facts, report: r.draft.report, draftId: r.draftId, savedAt: r.savedAt, templates });
        if (r.draftId !== null) useNotifications.getState().info('Đã mở lại bản nháp đang soạn dở.');
      } catch (e) {
        notify(e);
      } finally {
        set({ busy: false });
      }
    },
    setDoc(doc) {
      set({ doc, facts: doc.facts, report: doc.report, issued: null });
      scheduleSave();
    },
    edit(patch) {
      const doc = get().doc;
      if (!doc) return;
      set({ doc: { ...doc, ...patch } });
      scheduleSave();
    },
    setFacts(facts) {
      const doc = get().doc;
      if (!doc) return;
      set({ facts, doc: { ...doc, facts } });
      scheduleSave();
    },
    async flush() {
      clearTimeout(timer);
      const { doc, draftId, issued } = get();
      if (!doc || issued) return;
      try {
        const saved = await getApi().drafts.save({ ...(draftId !== null ? { id: draftId } : {}), draft: doc });
        set({ draftId: saved.id, savedAt: saved.updatedAt });
      } catch (e) {
        notify(e);
      }
    },
    async discard() {
      clearTimeout(timer);
      const id = get().draftId;
      set(CLEAR);
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
      set(CLEAR);
    },
    reportDraft: (texts, publishedDate = null) => askReport({ texts, publishedDate, corrections: {} }),
    async correctFacts(corrections) {
      const report = get().report;
      if (!report) return null;
      const r = await askReport({ ...report, corrections: { ...report.corrections, ...corrections } });
      const doc = get().doc;
      if (r) {
        set({ facts: r.facts, ...(doc ? { doc: { ...doc, facts: r.facts, report: get().report } } : {}) });
        scheduleSave();
      }
      return r;
    },
    async preview() {
      const doc = get().doc;
      if (!doc) throw new Error('no document');
      const r = await getApi().documents.preview({ draft: doc, format: 'pdf' });
      if (get().doc === doc || get().doc?.date === doc.date) set({ problems: r.problems, next: r.next });
      return r;
    },
    async exportDraft(format) {
      const doc = get().doc;
      if (!doc) return;
      try {
        await useFilesStore.getState().receive(await getApi().documents.exportDraft({ draft: doc, format }));
      } catch (e) {
        notify(e);
      }
    },
    async issue() {
      const { doc, draftId } = get();
      if (!doc) return null;
      clearTimeout(timer);
      // One call: main checks, numbers, renders, stores, links the reply and removes the draft together.
      const issued = await useOutgoingStore.getState().issueDraft({ ...(draftId !== null ? { draftId } : {}), draft: doc });
      if (!issued) {
        scheduleSave();
        return null;
      }
      set({ issued, draftId: null, savedAt: null });
      // The circular now has this reply linked: its held copy is stale.
      if (issued.incomingId !== null && useIncomingStore.getState().current?.id === issued.incomingId) useIncomingStore.setState({ current: null });
      return issued;
    },
  };
});
