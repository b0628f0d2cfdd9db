import { LOCALE_CODES, MESSAGE_ORDER, type Bilingual } from '../../../i18n/locales';
import { MESSAGES as M } from './messages';

/**
 * One thing an editor must fix, in both languages: the one shape every rule
 * reports. `where` is a frontmatter path (`sources[0].title`), a place in the
 * text (`line 12`) or what the problem is about (`file`, `translation`), so the
 * editor knows where to look without reading code.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface Problem extends Bilingual {
  /** Path from the site root, e.g. `content/heritage/lao-kho/index.en.mdx`. */
  file: string;
  where: string;
  /** `error` stops the production build; `warning` only in dev; `note` never. */
  severity: Severity;
}

export const problem = (
  file: string,
  where: string,
  message: Bilingual,
  severity: Severity = 'error',
): Problem => ({
  file,
  where,
  ...(Object.fromEntries(LOCALE_CODES.map((l) => [l, message[l]])) as Bilingual),
  severity,
});

const lineOf = (where: string) => /^line (\d+)$/.exec(where)?.[1];

/**
 * Report order: by file; in a file, what concerns the whole file or a field
 * first (in the order the rules found it), then the text line by line.
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => {
    const line = lineOf(p.where);
    return line === undefined ? -1 : Number(line);
  };
  return problems
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) =>
        (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : 0) ||
        rank(a.p) - rank(b.p) ||
        a.index - b.index,
    )
    .map(({ p }) => p);
}

const MARK: Record<Severity, string> = { error: '✗', warning: '!', note: 'i' };

/** Problems grouped by file, files in path order, each with its text in every language. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile.keys()]
    .sort()
    .map((file) =>
      byFile
        .get(file)!
        .map((p) =>
          [
            `${MARK[p.severity]} ${file} — ${p.where}`,
            ...MESSAGE_ORDER.map((l) => `    ${l.toUpperCase()}: ${p[l]}`),
          ].join('\n'),
        )
        .join('\n'),
    )
    .join('\n\n');
}

const oneLine = (message: Bilingual) => MESSAGE_ORDER.map((l) => message[l]).join(' / ');

/** The closing line: how many problems of each kind, in both languages. */
export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return oneLine(
    errors === 0 ? M.summaryClean(fileCount, warnings) : M.summaryErrors(errors, files),
  );
}

/** The first line of a failed build. */
export const checkFailedTitle = () => oneLine(M.checkFailed());
