// A format profile holds every size, style, margin, position and wording rule of a document
// format (party-format.md). Renderers read typography from here and never hard-code it; wording
// rules (punctuation, prefixes, "./.") are applied when a DocumentSpec is built, so renderers
// only draw what the spec says.

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Typography of one element. `caps` means the renderer upper-cases the text (NFC, vi locale). */
export type TextStyle = {
  size: number; // pt
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: boolean;
  align: Align;
};

export type Margins = { topMm: number; bottomMm: number; leftMm: number; rightMm: number };

/** Names of the elements a renderer styles; see ElementStyles. */
export type ElementName = keyof ElementStyles;

export type ElementStyles = {
  /** Ô 1: "ĐẢNG CỘNG SẢN VIỆT NAM" (or the state motto lines). */
  nationalTitle: TextStyle;
  /** State format only: "Độc lập - Tự do - Hạnh phúc". Party profiles keep it for completeness. */
  nationalMotto: TextStyle;
  /** Ô 2a: tên cơ quan cấp trên. */
  parentBody: TextStyle;
  /** Ô 2b: tên cơ quan ban hành. */
  issuer: TextStyle;
  /** Ô 2c: the "*" under the issuer (party) — state profiles draw a rule instead. */
  issuerMark: TextStyle;
  /** Ô 3: "Số 65-CV/BTGQU". */
  number: TextStyle;
  /** Ô 4: "Quận 1, ngày 12 tháng 7 năm 2023". */
  placeDate: TextStyle;
  /** Ô 10a/10b: độ mật, độ khẩn. */
  mark: TextStyle;
  /** Ô 5a-1: tên loại ("THÔNG BÁO NHANH"). */
  kindTitle: TextStyle;
  /** Ô 5a-2: trích yếu under tên loại. */
  titleSubject: TextStyle;
  /** The "-----" under a titled document's trích yếu. */
  titleSeparator: TextStyle;
  /** Ô 5b: trích yếu of a công văn, under the number. */
  letterSubject: TextStyle;
  /** Ô 9a: "Kính gửi:" label. */
  addresseeLabel: TextStyle;
  /** Ô 9a: one recipient line. */
  addresseeItem: TextStyle;
  /** Ô 6: body paragraph. */
  body: TextStyle;
  /** "I.", "II." section headings. */
  heading1: TextStyle;
  /** "1.", "2." headings. */
  heading2: TextStyle;
  /** "a)" headings. */
  heading3: TextStyle;
  /** The centred "* * *" separator. */
  separator: TextStyle;
  /** Ô 7a: "K/T TRƯỞNG BAN". */
  signatureAuthority: TextStyle;
  /** Ô 7b: "PHÓ TRƯỞNG BAN". */
  signatureTitle: TextStyle;
  /** Ô 7c: signer's name. */
  signatureName: TextStyle;
  /** Ô 9b: "Nơi nhận:". */
  distributionLabel: TextStyle;
  /** Ô 9b: one distribution line. */
  distributionItem: TextStyle;
  /** Footnote text at the page bottom. */
  footnote: TextStyle;
  /** Page number in the top margin. */
  pageNumber: TextStyle;
};

/** Wording rules that sources disagree on (UNCONFIRMED): settings with the spec's default. */
export type FormatSettings = {
  /** Prefix of a công văn trích yếu: none (P3), "V/v", or "Về việc" (the seed letter). */
  letterSubjectPrefix: '' | 'V/v' | 'Về việc';
  /** Kính gửi with several recipients: each "- " line ends with `itemEnd`, the last with `lastEnd`. */
  addresseePunctuation: { itemEnd: ',' | ';'; lastEnd: '.' | '' };
  /** Nơi nhận lines likewise ("- Như trên;" … "- Lưu VP."). */
  distributionPunctuation: { itemEnd: ',' | ';'; lastEnd: '.' | '' };
  /** Append "./." to the last body paragraph. */
  closingMark: boolean;
  /** Page numbers: first page that shows one (2 = not on page 1), position and distance from the top edge. */
  pageNumbers: { enabled: boolean; fromPage: number; position: 'top-center' | 'bottom-center'; offsetMm: number };
  /** Whether chức vụ (ô 7b) is bold; overrides elements.signatureTitle.bold when building. */
  signatureTitleBold: boolean;
  /** Party: no colon ("Số 65-CV/BTGQU"); state: "Số: 454/UBND-NCTH". */
  numberStyle: 'party' | 'state';
  /** What sits under the issuer name: the Party "*" or the state short rule. */
  issuerMark: 'star' | 'rule';
  /** Separator line under a titled document's trích yếu ("-----"), or none. */
  titleSeparatorText: string;
  /** Signing marks: Party "T/M", "K/T", "T/L" or State "TM.", "KT.", "TL." (applied when building). */
  signingMarks: 'party' | 'state';
  /** "Số:" with a colon; absent = the number style's own (Party none, State colon). */
  numberColon?: boolean;
  /** Tone marks in header names: as typed (default), old "UỶ", new "ỦY". */
  nameTones?: 'keep' | 'old' | 'new';
};

export type FormatProfile = {
  id: string;
  label: string;
  /** Source of the numbers, shown to the admin. */
  basis: string;
  page: { widthMm: number; heightMm: number; margins: Margins };
  /** Fixed wording of the format: the national title, the mark under the issuer, "* * *", "./.". */
  texts: { nationalTitle: string; nationalMotto: string | null; issuerMark: string; separator: string; closingMark: string };
  /** Font family named in DOCX; the PDF embeds the metric-compatible `pdfFamily`. */
  font: { family: string; pdfFamily: string };
  header: {
    /** Left header column as a share of the text width (0–1); the right column gets the rest. */
    leftColumnShare: number;
    /** Length of the rule under the national title: 'text' = exactly the title's width. */
    titleRule: 'text';
    /** Rule thickness in pt. */
    ruleWeightPt: number;
    /** Distance from the bottom of the title's line box down to the rule, in pt. */
    ruleGapPt: number;
    /** State profiles: length of the rule under the issuer as a share of the issuer text width. */
    issuerRuleShare: number;
    /** Blank space between the header table and what follows, in pt. */
    spaceAfterPt: number;
  };
  paragraph: {
    /** Exact line height of body text in pt (Word "Exactly"); other elements use lineHeightFactor × size. */
    lineHeightPt: number;
    /** Line height of elements other than the body, as a multiple of the font size. */
    lineHeightFactor: number;
    spaceBeforePt: number;
    spaceAfterPt: number;
    firstLineIndentMm: number;
  };
  /** Kính gửi block with several recipients: label and item indents from the left margin. */
  addressees: { labelIndentMm: number; itemIndentMm: number };
  signature: {
    /** Blank space between chức vụ and the name, for signature and seal. */
    blankMm: number;
    /** Signature/Nơi nhận table: share of the text width for the left (Nơi nhận) column. */
    leftColumnShare: number;
    /** Space between the last body paragraph and the signature row, in pt. */
    spaceBeforePt: number;
  };
  kindTitleSpaceBeforePt: number;
  elements: ElementStyles;
  settings: FormatSettings;
};

/** Office-level overrides of the UNCONFIRMED settings. */
export type FormatSettingsOverride = Partial<Omit<FormatSettings, 'addresseePunctuation' | 'distributionPunctuation' | 'pageNumbers'>> & {
  addresseePunctuation?: Partial<FormatSettings['addresseePunctuation']>;
  distributionPunctuation?: Partial<FormatSettings['distributionPunctuation']>;
  pageNumbers?: Partial<FormatSettings['pageNumbers']>;
};

/** The four faces of the PDF font (Liberation Serif), as raw TTF bytes; passed in by electron/. */
export type FontSet = { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
