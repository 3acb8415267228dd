// Generates INVALID inputs for any zod 4 input schema of the IPC contract: wrong types, missing
// fields, oversized strings and arrays, prototype-pollution keys, arrays instead of objects, null.
// It first builds one valid sample (best effort) so that each mutation breaks exactly one thing;
// every mutation is checked to be rejected by the schema itself before it is sent anywhere.
import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string } } };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (s: z.ZodType): Check['_zod']['def'][] => ((defOf(s).checks as Check[] | undefined) ?? []).map((c) => c._zod.def);

export const ONE_MB = 1024 * 1024;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strips optional/default/nullable/readonly wrappers. */
export function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 10; i++) {
    const d = defOf(cur);
    if (WRAPPERS.has(d.type)) cur = d.innerType as z.ZodType;
    else if (d.type === 'pipe') cur = d.in as z.ZodType;
    else if (d.type === 'lazy') cur = (d.getter as () => z.ZodType)();
    else break;
  }
  return cur;
}
const isOptional = (s: z.ZodType) => ['optional', 'default', 'prefault'].includes(defOf(s).type) || s.safeParse(undefined).success;
const maxLen = (s: z.ZodType) => checksOf(unwrap(s)).find((c) => c.check === 'max_length' || c.check === 'length_equals')?.maximum;
const minLen = (s: z.ZodType) => checksOf(unwrap(s)).find((c) => c.check === 'min_length')?.minimum ?? 0;

const STRING_CANDIDATES = ['2024-03-05', '2024-03-05T08:30:00.000Z', '08:30:00', 'a@b.vn', '123e4567-e89b-42d3-a456-426614174000', 'https://a.vn', 'QUJD', 'Văn bản', '65-CV/BTGQU', '/tmp/vanthu-sample', 'a', '1', 'abc'];
const NUMBER_CANDIDATES = [1, 0, 2, 10, 100, 2024, 1.5, -1];

/** One valid value for the schema, or undefined when none could be found. */
export function sampleValid(schema: z.ZodType, depth = 0): unknown {
  if (depth > 6) return undefined;
  const ok = (v: unknown) => v !== undefined && schema.safeParse(v).success;
  const s = unwrap(schema);
  const d = defOf(s);
  const candidates: unknown[] = [];
  switch (d.type) {
    case 'string': {
      const min = minLen(s);
      const max = maxLen(s);
      candidates.push(...STRING_CANDIDATES);
      if (min > 0) candidates.push('a'.repeat(min), 'QUJD'.repeat(Math.ceil(min / 4)));
      if (max !== undefined) candidates.push('a'.repeat(Math.max(min, 1)));
      break;
    }
    case 'number': {
      const lo = checksOf(s).find((c) => c.check === 'greater_than');
      if (lo?.value !== undefined) candidates.push(lo.inclusive ? lo.value : lo.value + 1);
      candidates.push(...NUMBER_CANDIDATES);
      break;
    }
    case 'boolean':
      candidates.push(true, false);
      break;
    case 'enum':
      candidates.push(...Object.values(d.entries as Record<string, unknown>));
      break;
    case 'literal':
      candidates.push(...(d.values as unknown[]));
      break;
    case 'null':
      candidates.push(null);
      break;
    case 'array': {
      const el = sampleValid(d.element as z.ZodType, depth + 1);
      if (el !== undefined) candidates.push(Array.from({ length: Math.max(minLen(s), 1) }, () => structuredClone(el)));
      candidates.push([]);
      break;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape as Record<string, z.ZodType>)) {
        const sv = sampleValid(v, depth + 1);
        if (sv !== undefined) out[k] = sv;
        else if (!isOptional(v)) return undefined;
      }
      candidates.push(out);
      break;
    }
    case 'union':
      for (const o of d.options as z.ZodType[]) candidates.push(sampleValid(o, depth + 1));
      break;
    case 'record':
      candidates.push({});
      break;
    case 'tuple':
      candidates.push((d.items as z.ZodType[]).map((i) => sampleValid(i, depth + 1)));
      break;
    case 'unknown':
    case 'any':
      candidates.push('x');
      break;
    default:
      break;
  }
  return candidates.find(ok);
}

export type Mutation = { label: string; input: unknown; /** true: the schema MUST refuse it (a bound or strictness rule). */ mustReject: boolean };

type Path = (string | number)[];
const setAt = (root: unknown, path: Path, value: unknown, remove = false): unknown => {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cur = copy;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete cur[last];
  else cur[last] = value;
  return copy;
};
/** JSON.parse makes "__proto__" an own key, as it would arrive over IPC or HTTP. */
const withKey = (obj: unknown, key: string, value: unknown): unknown => {
  const json = JSON.stringify(obj as object);
  const inner = json === '{}' ? '' : `,${json.slice(1, -1)}`;
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}${inner}}`) as unknown;
};
const POLLUTION: [string, unknown][] = [
  ['__proto__', { polluted: true }],
  ['constructor', { prototype: { polluted: true } }],
  ['prototype', { polluted: true }],
];
const WRONG_TYPES: [string, unknown][] = [
  ['number', 12345],
  ['boolean', true],
  ['string', 'x'],
  ['object', { x: 1 }],
  ['array', ['x']],
  ['null', null],
];

/** Walks the valid sample alongside its schema, yielding (path, field schema) for every field. */
function* fields(schema: z.ZodType, value: unknown, path: Path, depth: number): Generator<[Path, z.ZodType, unknown]> {
  if (depth > 4) return;
  const s = unwrap(schema);
  const d = defOf(s);
  if (d.type === 'union') {
    const hit = (d.options as z.ZodType[]).find((o) => o.safeParse(value).success);
    if (hit) yield* fields(hit, value, path, depth);
    return;
  }
  if (d.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(d.shape as Record<string, z.ZodType>)) {
      yield [[...path, k], v, (value as Record<string, unknown>)[k]];
      yield* fields(v, (value as Record<string, unknown>)[k], [...path, k], depth + 1);
    }
  }
  if (d.type === 'array' && Array.isArray(value) && value.length > 0) yield* fields(d.element as z.ZodType, value[0], [...path, 0], depth + 1);
}

export function invalidInputs(schema: z.ZodType, hint?: unknown): { sample: unknown; mutations: Mutation[] } {
  const sample = hint !== undefined && schema.safeParse(hint).success ? hint : sampleValid(schema);
  const base = sample ?? {};
  const m: Mutation[] = [
    { label: 'null', input: null, mustReject: true },
    { label: 'array instead of object', input: [base], mustReject: true },
    { label: 'empty array', input: [], mustReject: true },
    { label: 'string', input: 'x'.repeat(100), mustReject: true },
    { label: 'number', input: 42, mustReject: true },
    { label: '1 MB string', input: 'x'.repeat(ONE_MB), mustReject: true },
  ];
  for (const [key, value] of POLLUTION) m.push({ label: `top-level ${key}`, input: withKey(base, key, value), mustReject: true });
  if (sample === undefined) return { sample, mutations: m };
  for (const [path, fieldSchema, current] of fields(schema, sample, [], 0)) {
    const at = path.join('.');
    const inner = unwrap(fieldSchema);
    const type = defOf(inner).type;
    if (!isOptional(fieldSchema)) m.push({ label: `${at}: missing`, input: setAt(sample, path, undefined, true), mustReject: false });
    for (const [label, wrong] of WRONG_TYPES) {
      if (!fieldSchema.safeParse(wrong).success) m.push({ label: `${at}: ${label} instead of ${type}`, input: setAt(sample, path, wrong), mustReject: false });
    }
    if (type === 'string') {
      // "Oversized" is 1 MB, or one past the field's own limit when it allows more (file contents).
      const size = Math.max(ONE_MB, (maxLen(inner) ?? 0) + 1);
      // Repeat the valid value so that only the length is wrong (base64 stays base64, a date stays dates).
      const unit = typeof current === 'string' && current.length > 0 ? current : 'x';
      m.push({ label: `${at}: oversized string (${size} chars)`, input: setAt(sample, path, unit.repeat(Math.ceil(size / unit.length))), mustReject: true });
    }
    if (type === 'array' && Array.isArray(current) && current.length > 0) {
      const size = Math.max(100_001, (maxLen(inner) ?? 0) + 1);
      m.push({ label: `${at}: oversized array (${size})`, input: setAt(sample, path, Array.from({ length: size }, () => current[0])), mustReject: true });
    }
    if (type === 'object' && current && typeof current === 'object') {
      for (const [key, value] of POLLUTION) m.push({ label: `${at}: nested ${key}`, input: setAt(sample, path, withKey(current, key, value)), mustReject: true });
    }
  }
  return { sample, mutations: m };
}
