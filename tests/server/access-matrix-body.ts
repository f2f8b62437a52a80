/**
 * A smallest valid body for a route, made from its own schema, so the matrix's changes pass
 * validation and reach the access checks behind it (an empty `{}` stops at 400 and proves
 * nothing). Ids are taken by field name from the seeded records (`customerId` → a customer).
 */
import { z } from 'zod';

type Json = Record<string, unknown>;

const DATE = '2026-01-20';

/** The seeded id a field names, if any: `customerId` → `customers`, `paymentAccountId` → … */
export function idKeysFor(field: string): string[] {
  const base = field.replace(/Ids?$/, '');
  const kebab = base.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return [field, base, `${base}s`, `${kebab}s`, `product-${kebab}s`];
}

function fromPattern(pattern: string): string {
  const regex = new RegExp(pattern);
  return (
    ['1', DATE, '10:00', 'x', 'BE0566988259', '#123456', 'fr'].find((c) => regex.test(c)) ?? 'x'
  );
}

function sample(schema: Json, defs: Json, field: string, idOf: (field: string) => string): unknown {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() as string;
    return sample((defs[name] ?? {}) as Json, defs, field, idOf);
  }
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options) {
    const chosen = options.find((option) => option.type !== 'null') ?? options[0] ?? {};
    return sample(chosen, defs, field, idOf);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
    return sample(schema.allOf[0] as Json, defs, field, idOf);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const required = (schema.required ?? []) as string[];
      const value: Json = {};
      for (const name of required) value[name] = sample(properties[name] ?? {}, defs, name, idOf);
      return value;
    }
    case 'array': {
      const count = Number(schema.minItems ?? 0);
      const items = (schema.items ?? {}) as Json;
      return Array.from({ length: count }, () => sample(items, defs, field, idOf));
    }
    case 'string': {
      if (schema.format === 'uuid') return idOf(field);
      if (schema.format === 'email' || /email/i.test(field)) return 'matrix@example.be';
      if (schema.format === 'date') return DATE;
      if (typeof schema.pattern === 'string') return fromPattern(schema.pattern);
      return 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
    }
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? Number(schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** A body the schema accepts, or `{}` when none can be made simply. */
export function bodyFor(schema: unknown, idOf: (field: string) => string): unknown {
  if (!(schema instanceof z.ZodType)) return {};
  try {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
    const value = sample(json, (json.$defs ?? json.definitions ?? {}) as Json, '', idOf);
    return schema.safeParse(value).success ? value : {};
  } catch {
    return {};
  }
}
