// Types of the Thông báo nhanh assistant: source texts, sentences, facts with provenance, the draft.

/** One input text (an article, an upper-level Thông báo nhanh, conference material). */
export type SourceInput = { name?: string; text: string };

/** What the clerk knows besides the texts: the article's publication date, the office's own places. */
export type DraftContext = {
  /** "Ngày đăng bài" (ISO), the last evidence for a day/month written without a year. */
  publishedDate?: string | null;
  /** The office's places by level ("tỉnh Gia Lai", "xã Tiên Yên"), the fallback for a body named only by its level. */
  officePlaces?: string[];
};

/** Values the clerk corrected in the facts panel; the draft is rebuilt from them. */
export type FactCorrections = Partial<{
  body: string;
  kind: ConferenceKind;
  ordinal: number;
  term: string;
  startDate: string;
  endDate: string;
  place: string;
  chairs: Person[];
}>;

/** 'caption': a photo caption ("Quang cảnh hội nghị. Ảnh: …"), used only as evidence of a place name. */
export type SentenceKind = 'text' | 'heading' | 'item' | 'footnote' | 'line' | 'caption';

/** A sentence of a source; `index` is its position in the source, counting from 0. */
export type Sentence = {
  index: number;
  text: string;
  paragraph: number;
  kind: SentenceKind;
};

export type SourceDoc = { index: number; name: string; sentences: Sentence[] };

/** Where a fact or a draft sentence comes from. */
export type SourceRef = { source: number; name: string; sentence: number; text: string };

export type Fact<T> = {
  value: T;
  /** 0..1: 0.9+ stated plainly; 0.5–0.8 inferred by a rule (see `note`). */
  confidence: number;
  sources: SourceRef[];
  /** Why the value is what it is when it was inferred, in Vietnamese for the clerk. */
  reason?: string;
  /** The sentence or line the inference rests on, shown to the clerk as "why". */
  evidence?: string;
  /** Set when the clerk corrected the value (confidence 1). */
  corrected?: boolean;
};

/** The kinds of meeting a Thông báo nhanh reports (one list: extractor, IPC schema, facts panel). */
export const CONFERENCE_KINDS = ['hội nghị', 'hội nghị sơ kết giữa nhiệm kỳ', 'hội nghị sơ kết', 'hội nghị tổng kết', 'hội nghị thông báo nhanh', 'đại hội', 'kỳ họp'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];

export type Person = { name: string; title: string | null };
export type Attendance = {
  present: number | null;
  total: number | null;
  members: { present: number | null; total: number | null };
};
export type Figure = { value: string; text: string };

/** Facts with confidence and sources (what the UI shows for confirmation). */
export type RichFacts = {
  body: Fact<string> | null;
  kind: Fact<ConferenceKind> | null;
  ordinal: Fact<number> | null;
  term: Fact<string> | null;
  startDate: Fact<string> | null;
  endDate: Fact<string> | null;
  place: Fact<string> | null;
  chairs: Fact<Person>[];
  guests: Fact<Person>[];
  attendance: Fact<Attendance> | null;
  adopted: Fact<string>[];
  figures: Fact<Figure>[];
  /** Sources set aside because they describe another conference. */
  otherSources: { source: number; name: string; reason: string }[];
};

/** Draft paragraph origin: extracted verbatim, composed from facts, or the template's default. */
export type DraftOrigin = 'extracted' | 'composed' | 'template';

export type DraftParagraph = { text: string; origin: DraftOrigin; sources: SourceRef[] };
export type DraftSection = { heading: string | null; paragraphs: DraftParagraph[] };
export type Draft = {
  /** "THÔNG BÁO NHANH". */
  docType: string;
  /** "Kết quả Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ … khóa XI". */
  subject: string;
  sections: DraftSection[];
};

export type RichReport = { facts: RichFacts; draft: Draft };

/** The CLI `--json` contract (issue 8). */
export type PublicFacts = {
  body: string | null;
  kind: string | null;
  ordinal: number | null;
  term: string | null;
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  chairs: Person[];
  attendance: Attendance;
  adopted: string[];
  figures: Figure[];
};
export type PublicSource = { name: string; sentence: number } | null;
export type PublicDraft = {
  title: string;
  sections: { heading: string | null; paragraphs: { text: string; source: PublicSource }[] }[];
};
export type PublicReport = { facts: PublicFacts; draft: PublicDraft };
