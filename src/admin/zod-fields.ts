import type { z } from 'astro/zod';

/**
 * Reads a zod schema (src/lib/content/schemas.ts) as a list of plain field
 * descriptions: the kind of value, whether it may be left out, and every rule
 * a form can enforce (length, pattern, range, choices, list size). The CMS
 * configuration is written from this, so the schema stays the one source of
 * truth; rules a form cannot express (a refine such as "inside Sơn La") are
 * listed in `buildOnly`, so a test can insist that each is known.
 *
 * Only the zod features the schemas use are understood; anything else throws,
 * naming the field, so a new kind of field cannot slip into the editor unseen.
 */

type FieldKind =
  | { kind: 'string'; format?: 'url' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'image' }
  | { kind: 'object'; fields: SchemaField[] }
  | { kind: 'list'; item: SchemaField };

interface FieldRules {
  /** The key may be left out of the file (`.optional()` or `.default()`). */
  optional: boolean;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the text must match, with the schema's own message. */
  pattern?: { source: string; message: string };
  min?: number;
  max?: number;
  minItems?: number;
  maxItems?: number;
  /** Rules only the build checks (refinements), by name. */
  buildOnly: string[];
}

export type SchemaField = FieldKind & {
  name: string;
  /** The schema's `.describe()` text, if any: shown as the field's hint. */
  description?: string;
  /** Dotted path from the top of the frontmatter; list items are `*`: `sources.*.url`. */
  path: string;
  rules: FieldRules;
};

/** Astro's `image()` is replaced by this marker when a schema is read for the editor. */
export const IMAGE_MARKER_DESCRIPTION = 'cms:image';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  defaultValue?: unknown;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: (issue: object) => unknown;
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A schema's `.describe()` text (not the editor's own image marker). */
function describedBy(schema: AnySchema): string | undefined {
  const text = (schema as { description?: string }).description;
  return text && text !== IMAGE_MARKER_DESCRIPTION ? text : undefined;
}

function fail(path: string, what: string): never {
  throw new Error(
    `The editor cannot show "${path}": ${what}. Teach src/admin/zod-fields.ts this kind of field (and the CMS a widget for it).`,
  );
}

/** The schema's own message for a check, so the form says what the build would say. */
function messageOf(check: CheckDef): string {
  const text = check.error?.({ code: 'invalid_format', input: '' });
  return typeof text === 'string' ? text : '';
}

function readChecks(def: Def, rules: FieldRules, path: string): void {
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    switch (check.check) {
      case 'overwrite': // .trim()
        break;
      case 'min_length':
        if (def.type === 'array') rules.minItems = check.minimum!;
        else rules.minLength = check.minimum!;
        break;
      case 'max_length':
        if (def.type === 'array') rules.maxItems = check.maximum!;
        else rules.maxLength = check.maximum!;
        break;
      case 'length_equals':
        if (def.type === 'array') rules.minItems = rules.maxItems = check.length!;
        else rules.minLength = rules.maxLength = check.length!;
        break;
      case 'string_format':
        if (check.format !== 'regex' || !check.pattern)
          fail(path, `the string format "${check.format}"`);
        rules.pattern = { source: check.pattern.source, message: messageOf(check) };
        break;
      case 'greater_than':
        if (!check.inclusive) fail(path, 'an exclusive minimum');
        rules.min = check.value!;
        break;
      case 'less_than':
        if (!check.inclusive) fail(path, 'an exclusive maximum');
        rules.max = check.value!;
        break;
      case 'number_format':
        break; // .int(), read by the caller
      case 'custom':
        rules.buildOnly.push(`${path || '(page)'}: refine`);
        break;
      default:
        fail(path, `the check "${check.check}"`);
    }
  }
}

function isInteger(def: Def): boolean {
  return (def.checks ?? []).some(
    ({ _zod }) => _zod.def.check === 'number_format' && /int/.test(_zod.def.format ?? ''),
  );
}

export function readField(name: string, path: string, schema: AnySchema): SchemaField {
  const rules: FieldRules = { optional: false, buildOnly: [] };
  let inner = schema;
  let description = describedBy(inner);
  // Wrappers first: optional / default say whether the key may be left out.
  for (;;) {
    const wrapper = defOf(inner);
    if (wrapper.type !== 'optional' && wrapper.type !== 'default') break;
    rules.optional = true;
    if (wrapper.type === 'default') rules.default = wrapper.defaultValue;
    inner = wrapper.innerType!;
    description ??= describedBy(inner);
  }
  const def = defOf(inner);
  const isImage = (inner as { description?: string }).description === IMAGE_MARKER_DESCRIPTION;
  const field = (kind: FieldKind): SchemaField => ({
    ...kind,
    name,
    path,
    ...(description ? { description } : {}),
    rules,
  });

  // A date written YYYY-MM-DD: z.preprocess(check the calendar day, z.coerce.date()).
  if (def.type === 'pipe' && def.out && defOf(def.out).type === 'date') {
    rules.buildOnly.push(`${path}: a real calendar day`);
    return field({ kind: 'date' });
  }
  readChecks(def, rules, path);
  switch (def.type) {
    case 'string':
      if (isImage) return field({ kind: 'image' });
      if (def.format && def.format !== 'url') fail(path, `the string format "${def.format}"`);
      if (def.format === 'url') {
        rules.pattern = { source: '^https?://\\S+$', message: urlMessage(def) };
        return field({ kind: 'string', format: 'url' });
      }
      return field({ kind: 'string' });
    case 'number':
      return field({ kind: 'number', integer: isInteger(def) });
    case 'boolean':
      return field({ kind: 'boolean' });
    case 'enum':
      return field({ kind: 'enum', options: Object.values(def.entries ?? {}) });
    case 'object':
      return field({
        kind: 'object',
        fields: Object.entries(def.shape ?? {}).map(([key, inner]) =>
          readField(key, path ? `${path}.${key}` : key, inner),
        ),
      });
    case 'array':
      return field({ kind: 'list', item: readField(name, `${path}.*`, def.element!) });
    default:
      return fail(path, `the zod type "${def.type}"`);
  }
}

function urlMessage(def: Def): string {
  const error = (def as { error?: (issue: object) => unknown }).error;
  const text = error?.({ code: 'invalid_format', input: '' });
  return typeof text === 'string' ? text : 'https://…';
}

/** Every top-level field of an object schema (a collection's frontmatter), in schema order. */
export function readSchema(schema: AnySchema): { fields: SchemaField[]; buildOnly: string[] } {
  const top = readField('', '', schema);
  if (top.kind !== 'object') fail('(page)', 'the frontmatter schema is not an object');
  return { fields: top.fields, buildOnly: top.rules.buildOnly };
}

/** Every field below `fields`, depth first (lists and objects included, then their parts). */
export function allFields(fields: readonly SchemaField[]): SchemaField[] {
  return fields.flatMap((field) => [
    field,
    ...(field.kind === 'object'
      ? allFields(field.fields)
      : field.kind === 'list'
        ? allFields(field.item.kind === 'object' ? field.item.fields : [])
        : []),
  ]);
}
