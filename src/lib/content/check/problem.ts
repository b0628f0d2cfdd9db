/**
 * One thing an editor must fix, in both languages. `field` is a frontmatter
 * path (`sources[0].title`) or a place in the text (`line 12`), so the editor
 * knows where to look without reading code.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface Problem {
  /** Path from the site root, e.g. `content/heritage/lao-kho/index.en.mdx`. */
  file: string;
  field: string;
  en: string;
  vi: string;
  /** `error` stops the production build; `warning` only in dev; `note` never. */
  severity: Severity;
}

export const problem = (
  file: string,
  field: string,
  en: string,
  vi: string,
  severity: Severity = 'error',
): Problem => ({
  file,
  field,
  en,
  vi,
  severity,
});

const MARK: Record<Severity, string> = { error: '✗', warning: '!', note: 'i' };

/** Problems grouped by file, files in path order, each with its English and Vietnamese text. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile.keys()]
    .sort()
    .map((file) =>
      byFile
        .get(file)!
        .map((p) => `${MARK[p.severity]} ${file} — ${p.field}\n    EN: ${p.en}\n    VI: ${p.vi}`)
        .join('\n'),
    )
    .join('\n\n');
}

/** The closing line: how many problems of each kind, in both languages. */
export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  if (errors === 0) {
    return `✓ ${fileCount} content files checked: no errors${warnings ? `, ${warnings} warning(s)` : ''}. / Đã kiểm tra ${fileCount} tệp nội dung: không có lỗi${warnings ? `, ${warnings} cảnh báo` : ''}.`;
  }
  return `✗ ${errors} problem(s) in ${files} file(s) must be fixed before publishing. / Có ${errors} lỗi trong ${files} tệp cần sửa trước khi xuất bản.`;
}
