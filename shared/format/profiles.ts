// The format profiles as data. Numbers come from party-format.md; each UNCONFIRMED rule is a
// setting (FormatSettings) with the spec's default, which an office may override.
import { type ElementStyles, type FormatProfile, type TextStyle } from './types';

const s = (size: number, o: Partial<Omit<TextStyle, 'size'>> = {}): TextStyle => ({
  size,
  bold: false,
  italic: false,
  underline: false,
  caps: false,
  align: 'center',
  ...o,
});

const partyElements: ElementStyles = {
  nationalTitle: s(15, { bold: true, caps: true }), // P3, CONFIRMED
  nationalMotto: s(14, { bold: true }), // unused by the party profile
  parentBody: s(14, { caps: true }), // P3: upright, not bold
  issuer: s(14, { bold: true, caps: true }), // P3
  issuerMark: s(14), // "*", size UNCONFIRMED
  number: s(14), // P3
  placeDate: s(14, { italic: true }), // P3
  mark: s(13, { bold: true, caps: true, align: 'left' }), // UNCONFIRMED
  kindTitle: s(15, { bold: true, caps: true }), // P3 15–16
  titleSubject: s(14, { bold: true }), // P3 14–15
  titleSeparator: s(14),
  letterSubject: s(12, { italic: true }), // P3 ô 5b
  addresseeLabel: s(14, { align: 'left' }),
  addresseeItem: s(14, { align: 'left' }),
  body: s(14, { align: 'justify' }), // P3 14; justified UNCONFIRMED
  heading1: s(14, { bold: true, align: 'justify' }),
  heading2: s(14, { bold: true, align: 'justify' }),
  heading3: s(14, { bold: true, italic: true, align: 'justify' }),
  separator: s(14),
  signatureAuthority: s(14, { bold: true, caps: true }),
  signatureTitle: s(14, { bold: false, caps: true }), // disputed → settings.signatureTitleBold
  signatureName: s(14, { bold: true }),
  distributionLabel: s(14, { underline: true, align: 'left' }), // SECONDARY
  distributionItem: s(12, { align: 'left' }), // SECONDARY
  footnote: s(10, { align: 'justify' }), // UNCONFIRMED
  pageNumber: s(14), // UNCONFIRMED
};

export const PARTY_HD36_2018: FormatProfile = {
  id: 'party-hd36-2018',
  label: 'Văn bản của Đảng — Hướng dẫn 36-HD/VPTW (2018)',
  basis: 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018; các điểm chưa xác nhận là tùy chọn',
  page: { widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } },
  font: { family: 'Times New Roman', pdfFamily: 'Liberation Serif' },
  texts: { nationalTitle: 'ĐẢNG CỘNG SẢN VIỆT NAM', nationalMotto: null, issuerMark: '*', separator: '* * *', closingMark: './.' },
  header: { leftColumnShare: 0.42, titleRule: 'text', ruleWeightPt: 0.75, ruleGapPt: 2, issuerRuleShare: 0.4, spaceAfterPt: 12 },
  paragraph: { lineHeightPt: 18, lineHeightFactor: 18 / 14, spaceBeforePt: 6, spaceAfterPt: 0, firstLineIndentMm: 10 },
  addressees: { labelIndentMm: 15, itemIndentMm: 38 },
  signature: { blankMm: 25, leftColumnShare: 0.5, spaceBeforePt: 6 },
  kindTitleSpaceBeforePt: 12,
  elements: partyElements,
  settings: {
    letterSubjectPrefix: '',
    addresseePunctuation: { itemEnd: ';', lastEnd: '.' },
    distributionPunctuation: { itemEnd: ';', lastEnd: '.' },
    closingMark: true,
    pageNumbers: { enabled: true, fromPage: 2, position: 'top-center', offsetMm: 10 },
    signatureTitleBold: false,
    numberStyle: 'party',
    issuerMark: 'star',
    titleSeparatorText: '-----',
    signingMarks: 'party',
  },
};

const stateElements: ElementStyles = {
  ...partyElements,
  nationalTitle: s(12, { bold: true, caps: true }),
  nationalMotto: s(13, { bold: true }),
  parentBody: s(12, { caps: true }),
  issuer: s(12, { bold: true, caps: true }),
  issuerMark: s(12),
  number: s(13),
  placeDate: s(13, { italic: true }),
  kindTitle: s(13, { bold: true, caps: true }),
  titleSubject: s(13, { bold: true }),
  letterSubject: s(12),
  signatureAuthority: s(13, { bold: true, caps: true }),
  signatureTitle: s(13, { bold: true, caps: true }),
  signatureName: s(13, { bold: true }),
  distributionLabel: s(12, { bold: true, italic: true, align: 'left' }),
  distributionItem: s(11, { align: 'left' }),
  pageNumber: s(13),
};

export const STATE_ND30_2020: FormatProfile = {
  id: 'state-nd30-2020',
  label: 'Văn bản hành chính — Nghị định 30/2020/NĐ-CP',
  basis: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  page: { widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } },
  font: { family: 'Times New Roman', pdfFamily: 'Liberation Serif' },
  texts: { nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', nationalMotto: 'Độc lập - Tự do - Hạnh phúc', issuerMark: '', separator: '* * *', closingMark: './.' },
  header: { leftColumnShare: 0.4, titleRule: 'text', ruleWeightPt: 0.75, ruleGapPt: 2, issuerRuleShare: 0.4, spaceAfterPt: 12 },
  paragraph: { lineHeightPt: 18, lineHeightFactor: 18 / 14, spaceBeforePt: 6, spaceAfterPt: 0, firstLineIndentMm: 10 },
  addressees: { labelIndentMm: 15, itemIndentMm: 38 },
  signature: { blankMm: 25, leftColumnShare: 0.5, spaceBeforePt: 6 },
  kindTitleSpaceBeforePt: 12,
  elements: stateElements,
  settings: {
    letterSubjectPrefix: 'V/v',
    addresseePunctuation: { itemEnd: ';', lastEnd: '.' },
    distributionPunctuation: { itemEnd: ';', lastEnd: '.' },
    closingMark: true,
    pageNumbers: { enabled: true, fromPage: 2, position: 'top-center', offsetMm: 10 },
    signatureTitleBold: true,
    numberStyle: 'state',
    issuerMark: 'rule',
    titleSeparatorText: '',
    signingMarks: 'state',
  },
};

export const FORMAT_PROFILES: readonly FormatProfile[] = [PARTY_HD36_2018, STATE_ND30_2020];
export const DEFAULT_FORMAT_PROFILE_ID = PARTY_HD36_2018.id;
