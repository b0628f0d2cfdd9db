import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * UI-string keys are typed (i18next.d.ts), so `astro check` — part of npm test —
 * fails when a value of an enum has no translation. This compiles a few lines
 * against the real t() and ui/vi.json, as a page would use them: once with the
 * real enum, once with a value added to it and not translated.
 */
const ROOT = process.cwd();
const PROBE = join(ROOT, 'src/i18n/__probe__.ts');

function diagnosticsFor(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, ...rest) =>
    name === PROBE
      ? ts.createSourceFile(name, source, language)
      : getSourceFile.call(host, name, language, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === PROBE || fileExists.call(host, name);
  // The key types come from the module augmentation in i18next.d.ts.
  const roots = [PROBE, join(ROOT, 'src/i18n/i18next.d.ts')];
  const program = ts.createProgram(roots, { ...config.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(PROBE))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const probe = (rank: string) => `
import { useTranslations } from './t';
import type { RelicRank } from '../lib/content/schemas';
type Rank = ${rank};
export const label = (rank: Rank) => useTranslations('en')(\`rank.\${rank}\`);
`;

describe('typed UI-string keys', () => {
  it('accept every value of an enum that has a translation', () => {
    expect(diagnosticsFor(probe('RelicRank'))).toEqual([]);
  });

  it('fail the type check for a new enum value without a translation', () => {
    const errors = diagnosticsFor(probe("RelicRank | 'world-heritage'"));
    expect(errors.join('\n')).toMatch(/rank\.world-heritage/);
  });
});
