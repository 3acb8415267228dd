// extractMetadata: plain text of an official document → IncomingMetadata with a confidence per field.
import { docTypeName } from '../numbering/types';
import { findDates } from '../text/parseDates';
import { parseKinhGui, parseNoiNhan } from './addressees';
import { clamp, codeAgreement } from './confidence';
import { docTypeFor, parseHeader } from './header';
import { toLines } from './lines';
import { findReferences } from './references';
import { parseSignature, splitRowWise } from './signature';
import { METADATA_FIELDS, type Confidence, type IncomingMetadata } from './types';

/** Body lines joined into paragraphs: a line not ending in . ; : continues on the next. */
function bodyText(lines: string[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (!l) {
      out = out.replace(/ $/, '') + '\n';
      continue;
    }
    out += l + (/[.;:]$/.test(l) ? '\n' : ' ');
  }
  return out;
}

/**
 * Text pasted from Word often has a blank line after every line. Blank lines carry meaning for
 * the parser (end of a trích yếu, of a list), so when no two text lines are ever adjacent, drop
 * the single blanks and keep longer gaps as one.
 */
function undoubleSpacing(lines: string[]): string[] {
  const head = lines.slice(0, 80);
  const textLines = head.filter(Boolean).length;
  if (textLines < 6 || head.some((l, i) => l && head[i + 1])) return lines;
  return lines.filter((l, i) => l || (!lines[i - 1] && i > 0));
}

export function emptyMetadata(conf = 0): IncomingMetadata {
  const confidence = Object.fromEntries(METADATA_FIELDS.map((f) => [f, conf])) as Confidence;
  return {
    number: null, serial: null, typeCode: null, issuerCode: null, docType: null, date: null, place: null, parentBody: null,
    issuer: null, subject: null, addressees: null, distribution: null, signerName: null, signerTitle: null,
    signingAuthority: null, secrecy: null, urgency: null, references: null, confidence,
  };
}

export function extractMetadata(text: string): IncomingMetadata {
  const lines0 = undoubleSpacing(toLines(text));
  const meta = emptyMetadata();
  const c = meta.confidence;
  if (!lines0.some(Boolean)) return meta;

  const h = parseHeader(lines0);
  const kg = parseKinhGui(lines0, h.end, Math.min(lines0.length, h.end + 6));
  const bodyFrom = kg ? kg.end : h.end;
  const lines = splitRowWise(lines0, bodyFrom);
  const nn = parseNoiNhan(lines, bodyFrom);
  const zoneStart = nn ? Math.max(bodyFrom, nn.start - 14) : Math.max(bodyFrom, lines.length - 25);
  const zoneEnd = nn ? Math.min(lines.length, nn.end + 14) : lines.length;
  const inNn = (i: number) => Boolean(nn?.itemLines.has(i));
  const sig = parseSignature(lines, zoneStart, zoneEnd, inNn);

  // Number.
  const n = h.number;
  if (n) {
    Object.assign(meta, { number: n.number, serial: n.serial, typeCode: n.typeCode, issuerCode: n.issuerCode });
    const base = n.normalisedFromState ? 0.6 : 0.95;
    c.number = c.serial = base;
    c.issuerCode = n.issuerCode ? base : 0.5;
    c.typeCode = n.typeCode ? (docTypeName(n.typeCode) ? base : 0.5) : n.style === 'state' ? 0.7 : 0.5;
  } else {
    // No "Số" line: an unnumbered paper, or one we failed to read — suspect when the header has a
    // national title or a place-date, as numbered documents do.
    c.number = c.serial = c.typeCode = c.issuerCode = h.style || h.placeDate ? 0.45 : 0.6;
  }

  const dt = docTypeFor(h, Boolean(kg));
  meta.docType = dt.docType;
  c.docType = dt.conf;

  // Place and date.
  if (h.placeDate) {
    meta.date = h.placeDate.date;
    meta.place = h.placeDate.place;
    c.date = 0.95;
    c.place = h.placeDate.place ? (h.placeDate.place.split(' ').length <= 4 ? 0.9 : 0.6) : 0.4;
  } else {
    const first = findDates(lines.slice(0, h.end).join('\n'))[0];
    meta.date = first?.iso ?? null;
    c.date = first ? 0.3 : h.number ? 0.45 : 0.5; // a numbered document without a date line is suspect
    c.place = h.number ? 0.45 : 0.5;
  }

  // Bodies.
  meta.parentBody = h.parentBody;
  meta.issuer = h.issuer;
  const agree = codeAgreement(h);
  // A Party code that contradicts the names means the split (or the names) went wrong.
  const byAgreement = agree >= 0.7 ? 0.9 + 0.05 * agree : agree >= 0.5 ? 0.75 : 0.45;
  c.issuer = h.issuer ? (h.orgUnits <= 2 ? byAgreement : Math.min(0.45, byAgreement)) : 0.3;
  c.parentBody = h.parentBody ? (h.orgUnits === 2 ? byAgreement - 0.05 : 0.45) : h.issuer ? Math.min(0.7, byAgreement) : 0.4;

  // Subject.
  meta.subject = h.subject;
  if (h.subject) c.subject = h.subjectHadPrefix || h.subjectClosed ? 0.9 : h.title ? 0.75 : 0.6;
  else c.subject = h.number ? 0.35 : 0.5;
  if (h.subjectCaseMix) c.subject = Math.min(c.subject, 0.45);

  meta.addressees = kg && kg.items.length ? kg.items : null;
  c.addressees = kg ? (!kg.items.length ? 0.3 : kg.coAddressed ? 0.6 : kg.dashed || kg.items.length === 1 ? 0.9 : 0.6) : 0.75;
  meta.distribution = nn && nn.items.length ? nn.items : null;
  // Almost every numbered document has a Nơi nhận: not finding one in such a document is suspect.
  c.distribution = nn ? (nn.items.length && nn.dashed ? 0.9 : 0.45) : h.number ? 0.45 : 0.65;

  meta.signingAuthority = sig.authority;
  c.signingAuthority = sig.authority ? (sig.stacked ? 0.45 : 0.9) : sig.title ? 0.8 : sig.name ? 0.65 : 0.45;
  meta.signerTitle = sig.title;
  c.signerTitle = sig.title ? 0.85 : sig.authority || !sig.name ? 0.45 : 0.6;
  meta.signerName = sig.name;
  c.signerName = sig.name ? (sig.nameAfterTitle ? 0.9 : 0.6) * (sig.nameKnownSurname ? 1 : 0.7) : 0.4;

  meta.secrecy = h.secrecy;
  meta.urgency = h.urgency;
  c.secrecy = c.urgency = 0.9;

  const bodyEnd = sig.start !== null ? Math.min(sig.start, nn?.start ?? sig.start) : (nn?.start ?? lines.length);
  const refs = findReferences(bodyText(lines, bodyFrom, Math.max(bodyFrom, bodyEnd))).filter((r) => r.number !== meta.number);
  meta.references = refs.length ? refs.map(({ number, date, issuer, subject }) => ({ number, date, issuer, subject })) : null;
  // The weakest citation sets the field's confidence; many citations leave more room for one slip.
  const refScore = (r: (typeof refs)[number]) => 0.85 * r.certainty * (r.issuer ? 1 : 0.8) * (r.date || !/-/.test(r.number ?? '') ? 1 : 0.9);
  c.references = refs.length ? Math.min(...refs.map(refScore)) * (refs.length > 4 ? 0.9 : 1) : 0.7;

  // No number, no national title, no place-date: not laid out as an official document (a news
  // article, a pasted excerpt). Whatever the header and signature heuristics found is a guess.
  if (!h.number && !h.style && !h.placeDate) {
    for (const f of ['parentBody', 'issuer', 'subject', 'docType', 'signerName', 'signerTitle', 'signingAuthority', 'addressees', 'distribution'] as const) {
      if (meta[f] !== null) c[f] = Math.min(c[f], 0.45);
    }
  }
  for (const f of METADATA_FIELDS) c[f] = clamp(c[f]);
  return meta;
}
