// The template library and editor ("Mẫu văn bản"): the list from main, the definition being edited
// (plain data, changed only through shared/templates/edit), its live preview and the file actions.
// Main validates everything; this store only keeps what the screen shows.
import { create } from 'zustand';
import type { TemplateListItem } from '../../shared/ipc/templates';
import { addField, insertPlaceholder, moveField, removeField, withTypeCode } from '../../shared/templates/edit';
import { TEMPLATE_MAX_BYTES } from '../../shared/templates/parse';
import type { Directive, FieldType, TemplateDef } from '../../shared/templates/types';
import { getApi } from '../api/client';
import { vi } from '../i18n/vi';
import { useFilesStore } from './filesStore';
import { useNotifications } from './notificationsStore';

/** Where "Chèn trường" inserts: a text box of the editor and the caret in it. */
export type TextTarget = { box: 'title' | 'subject' | 'closing' | `body.${number}`; caret: number | null };

type State = {
  items: TemplateListItem[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The office template open in the editor (id, version it was opened at), or null. */
  editing: { id: string; version: number | null; builtin: boolean } | null;
  draft: TemplateDef | null;
  dirty: boolean;
  /** Problems main found in the draft at the last preview (Vietnamese). */
  problems: string[];
  focus: TextTarget;
  load: () => Promise<void>;
  open: (id: string) => Promise<void>;
  close: () => void;
  copyBuiltin: (id: string) => Promise<string | null>;
  change: (fn: (t: TemplateDef) => TemplateDef) => void;
  setTypeCode: (code: string) => void;
  addField: (label: string, type: FieldType) => void;
  removeField: (key: string) => void;
  moveField: (key: string, by: -1 | 1) => void;
  setFocus: (f: TextTarget) => void;
  insertField: (key: string) => void;
  addBlock: (d: Directive) => void;
  preview: () => Promise<{ dataBase64: string; pages: number | null }>;
  save: () => Promise<boolean>;
  exportTemplate: (id: string) => Promise<void>;
  importFile: (file: File) => Promise<string | null>;
  remove: (id: string) => Promise<void>;
};

const notify = (e: unknown) => useNotifications.getState().push(e);

function textOf(t: TemplateDef, box: TextTarget['box']): string {
  if (box === 'title') return t.title ?? '';
  if (box === 'subject') return t.subject;
  if (box === 'closing') return t.closing;
  const d = t.body[Number(box.slice(5))];
  return d && 'paragraph' in d ? d.paragraph : d && 'item' in d ? d.item : d && 'section' in d ? d.section : '';
}

function withText(t: TemplateDef, box: TextTarget['box'], text: string): TemplateDef {
  if (box === 'title') return { ...t, title: text };
  if (box === 'subject') return { ...t, subject: text };
  if (box === 'closing') return { ...t, closing: text };
  const i = Number(box.slice(5));
  return {
    ...t,
    body: t.body.map((d, j) => (j !== i ? d : 'paragraph' in d ? { ...d, paragraph: text } : 'item' in d ? { ...d, item: text } : 'section' in d ? { ...d, section: text } : d)),
  };
}

export const useTemplatesStore = create<State>((set, get) => ({
  items: [],
  status: 'idle',
  editing: null,
  draft: null,
  dirty: false,
  problems: [],
  focus: { box: 'subject', caret: null },
  async load() {
    set({ status: 'loading' });
    try {
      set({ items: await getApi().templates.list({}), status: 'ready' });
    } catch (e) {
      set({ status: 'error' });
      notify(e);
    }
  },
  async open(id) {
    try {
      const d = await getApi().templates.get({ id });
      set({ editing: { id: d.id, version: d.version, builtin: d.builtin }, draft: d.definition, dirty: false, problems: [], focus: { box: `body.${Math.max(0, d.definition.body.length - 1)}`, caret: null } });
    } catch (e) {
      notify(e);
    }
  },
  close: () => set({ editing: null, draft: null, dirty: false, problems: [] }),
  async copyBuiltin(id) {
    try {
      const item = await getApi().templates.copyBuiltin({ id });
      await get().load();
      await get().open(item.id);
      return item.id;
    } catch (e) {
      notify(e);
      return null;
    }
  },
  change(fn) {
    const t = get().draft;
    if (t && !get().editing?.builtin) set({ draft: fn(t), dirty: true });
  },
  setTypeCode: (code) => get().change((t) => withTypeCode(t, code)),
  addField: (label, type) => get().change((t) => addField(t, label, type).template),
  removeField: (key) => get().change((t) => removeField(t, key)),
  moveField: (key, by) => get().change((t) => moveField(t, key, by)),
  setFocus: (focus) => set({ focus }),
  insertField(key) {
    const { focus } = get();
    get().change((t) => {
      const r = insertPlaceholder(textOf(t, focus.box), focus.caret, key);
      set({ focus: { box: focus.box, caret: r.caret } });
      return withText(t, focus.box, r.text);
    });
  },
  addBlock(d) {
    get().change((t) => ({ ...t, body: [...t.body, d] }));
    const t = get().draft;
    if (t) set({ focus: { box: `body.${t.body.length - 1}`, caret: null } });
  },
  async preview() {
    const draft = get().draft;
    if (!draft) throw new Error(vi.templates.nothingOpen);
    const r = await getApi().templates.preview({ definition: draft });
    set({ problems: r.problems });
    if (!r.dataBase64) throw new Error(vi.templates.cannotPreview);
    return { dataBase64: r.dataBase64, pages: r.pages };
  },
  async save() {
    const { editing, draft } = get();
    if (!editing || !draft || editing.builtin) return false;
    try {
      const item = await getApi().templates.save({ id: editing.id, definition: draft });
      set({ editing: { ...editing, version: item.version }, dirty: false, problems: [] });
      useNotifications.getState().info(vi.templates.saved(item.name, item.version ?? 1));
      await get().load();
      return true;
    } catch (e) {
      notify(e);
      return false;
    }
  },
  async exportTemplate(id) {
    try {
      await useFilesStore.getState().receive(await getApi().templates.export({ id }));
    } catch (e) {
      notify(e);
    }
  },
  async importFile(file) {
    try {
      // The same limit main checks; a huge file is refused before it is read.
      if (file.size > TEMPLATE_MAX_BYTES) throw new Error(vi.templates.tooBig(file.name, TEMPLATE_MAX_BYTES / 1024));
      const item = await getApi().templates.import({ fileName: file.name, text: await file.text() });
      useNotifications.getState().info(vi.templates.imported(item.name));
      await get().load();
      return item.id;
    } catch (e) {
      notify(e instanceof Error && !('code' in e) ? e.message : e);
      return null;
    }
  },
  async remove(id) {
    try {
      await getApi().templates.remove({ id });
      if (get().editing?.id === id) get().close();
      await get().load();
    } catch (e) {
      notify(e);
    }
  },
}));
