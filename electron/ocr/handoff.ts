// What the left header cell read that belongs to the body. A "Kính gửi:" indented under the cell is
// read with it; so are the first items of a Kính gửi set as a table (the label in its own cell,
// "- Ủy ban nhân dân các xã;" beside it), whose first row sits at the height of the trích yếu's
// last lines. Those lines open the body again, the items right after the label, so the parser
// sees the whole Kính gửi list and a trích yếu without a recipient glued to it.
type Line = { text: string };

const KINH_GUI = /^(K[íi]nh g[ửu]i\s*[:;.]?)\s*(.*)$/iu;
/** A list item: a dash, then a word in capitals ("- Ủy ban …", "– Các chi bộ …"); "- 2025" is a wrapped year range. */
const ITEM = /^[-–+•]\s*\p{Lu}/u;

/** Index of the first left-cell line that belongs to the body, or -1. */
export function bodyStartInLeftCell(lines: readonly Line[]): number {
  // Items come after the number and at least one trích yếu line.
  const num = lines.findIndex((l) => /^S[ốôo](?!\p{L})/iu.test(l.text));
  const kg = lines.findIndex((l) => KINH_GUI.test(l.text));
  if (kg >= 0) {
    // The label's own row may have been read a line after its first item: take that item too.
    let at = kg;
    while (num >= 0 && at - 1 >= num + 2 && ITEM.test(lines[at - 1]!.text)) at--;
    return at;
  }
  if (num < 0) return -1;
  for (let i = num + 2; i < lines.length; i++) if (ITEM.test(lines[i]!.text)) return i;
  return -1;
}

/** The body with the lines the header cell read put back in front of it, items after their label. */
export function handBack<T extends Line>(moved: readonly T[], body: readonly T[], relabel: (line: T, text: string) => T): T[] {
  const j = moved.findIndex((l) => KINH_GUI.test(l.text));
  if (j > 0) return [...reopenBody(moved.slice(0, j), moved.slice(j), relabel), ...body];
  return reopenBody(moved, body, relabel);
}

/** The body's lines with the moved ones put back where they were printed. */
export function reopenBody<T extends Line>(moved: readonly T[], body: readonly T[], relabel: (line: T, text: string) => T): T[] {
  if (!moved.length) return [...body];
  const first = body[0];
  const label = first && !KINH_GUI.test(moved[0]!.text) ? KINH_GUI.exec(first.text) : null;
  if (!label) return [...moved, ...body];
  // "Kính gửi: - B;" with "- A;" read in the header: "Kính gửi: - A;", "- B;".
  const [, head, rest] = label as unknown as [string, string, string];
  const out = [relabel(moved[0]!, `${head} ${moved[0]!.text}`), ...moved.slice(1)];
  if (rest.trim()) out.push(relabel(first!, rest.trim()));
  return [...out, ...body.slice(1)];
}

/**
 * The same hand-off on a page read whole (no header table found, e.g. a grey scan): the block
 * holding the number line gives its trailing items to the later block that opens with "Kính gửi".
 * Without such a block nothing moves (the items cannot be told from the header with certainty).
 */
export function handOffText(text: string): string {
  const blocks = text.split('\n\n').map((b) => b.split('\n').map((t) => ({ text: t })));
  const from = blocks.findIndex((b) => b.some((l) => /^S[ốôo](?!\p{L})\s*[:;.]?\s*\d/iu.test(l.text)));
  if (from < 0) return text;
  const at = bodyStartInLeftCell(blocks[from]!);
  const to = blocks.findIndex((b, i) => i > from && KINH_GUI.test(b[0]?.text ?? ''));
  if (at < 0 || to < 0) return text;
  const moved = blocks[from]!.splice(at);
  blocks[to] = handBack(moved, blocks[to]!, (_, t) => ({ text: t }));
  return blocks.map((b) => b.map((l) => l.text).join('\n')).join('\n\n');
}
