// Editing helper of the compose screen's facts panel.

/** Replaces a confirmed fact's old wording everywhere in the draft's text fields. */
export function replaceEverywhere(v: unknown, from: string, to: string): unknown {
  if (!from || from === to) return v;
  if (typeof v === 'string') return v.split(from).join(to);
  if (Array.isArray(v)) return v.map((x) => replaceEverywhere(x, from, to));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceEverywhere(x, from, to)]));
  return v;
}
