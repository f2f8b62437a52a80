/**
 * Bad-input cases derived from a route's zod schemas (through their JSON Schema, input side):
 * a plausible value for every field, then, field by field, one wrong value at a time. Nothing
 * here knows a route: a new route or field gets its cases the day it is registered.
 */
import { z } from 'zod';

/** The JSON Schema subset zod emits for our contract. */
export interface Json {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  allOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, Json>;
}

export type Part = 'params' | 'querystring' | 'body';

export interface FieldCase {
  part: Part;
  /** What is wrong, for the report. */
  kind: string;
  /** Path of the field in its part (`lines.0.description`). */
  path: (string | number)[];
  /** The value put there; `undefined` removes the field. */
  value: unknown;
  /** Keys of `error.fields` that name this field (a plain union answers for its whole value). */
  names: string[];
  /**
   * Samples of the objects around the field, outermost first, put in place where the body has
   * none: a field inside an optional object (a discriminated union's branch) then arrives with its
   * siblings (the discriminator), so the refusal is about the field itself.
   */
  context: { path: (string | number)[]; value: unknown }[];
}

export const NUL = 'a\u0000b';
export const LONE_SURROGATE = 'a\ud800b';

/** The input-side JSON Schema of a zod schema, `$ref`s resolved. */
export function jsonSchemaOf(schema: unknown): Json | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const defs = root.$defs ?? {};
  const resolve = (node: Json, depth = 0): Json => {
    if (depth > 20) return {};
    let current = node;
    if (current.$ref) current = defs[current.$ref.replace('#/$defs/', '')] ?? {};
    const out: Json = { ...current };
    if (current.properties)
      out.properties = Object.fromEntries(
        Object.entries(current.properties).map(([k, v]) => [k, resolve(v, depth + 1)]),
      );
    if (current.items) out.items = resolve(current.items, depth + 1);
    if (current.anyOf) out.anyOf = current.anyOf.map((v) => resolve(v, depth + 1));
    if (current.oneOf) out.oneOf = current.oneOf.map((v) => resolve(v, depth + 1));
    if (current.allOf) out.allOf = current.allOf.map((v) => resolve(v, depth + 1));
    return out;
  };
  return resolve(root);
}

/** A union's options without `null` (a nullable field is its non-null option). */
function options(node: Json): Json[] {
  return (node.anyOf ?? node.oneOf ?? []).filter((option) => option.type !== 'null');
}

/** The schema a value is checked against once nullability is set aside. */
function core(node: Json): Json {
  const choices = options(node);
  if (node.allOf) return Object.assign({}, ...node.allOf.map(core)) as Json;
  return choices.length === 1 && choices[0] ? core(choices[0]) : node;
}

/** Values for ids in the sample, by field name (`customerId` → a real customer). */
export type IdLookup = (field: string) => string | undefined;

/** A plausible value (not necessarily accepted: the cases only need the other fields present). */
export function sample(node: Json, field: string, ids: IdLookup): unknown {
  const n = core(node);
  if (n.const !== undefined) return n.const;
  if (n.enum?.length) return n.enum[0];
  const choices = options(n);
  if (choices[0]) return sample(choices[0], field, ids);
  switch (n.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of n.required ?? [])
        if (n.properties?.[key]) out[key] = sample(n.properties[key], key, ids);
      return out;
    }
    case 'array':
      return (n.maxItems ?? 1) > 0 && n.items ? [sample(n.items, field, ids)] : [];
    case 'integer':
    case 'number':
      return n.minimum ?? (n.exclusiveMinimum !== undefined ? n.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'string':
      if (n.format === 'uuid') return ids(field) ?? '00000000-0000-4000-8000-000000000000';
      if (n.format === 'date') return '2026-01-15';
      if (n.format === 'date-time') return '2026-01-15T10:00:00.000Z';
      if (n.format === 'uri') return 'https://example.be';
      if (/email/i.test(field)) return 'someone@example.be';
      return 'x'.repeat(Math.max(1, n.minLength ?? 1));
    default:
      return 'x';
  }
}

/** Every case for one part of a request: each field in turn, recursively. */
export function casesOf(part: Part, root: Json): FieldCase[] {
  const cases: FieldCase[] = [];
  // Query and path values arrive as text: a "wrong type" there is text that is not a number.
  const transport = part === 'body' ? 'json' : 'text';
  const context: FieldCase['context'] = [];
  const within = (path: (string | number)[], node: Json, run: () => void) => {
    context.push({ path, value: sample(node, String(path.at(-1) ?? ''), () => undefined) });
    run();
    context.pop();
  };
  const walk = (node: Json, path: (string | number)[], names: string[]) => {
    const n = core(node);
    const here = path.join('.');
    const own = [here, ...names];
    const choices = options(n);
    if (choices.length > 1) {
      // A discriminated union (oneOf) names fields inside its first branch; a plain union may
      // answer for its whole value, so its own path names the fields inside it too.
      if (path.length)
        cases.push({
          part,
          kind: 'wrong type',
          path,
          value: transport === 'json' ? 12345 : undefined,
          names: own,
          context: [...context],
        });
      const branch = choices[0] as Json;
      if (path.length) within(path, branch, () => walkObject(branch, path, own));
      else walkObject(branch, path, names);
      return;
    }
    if (!path.length) {
      walkObject(n, path, names);
      return;
    }
    const push = (kind: string, value: unknown) =>
      cases.push({ part, kind, path, value, names: own, context: [...context] });
    if (n.const !== undefined || n.enum !== undefined) {
      push('unknown enum value', 'not-a-choice');
      push('NUL byte', NUL);
      push('lone surrogate', LONE_SURROGATE);
      if (transport === 'json') push('wrong type', 12345);
      return;
    }
    switch (n.type) {
      case 'string':
        push('over-long string', 'x'.repeat((n.maxLength ?? 100_000) + 1));
        push('NUL byte', NUL);
        push('lone surrogate', LONE_SURROGATE);
        if (transport === 'json') push('wrong type', { text: 'x' });
        return;
      case 'integer':
      case 'number': {
        push('wrong type', transport === 'json' ? 'abc' : 'abc');
        const max =
          n.maximum ?? (n.exclusiveMaximum !== undefined ? n.exclusiveMaximum : undefined);
        push('number out of range (high)', max !== undefined ? max + 1 : 1e15);
        const min = n.minimum ?? n.exclusiveMinimum;
        if (min !== undefined) push('number out of range (low)', min - 1);
        if (n.type === 'integer') push('not an integer', transport === 'json' ? 1.5 : '1.5');
        return;
      }
      case 'boolean':
        push('wrong type', transport === 'json' ? 'yes' : 'maybe');
        return;
      case 'array':
        push('wrong type', transport === 'json' ? 'x' : undefined);
        if (n.maxItems !== undefined && n.items && transport === 'json')
          push(
            'too many items',
            Array.from({ length: n.maxItems + 1 }, () =>
              sample(n.items as Json, String(path.at(-1)), () => undefined),
            ),
          );
        if (n.items) walk(n.items, [...path, 0], own);
        return;
      case 'object':
        if (transport === 'json') push('wrong type', 'x');
        within(path, n, () => walkObject(n, path, own));
        return;
      default:
        return;
    }
  };
  const walkObject = (n: Json, path: (string | number)[], names: string[]) => {
    for (const [key, child] of Object.entries(n.properties ?? {})) {
      const childPath = [...path, key];
      if (n.required?.includes(key) && child.default === undefined)
        cases.push({
          part,
          kind: 'required field missing',
          path: childPath,
          value: undefined,
          names: [childPath.join('.'), ...names],
          context: [...context],
        });
      walk(child, childPath, names);
    }
  };
  walk(root, [], []);
  // "Wrong type" in a query or path is meaningless for text; those were pushed as undefined.
  return cases.filter((c) => c.kind !== 'wrong type' || c.value !== undefined);
}

/** A copy of `base` with the case's value in place, its surrounding objects sampled where absent. */
export function withCase(base: unknown, c: FieldCase): unknown {
  let out = base;
  for (const { path, value } of c.context)
    if (valueAt(out, path) === undefined || valueAt(out, path) === null)
      out = withValue(out, path, value);
  return withValue(out, c.path, c.value);
}

function valueAt(base: unknown, path: (string | number)[]): unknown {
  let current = base;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `base` with `value` at `path` (removed when `value` is undefined). */
export function withValue(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(base) || (base === undefined && typeof head === 'number')) {
    const list = [...((base as unknown[] | undefined) ?? [])];
    if (!rest.length && value === undefined) return list.filter((_, i) => i !== head);
    list[Number(head)] = withValue(list[Number(head)] ?? emptyFor(rest), rest, value);
    return list;
  }
  const entries = Object.entries(base && typeof base === 'object' ? base : {}).filter(
    ([key]) => key !== String(head),
  );
  if (!rest.length && value === undefined) return Object.fromEntries(entries);
  const child = (base as Record<string, unknown> | undefined)?.[head];
  return Object.fromEntries([...entries, [head, withValue(child ?? emptyFor(rest), rest, value)]]);
}

const emptyFor = (rest: (string | number)[]) => (typeof rest[0] === 'number' ? [] : {});

/** Values tried, in order, where the first sample is refused (a guess per common format). */
const CANDIDATES: unknown[] = [
  'someone@example.be',
  '2026-01-15',
  'BE',
  '21',
  '1',
  '10.00',
  'fr',
  '0566988259',
  'BE0566988259',
  '#123456',
  'https://example.be',
  '0208:0566988259',
  'xxxxxxxxxx',
  true,
  false,
  1,
  0,
  [],
  {},
  null,
];

function at(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path)
    current =
      current && typeof current === 'object'
        ? (current as Record<PropertyKey, unknown>)[key]
        : undefined;
  return current;
}

/**
 * Makes a sample acceptable to its schema where a common value does it, so a part validated
 * after it (Fastify checks params, then body, then query, and stops at the first refusal) is
 * reached. What cannot be repaired stays; the cases still name their own field.
 */
export function repair(schema: unknown, value: unknown, extra: unknown[] = []): unknown {
  if (!(schema instanceof z.ZodType)) return value;
  let current = value;
  const unfixable = new Set<string>();
  for (let round = 0; round < 40; round += 1) {
    const result = schema.safeParse(current);
    if (result.success) return current;
    const issue = result.error.issues.find(
      (i) => i.code !== 'unrecognized_keys' && !unfixable.has(i.path.join('.')),
    );
    if (!issue) return current;
    const path = issue.path as (string | number)[];
    const key = path.join('.');
    const fixed = [...extra, ...CANDIDATES].find((candidate) => {
      if (candidate === undefined) return false;
      if (at(current, path) === candidate) return false;
      const again = schema.safeParse(withValue(current, path, candidate));
      return again.success || !again.error.issues.some((i) => i.path.join('.') === key);
    });
    if (fixed === undefined) unfixable.add(key);
    else current = withValue(current, path, fixed);
  }
  return current;
}
