// Snippets on the ORIGINAL text: matches are found in a position-preserving fold of it, so the
// marked spans keep the document's own spelling ("Đảng ủy", not "dang uy").
import type { SnippetPart } from '../../shared/domain/incoming';
import { foldKeepingOffsets } from './searchFold';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans [start, end) of whole-token matches of any of `tokens` in `text`. */
export function findMatches(text: string, tokens: readonly string[], limit = 2000, folded = foldKeepingOffsets(text)): [number, number][] {
  if (tokens.length === 0 || text.length === 0) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${tokens.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: [number, number][] = [];
  for (const m of folded.matchAll(re)) {
    out.push([m.index, m.index + m[0].length]);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The passage of about `width` characters that contains the most distinct query tokens, with the
 * matched words marked. Returns null when nothing matches.
 */
export function makeSnippet(text: string, tokens: readonly string[], width = 220): SnippetPart[] | null {
  const folded = foldKeepingOffsets(text);
  const spans = findMatches(text, tokens, 2000, folded);
  if (spans.length === 0) return null;
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < spans.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < spans.length && spans[j]![1] - spans[i]![0] <= width; j++) seen.add(folded.slice(spans[j]![0], spans[j]![1]));
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = i;
    }
    if (bestScore === tokens.length) break;
  }
  // Start a little before the first match, on a word boundary.
  let start = Math.max(0, spans[best]![0] - Math.floor(width / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', spans[best]![0]);
    start = space >= start ? space + 1 : start;
    const ws = text.indexOf(' ', start);
    if (ws !== -1 && ws < spans[best]![0]) start = ws + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > spans[best]![1]) end = space;
  }
  const parts: SnippetPart[] = [];
  const push = (t: string, hit: boolean) => {
    const flat = t.replace(/\s+/g, ' ');
    if (flat) parts.push({ text: flat, hit });
  };
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a, b] of spans) {
    if (a < start || b > end) continue;
    push(text.slice(pos, a), false);
    push(text.slice(a, b), true);
    pos = b;
  }
  push(text.slice(pos, end), false);
  if (end < text.length) push('…', false);
  return parts;
}

/** Plain-text rendering for the CLI: hits in «guillemets». */
export const snippetToText = (parts: readonly SnippetPart[]): string => parts.map((p) => (p.hit ? `«${p.text}»` : p.text)).join('');
