// The template library: built-in templates (read-only, templates/*.json) and the office's own,
// versioned in the database. Every definition that comes in — saved from the editor, imported from
// another office, read back from the database — goes through parseTemplate (size, forbidden keys,
// shape, placeholders); on any problem one Vietnamese error and nothing is saved.
import { AppError } from '../../shared/errors';
import type { Delivered } from '../../shared/ipc/files';
import type { TemplateDetail, TemplateListItem, TemplatePreview } from '../../shared/ipc/templates';
import { buildSpec, parseTemplate, parseTemplateJson, sampleData, SAMPLE_OFFICE, SAMPLE_SIGNER, type TemplateDef } from '../../shared/templates';
import type { Db } from '../db/open';
import { getTemplate, isBuiltinTemplate, loadTemplates, registerOfficeTemplates } from '../documents/templates';
import type { ProfileService } from '../profile/service';
import { createTemplatesRepo, type OfficeTemplateRow } from './repo';

export const OFFICE_PREFIX = 'cq-';

type Files = { deliver(o: { suggestedName: string; bytes: Uint8Array; kind: 'json'; title?: string }): Promise<Delivered> };

export function createTemplatesService(deps: { db: Db; clock: () => Date; profile: Pick<ProfileService, 'get'>; files: Files }) {
  const repo = createTemplatesRepo(deps.db);
  // Versions never change once written, so a parsed version is cached for good.
  const cache = new Map<string, TemplateDef>();

  function version(id: string, v: number | null): TemplateDef | null {
    const row = repo.find(id);
    if (!row) return null;
    const n = v ?? row.current_version;
    const key = `${id}@${n}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const stored = repo.version(id, n);
    if (!stored) return null;
    const t = parseTemplate(JSON.parse(stored.definition), `Mẫu "${row.name}"`);
    cache.set(key, t);
    return t;
  }

  const itemOf = (r: OfficeTemplateRow, counts: Map<string, number>): TemplateListItem => {
    const t = version(r.id, r.current_version);
    return { id: r.id, name: r.name, description: t?.description ?? '', kind: r.kind, typeCode: r.type_code, builtin: false, version: r.current_version, basedOn: r.based_on, updatedAt: r.updated_at, issuedCount: counts.get(r.id) ?? 0 };
  };
  const builtinItem = (t: TemplateDef, counts: Map<string, number>): TemplateListItem => ({ id: t.id, name: t.name, description: t.description, kind: t.kind, typeCode: t.typeCode, builtin: true, version: null, basedOn: null, updatedAt: null, issuedCount: counts.get(t.id) ?? 0 });

  /** A free office id from a wish ("cq-ke-hoach", "cq-ke-hoach-2" …). */
  function freeId(wish: string): string {
    const stem = `${OFFICE_PREFIX}${wish.replace(/^cq-/, '').replace(/-\d+$/, '')}`.slice(0, 44).replace(/-+$/, '');
    const taken = repo.idsStartingWith(stem);
    if (!taken.has(stem) && !isBuiltinTemplate(stem)) return stem;
    for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }

  function create(t: TemplateDef, basedOn: string | null): TemplateListItem {
    const def = { ...t };
    repo.create({ id: def.id, name: def.name, kind: def.kind, typeCode: def.typeCode, basedOn, definition: JSON.stringify(def) }, deps.clock().toISOString());
    return itemOf(repo.find(def.id)!, repo.issuedCounts());
  }

  const source = {
    // A closed database (data folder moved, context closed) answers nothing.
    get: (id: string, v: number | null) => (id.startsWith(OFFICE_PREFIX) && deps.db.open ? version(id, v) : null),
    currentVersion: (id: string) => (deps.db.open ? (repo.find(id)?.current_version ?? null) : null),
    list: () => (deps.db.open ? repo.list().map((r) => version(r.id, r.current_version)).filter((t): t is TemplateDef => t !== null) : []),
  };
  registerOfficeTemplates(source);

  return {
    source,
    list(): TemplateListItem[] {
      const counts = repo.issuedCounts();
      return [...[...loadTemplates().values()].map((t) => builtinItem(t, counts)), ...repo.list().map((r) => itemOf(r, counts))];
    },
    get(id: string, v?: number): TemplateDetail {
      const counts = repo.issuedCounts();
      if (isBuiltinTemplate(id)) {
        const t = getTemplate(id);
        return { ...builtinItem(t, counts), definition: t };
      }
      const row = repo.find(id);
      const t = row ? version(id, v ?? null) : null;
      if (!row || !t) throw new AppError('NOT_FOUND', `Không có mẫu văn bản "${id}"${v ? ` phiên bản ${v}` : ''}.`);
      return { ...itemOf(row, counts), definition: t };
    },
    /** Current version of an office template (what a new draft records); null for a built-in. */
    currentVersion: (id: string): number | null => repo.find(id)?.current_version ?? null,
    save(input: { id?: string | undefined; definition: unknown }): TemplateListItem {
      const raw = input.definition && typeof input.definition === 'object' ? { ...(input.definition as Record<string, unknown>) } : input.definition;
      if (input.id !== undefined && isBuiltinTemplate(input.id)) throw new AppError('VALIDATION', 'Mẫu có sẵn không sửa được: hãy bấm "Sao chép để sửa" rồi sửa bản sao.');
      const targetId = input.id ?? freeId(typeof (raw as { id?: unknown })?.id === 'string' ? String((raw as { id: string }).id) : 'mau');
      if (raw && typeof raw === 'object') (raw as Record<string, unknown>).id = targetId;
      const t = parseTemplate(raw, 'Mẫu');
      if (input.id === undefined) return create(t, null);
      if (!repo.addVersion({ id: t.id, name: t.name, kind: t.kind, typeCode: t.typeCode, definition: JSON.stringify(t) }, deps.clock().toISOString())) {
        throw new AppError('NOT_FOUND', 'Không tìm thấy mẫu để lưu (có thể đã bị xóa).');
      }
      return itemOf(repo.find(t.id)!, repo.issuedCounts());
    },
    copyBuiltin(id: string): TemplateListItem {
      if (!isBuiltinTemplate(id)) throw new AppError('NOT_FOUND', `Không có mẫu có sẵn "${id}".`);
      const t = getTemplate(id);
      return create({ ...t, id: freeId(id), name: `${t.name} (của cơ quan)`.slice(0, 200) }, id);
    },
    /** The template as a .json file for another office. */
    exportJson(id: string, v?: number): { fileName: string; text: string } {
      const d = this.get(id, v);
      const stem = d.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
      return { fileName: `mau-${stem || d.id}.json`, text: `${JSON.stringify({ ...d.definition, schemaVersion: 2 }, null, 2)}\n` };
    },
    async exportFile(id: string, v?: number): Promise<Delivered> {
      const { fileName, text } = this.exportJson(id, v);
      // The save dialog in the desktop app, a download in browser mode: the one delivery of files main made.
      return deps.files.deliver({ suggestedName: fileName, bytes: new TextEncoder().encode(text), kind: 'json', title: 'Xuất mẫu văn bản' });
    },
    /** A file from another office: validated as untrusted input; an id already in use imports as a copy. */
    importJson(text: string, fileName: string): TemplateListItem {
      const t = parseTemplateJson(text, `Tệp "${fileName}"`);
      const wanted = t.id.startsWith(OFFICE_PREFIX) ? t.id : `${OFFICE_PREFIX}${t.id}`;
      const clash = repo.find(wanted) !== null || isBuiltinTemplate(wanted);
      const id = clash ? freeId(wanted) : wanted.slice(0, 50);
      return create({ ...t, id, name: clash ? `${t.name} (bản nhập)`.slice(0, 200) : t.name }, null);
    },
    remove(id: string): { removed: boolean } {
      if (isBuiltinTemplate(id)) throw new AppError('VALIDATION', 'Mẫu có sẵn không xóa được.');
      return { removed: repo.remove(id, deps.clock().toISOString()) };
    },
    /** The editor's live preview: sample values, the office's header when there is a profile. */
    async preview(definition: unknown): Promise<TemplatePreview> {
      let t: TemplateDef;
      try {
        t = parseTemplate(definition, 'Mẫu');
      } catch (e) {
        if (e instanceof AppError) return { dataBase64: null, pages: null, problems: e.details ?? [e.message] };
        throw e;
      }
      const office = deps.profile.get();
      const data = sampleData(t);
      if (office) {
        data.office = { parentBody: office.parentBody, issuer: office.issuer, issuerCode: office.issuerCode, place: office.place, shortName: office.shortName };
        const s = office.signers[t.defaults?.signerIndex ?? 0] ?? office.signers[0];
        if (t.showHeader) data.signer = s ? { authority: s.authority, title: s.title, name: s.name } : { ...SAMPLE_SIGNER };
      } else data.office = { ...SAMPLE_OFFICE };
      const { renderDocumentPdf } = await import('../documents/service-pdf');
      const formatProfile = office?.formatProfile;
      const spec = buildSpec(t, data, (await import('../documents/templates')).formatProfileFor({ formatProfile, profile: null }));
      const r = await renderDocumentPdf({ templateId: t.id, data, formatProfile, now: deps.clock() }, spec);
      return { dataBase64: Buffer.from(r.pdf).toString('base64'), pages: r.pages, problems: [] };
    },
  };
}
export type TemplatesService = ReturnType<typeof createTemplatesService>;
