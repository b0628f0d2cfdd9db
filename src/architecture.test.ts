import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The architecture of docs/architecture.md as tests (in the manner of
 * Starlight's import tests): which folder may import which, what a pure module
 * may touch, and where language codes may be written. A failure names the file
 * and the line to change.
 */

const ROOT = process.cwd();

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path.split(sep).join('/')] : [];
  });
}

const SOURCE = /\.(ts|mts|mjs|astro)$/;
const isTest = (path: string) => /\.test\.ts$/.test(path);

/** The code of a file: all of a .ts file; the frontmatter and scripts of an .astro file. */
function code(path: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/**
 * The expressions of an .astro file's template (`{…}`, innermost braces), where
 * a hard-coded path such as `href('/vi/…')` would otherwise go unseen; empty for other files.
 */
function templateExpressions(path: string): string {
  if (!path.endsWith('.astro')) return '';
  const template = readFileSync(join(ROOT, path), 'utf8')
    .replace(/^---\n[\s\S]*?\n---/, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => `(${m[1]});`).join('\n');
}

/** Import specifiers of a file, type-only imports included. */
function imports(path: string): string[] {
  return ts.preProcessFile(code(path), true, true).importedFiles.map((f) => f.fileName);
}

/** Repo path an import resolves to (`src/components/...`), or the bare specifier. */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(ROOT, dirname(from), specifier))
    .split(sep)
    .join('/');
}

/** Code without comments (printed again by TypeScript), so prose about "/vi/" is not code. */
function withoutComments(text: string): string {
  const file = ts.createSourceFile(
    'code.ts',
    text,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

const LIB = files('src/lib', SOURCE).filter((path) => !isTest(path));

describe('architecture', () => {
  it('src/lib never imports components, views, pages, layouts, integrations or the site adapters', () => {
    const wrong = LIB.flatMap((path) =>
      imports(path)
        .map((specifier) => target(path, specifier))
        .filter((to) => /^src\/(components|views|pages|layouts|integrations|site)\//.test(to))
        .map((to) => `${path} imports ${to}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/lib is pure: no file system, processes, astro:content or environment', () => {
    const wrong = LIB.flatMap((path) => {
      const found = imports(path)
        .map((specifier) => target(path, specifier))
        .filter((to) => /^(node:|fs$|child_process$|astro:)|^src\/site\.config/.test(to))
        .map((to) => `${path} imports ${to}`);
      const text = withoutComments(code(path));
      for (const match of text.matchAll(/process\.env|import\.meta\.env/g))
        found.push(`${path} reads ${match[0]} (line ${lineOf(text, match.index)})`);
      return found;
    });
    expect(wrong).toEqual([]);
  });

  it('components never import views or pages, views never import pages', () => {
    const wrong = [
      ...files('src/components', SOURCE).flatMap((path) =>
        imports(path)
          .map((s) => target(path, s))
          .filter((to) => /^src\/(views|pages)\//.test(to))
          .map((to) => `${path} imports ${to}`),
      ),
      ...files('src/views', SOURCE).flatMap((path) =>
        imports(path)
          .map((s) => target(path, s))
          .filter((to) => /^src\/pages\//.test(to))
          .map((to) => `${path} imports ${to}`),
      ),
    ];
    expect(wrong).toEqual([]);
  });

  /**
   * Language codes come from src/i18n/locales.ts (LOCALE_CODES, DEFAULT_LOCALE,
   * isLocale, localeOfPath): a literal "vi" or a /(vi|en)/ pattern is a place a
   * new language would be forgotten without any error. Records keyed by
   * language (`{ vi: …, en: … }`) are fine: their type makes a missing one an error.
   */
  it('writes no language code outside the locale table', () => {
    const ALLOWED: Record<string, string> = {
      'src/i18n/locales.ts': 'the locale table itself',
      'src/lib/search/fold.ts':
        'folds Vietnamese text by the rules of Vietnamese, whatever the page',
    };
    const scanned = [
      ...files('src', SOURCE),
      ...files('scripts/lib', SOURCE),
      ...files('tests/support', SOURCE),
    ].filter((path) => !isTest(path) && !(path in ALLOWED));
    const PATTERNS = [
      /(['"`])(vi|en)\1/g, // 'vi'
      /(['"`])\/(vi|en)\//g, // '/en/…'
      /LOCALES\.(vi|en)\b/g, // LOCALES.vi
      /\b(vi\|en|en\|vi)\b/g, // /(vi|en)/
    ];
    const wrong = scanned.flatMap((path) => {
      const text = withoutComments(`${code(path)}\n${templateExpressions(path)}`);
      return PATTERNS.flatMap((pattern) =>
        [...text.matchAll(pattern)].map(
          (m) => `${path}: ${m[0]} (line ${lineOf(text, m.index)} of its code without comments)`,
        ),
      );
    });
    expect(wrong).toEqual([]);
  });

  it('never casts a UI-string key, which would switch off the check of its translations', () => {
    const wrong = files('src', SOURCE).flatMap((path) =>
      [...readFileSync(join(ROOT, path), 'utf8').matchAll(/\bt\(`[^`]*`\s+as\s+'[^']*'\)/g)].map(
        (m) => `${path}: ${m[0]}`,
      ),
    );
    expect(wrong).toEqual([]);
  });
});
