// Entry points: source texts → rich facts and draft, and the CLI's `--json` shape.
import { buildDraft } from './draft';
import { mergeFacts, toDocs } from './merge';
import { applyCorrections } from './corrections';
import type { DraftContext, DraftParagraph, FactCorrections, PublicReport, RichReport, SourceInput } from './types';

export type DraftOptions = DraftContext & { closingDefault?: string; corrections?: FactCorrections };

/** Facts and a Thông báo nhanh draft from one or more source texts. Pure and deterministic. */
export function draftReport(inputs: SourceInput[], options: DraftOptions = {}): RichReport {
  const docs = toDocs(inputs);
  const merged = mergeFacts(docs, { publishedDate: options.publishedDate ?? null, officePlaces: options.officePlaces ?? [] });
  const facts = applyCorrections(merged.facts, options.corrections);
  const used = merged.used;
  const usedDocs = used.length ? used.map((u) => u.doc) : docs;
  const draft = buildDraft(usedDocs, facts, options.closingDefault);
  return { facts, draft };
}

const sourceOf = (p: DraftParagraph) => (p.sources[0] ? { name: p.sources[0].name, sentence: p.sources[0].sentence } : null);

/** The issue-8 contract: plain values, null where unknown. */
export function toPublicReport(r: RichReport): PublicReport {
  const f = r.facts;
  const a = f.attendance?.value;
  return {
    facts: {
      body: f.body?.value ?? null,
      kind: f.kind?.value ?? null,
      ordinal: f.ordinal?.value ?? null,
      term: f.term?.value ?? null,
      startDate: f.startDate?.value ?? null,
      endDate: f.endDate?.value ?? null,
      place: f.place?.value ?? null,
      // Only chairs the sources name as such; an inferred chair stays in the rich facts for the clerk.
      chairs: f.chairs.filter((c) => c.confidence >= 0.9).map((c) => ({ name: c.value.name, title: c.value.title })),
      attendance: { present: a?.present ?? null, total: a?.total ?? null, members: { present: a?.members.present ?? null, total: a?.members.total ?? null } },
      adopted: f.adopted.map((x) => x.value),
      figures: f.figures.map((x) => ({ value: x.value.value, text: x.value.text })),
    },
    draft: {
      title: `${r.draft.docType}\n${r.draft.subject}`,
      sections: r.draft.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => ({ text: p.text, source: sourceOf(p) })) })),
    },
  };
}
