// A small XML reader for WordprocessingML: elements, attributes and text, nothing more (no DTDs,
// no entities beyond the five predefined and numeric ones — which also rules out entity bombs).

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlChild[] };
export type XmlChild = XmlNode | string;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] !== '#') return ENTITY[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a document into a tree. Text outside elements is kept only where it is not whitespace-only. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) {
      const text = xml.slice(last, m.index);
      if (text.trim() || top.name === 'w:t') top.children.push(decodeEntities(text));
    }
    last = TAG.lastIndex;
    if (m[5] !== undefined) {
      top.children.push(m[5]);
      continue;
    }
    if (!m[2]) continue; // declaration, comment, doctype
    if (m[1]) {
      // Closing tag: pop to the matching element (tolerates unbalanced input).
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === m[2]) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    const attrs: Record<string, string> = {};
    if (m[3]) for (const a of m[3].matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    const node: XmlNode = { name: m[2], attrs, children: [] };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

export const isNode = (c: XmlChild | undefined): c is XmlNode => typeof c === 'object' && c !== null;

export function childNodes(n: XmlNode, name?: string): XmlNode[] {
  return n.children.filter((c): c is XmlNode => isNode(c) && (!name || c.name === name));
}

export function firstDescendant(n: XmlNode, name: string): XmlNode | null {
  for (const c of n.children) {
    if (!isNode(c)) continue;
    if (c.name === name) return c;
    const d = firstDescendant(c, name);
    if (d) return d;
  }
  return null;
}
