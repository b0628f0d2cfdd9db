import type { z } from 'astro/zod';
import type { Bilingual } from '../../../i18n/locales';
import { FIELD_HINTS, MESSAGES as M, fromZodMessage, type HintedField } from './messages';

/**
 * Turns schema issues into plain sentences in both languages. The schemas
 * word the issues they know best ("English / Tiếng Việt", see messages.ts);
 * the issues zod raises by itself (unknown field, wrong type, value not in a
 * list) get a sentence here, so no editor ever sees "Invalid input".
 */

export interface FieldMessage extends Bilingual {
  field: string;
}

/** `sources[0].title`: how editors see a nested field in YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/** Edit distance, for "did you mean" on a misspelt field name. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

/** The known field closest to a misspelt one (at most two letters off), if any. */
function nearestField(key: string, known: readonly string[]): string | undefined {
  const scored = known
    .map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }))
    .filter(({ d }) => d <= Math.min(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d);
  return scored[0]?.name;
}

/**
 * @param knownFields the fields of the object an unknown key was found in
 *   (for "did you mean"), by the path of that object.
 */
export function issueToMessages(
  issue: z.core.$ZodIssue,
  data: unknown,
  knownFields: (path: readonly PropertyKey[]) => readonly string[] = () => [],
): FieldMessage[] {
  const field = fieldPath(issue.path);
  const value = valueAt(data, issue.path);
  const own = fromZodMessage(issue.message);
  const at = (message: Bilingual): FieldMessage[] => [{ field, ...message }];

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: field ? `${field}.${key}` : key,
      ...M.unknownField(key, nearestField(key, knownFields(issue.path))),
    }));
  }
  if (own) return at(own);
  if (value === undefined && issue.code !== 'custom') {
    const name = String(issue.path.at(-1) ?? field);
    const hintKey = issue.path.filter((key) => typeof key === 'string').join('.');
    const hint =
      FIELD_HINTS[hintKey as HintedField] ??
      (issue.code === 'invalid_value' ? M.oneOf(issue.values.map(String)) : undefined);
    return at(M.missingField(name, hint));
  }

  switch (issue.code) {
    case 'invalid_type':
      return at(M.wrongType(issue.expected, value));
    case 'invalid_value':
      return at(M.notInList(value, issue.values.map(String)));
    case 'invalid_format':
      return at(issue.format === 'url' ? M.notWebAddress() : M.badFormat(issue.format));
    case 'too_small':
    case 'too_big': {
      const unit =
        issue.origin === 'string' ? 'string' : issue.origin === 'array' ? 'array' : 'other';
      return issue.code === 'too_small'
        ? at(M.tooSmall(String(issue.minimum), unit))
        : at(M.tooBig(String(issue.maximum), unit));
    }
    default:
      return at(M.invalid(issue.message));
  }
}
