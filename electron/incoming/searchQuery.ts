// User input → an FTS5 MATCH expression that can never be a syntax error: every word becomes a
// quoted phrase of its folded tokens ("369-CV/BTGTU" → "369 cv btgtu"), phrases are ANDed.
// Operators, quotes, stars and brackets typed by the user are just separators here.
import { tokensOf } from './searchFold';

export type ParsedQuery = { match: string; tokens: string[] } | null;

const MAX_PHRASES = 32;

export function parseQuery(input: string | undefined): ParsedQuery {
  if (!input) return null;
  const phrases: string[] = [];
  const tokens: string[] = [];
  for (const word of input.split(/\s+/)) {
    const toks = tokensOf(word);
    if (toks.length === 0) continue;
    // Tokens hold only letters and digits, so no quote can appear inside the phrase.
    phrases.push(`"${toks.join(' ')}"`);
    for (const t of toks) if (!tokens.includes(t)) tokens.push(t);
    if (phrases.length >= MAX_PHRASES) break;
  }
  return phrases.length ? { match: phrases.join(' '), tokens } : null;
}
