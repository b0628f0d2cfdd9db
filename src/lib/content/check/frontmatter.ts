import yaml from 'js-yaml';
import { isCalendarDay } from '../calendar-date';

/**
 * Splits an MDX file into frontmatter and body the way Astro does (same
 * delimiter rule, same YAML library), so the checker sees exactly the data the
 * build will see — with one difference: YAML turns `2025-02-30` into 2 March
 * without a word; here an impossible calendar date becomes an invalid date,
 * which the schema then reports.
 */

// Astro's rule (@astrojs/internal-helpers/frontmatter): `---` on the first line.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

// js-yaml keeps its compiled types on the schema without declaring them in its typings.
const defaultTypes = (
  yaml.DEFAULT_SCHEMA as unknown as { compiledTypeMap: { scalar: Record<string, yaml.Type> } }
).compiledTypeMap.scalar;
const baseTimestamp = defaultTypes['tag:yaml.org,2002:timestamp']!;

const strictTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data) => baseTimestamp.resolve(data),
  construct: (data: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(data) && !isCalendarDay(data)
      ? new Date(Number.NaN)
      : (baseTimestamp.construct(data) as Date),
  instanceOf: Date,
  represent: (date: object) => (date as Date).toISOString(),
});

const SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [strictTimestamp, defaultTypes['tag:yaml.org,2002:merge']!],
});

export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'yaml'; line: number; message: string };

export function splitFrontmatter(source: string): FrontmatterResult {
  const match = FRONTMATTER.exec(source);
  if (!match) return { ok: false, reason: 'missing' };
  let data: unknown;
  try {
    data = yaml.load(match[1]!, { schema: SCHEMA });
  } catch (error) {
    const e = error as { mark?: { line: number }; reason?: string; message: string };
    // +2: the mark is 0-based and the YAML starts on the line after `---`.
    return {
      ok: false,
      reason: 'yaml',
      line: (e.mark?.line ?? 0) + 2,
      message: e.reason ?? e.message,
    };
  }
  const end = match.index + match[0].length;
  const bodyLine = source.slice(0, end).split('\n').length;
  return {
    ok: true,
    data:
      data && typeof data === 'object' && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {},
    body: source.slice(end),
    bodyLine,
  };
}
