// Body blocks, Kính gửi, titles and footnotes → docx paragraphs.
import { type FileChild, FootnoteReferenceRun, PageBreak, Paragraph, type ParagraphChild, Tab, TabStopType, TextRun } from 'docx';
import { type FormatProfile, type TextStyle, mmToTwips } from '../../format';
import { type Block, type DocumentSpec, type Run, footnoteNumbers } from '../../document/spec';
import { gridTable } from './grid';
import { paragraphOptions, runOptions, styledParagraph, textRun, xmlSafe } from './style';

function runChildren(profile: FormatProfile, style: TextStyle, runs: readonly Run[], notes: Map<string, number>, prefix = ''): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  if (prefix) out.push(textRun(profile, style, `${prefix} `));
  for (const r of runs) {
    if (r.text) out.push(textRun(profile, style, r.text.replace(/\n/g, ' '), r));
    const n = r.footnote ? notes.get(r.footnote) : undefined;
    if (n !== undefined) out.push(new FootnoteReferenceRun(n));
  }
  return out;
}

function blockParagraph(profile: FormatProfile, b: Block, notes: Map<string, number>): FileChild {
  const e = profile.elements;
  const spacing = { spaceBeforePt: profile.paragraph.spaceBeforePt, spaceAfterPt: profile.paragraph.spaceAfterPt };
  switch (b.type) {
    case 'paragraph':
      return new Paragraph({
        ...paragraphOptions(profile, e.body, { ...spacing, firstLineIndent: b.indent !== false, align: b.align }),
        children: runChildren(profile, e.body, b.runs, notes),
      });
    case 'heading': {
      const style = b.level === 1 ? e.heading1 : b.level === 2 ? e.heading2 : e.heading3;
      return new Paragraph({
        ...paragraphOptions(profile, style, { ...spacing, firstLineIndent: true, keepNext: true }),
        children: runChildren(profile, style, b.runs, notes, b.label),
      });
    }
    case 'listItem':
      return new Paragraph({
        ...paragraphOptions(profile, e.body, { ...spacing, firstLineIndent: true }),
        children: runChildren(profile, e.body, b.runs, notes, b.marker),
      });
    case 'separator':
      return styledParagraph(profile, e.separator, profile.texts.separator, spacing);
    case 'pageBreak':
      return new Paragraph({ children: [new PageBreak()] });
    case 'table':
      return gridTable(b, profile);
  }
}

export function bodyParagraphs(spec: DocumentSpec, profile: FormatProfile): FileChild[] {
  const notes = footnoteNumbers(spec);
  return spec.body.map((b) => blockParagraph(profile, b, notes));
}

/** docx `footnotes` option: number → paragraphs. Unreferenced footnotes are dropped. */
export function footnoteContent(spec: DocumentSpec, profile: FormatProfile): Record<string, { children: Paragraph[] }> {
  const notes = footnoteNumbers(spec);
  const style = profile.elements.footnote;
  const out: Record<string, { children: Paragraph[] }> = {};
  for (const f of spec.footnotes) {
    const n = notes.get(f.id);
    if (n === undefined) continue;
    out[String(n)] = {
      children: [
        new Paragraph({
          ...paragraphOptions(profile, style, {}),
          // Word puts the reference mark first; one space separates it from the text.
          children: f.runs.map((r, i) => new TextRun({ ...runOptions(profile, style, r), text: (i === 0 ? ' ' : '') + xmlSafe(r.text) })),
        }),
      ],
    };
  }
  return out;
}

/** Kính gửi (công văn only): one recipient on one centred line, several as a "- " list. */
export function addresseeParagraphs(spec: DocumentSpec, profile: FormatProfile, spaceBeforePt: number): Paragraph[] {
  const e = profile.elements;
  const items = spec.addressees;
  if (items.length === 0) return [];
  if (items.length === 1) {
    return [
      new Paragraph({
        ...paragraphOptions(profile, e.addresseeItem, { align: 'center', spaceBeforePt }),
        children: [textRun(profile, e.addresseeLabel, 'Kính gửi: '), textRun(profile, e.addresseeItem, items[0] ?? '')],
      }),
    ];
  }
  const label = mmToTwips(profile.addressees.labelIndentMm);
  const item = mmToTwips(profile.addressees.itemIndentMm);
  return items.map((text, i) => {
    const base = paragraphOptions(profile, e.addresseeItem, { align: 'left', indentLeftTwips: item, hangingTwips: i === 0 ? item - label : undefined, spaceBeforePt: i === 0 ? spaceBeforePt : 0 });
    const children: ParagraphChild[] = i === 0 ? [textRun(profile, e.addresseeLabel, 'Kính gửi:'), new TextRun({ ...runOptions(profile, e.addresseeItem), children: [new Tab()] })] : [];
    children.push(textRun(profile, e.addresseeItem, `- ${text}`));
    return new Paragraph({ ...base, tabStops: [{ type: TabStopType.LEFT, position: item }], children });
  });
}

/** Tên loại and trích yếu of a titled document (not công văn), and the "-----" under them. */
export function titleParagraphs(spec: DocumentSpec, profile: FormatProfile, spaceBeforePt: number): Paragraph[] {
  if (spec.kind === 'cong-van' || spec.title === null) return [];
  const e = profile.elements;
  const out = [styledParagraph(profile, e.kindTitle, spec.title, { spaceBeforePt, keepNext: true })];
  if (spec.subject.trim()) out.push(styledParagraph(profile, e.titleSubject, spec.subject, { keepNext: true }));
  const sep = profile.settings.titleSeparatorText;
  if (sep) out.push(styledParagraph(profile, e.titleSeparator, sep, { keepNext: true }));
  return out;
}
