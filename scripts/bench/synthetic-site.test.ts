import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, SLUG_PATTERN } from '../../src/lib/content/schemas';
import { writeSyntheticContent } from './synthetic-site.mjs';

describe('writeSyntheticContent', () => {
  it('writes every topic in both languages with frontmatter the schemas accept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
    const topics: string[] = writeSyntheticContent(dir, { count: 12 });
    expect(topics).toHaveLength(12);
    for (const topic of topics) {
      expect(readdirSync(join(dir, topic)).sort()).toEqual(['index.en.mdx', 'index.vi.mdx']);
      for (const lang of ['vi', 'en']) {
        const text = readFileSync(join(dir, topic, `index.${lang}.mdx`), 'utf8');
        const description = JSON.parse(/^description: (.*)$/m.exec(text)![1]!);
        expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
        expect(SLUG_PATTERN.test(/^slug: (.*)$/m.exec(text)![1]!)).toBe(true);
        expect(text.split(/\s+/).length).toBeGreaterThan(250);
        expect(text).not.toMatch(/[{}<>]/);
      }
    }
  });

  it('is deterministic', () => {
    const a = mkdtempSync(join(tmpdir(), 'synthetic-'));
    const b = mkdtempSync(join(tmpdir(), 'synthetic-'));
    const [first] = writeSyntheticContent(a, { count: 3 }) as string[];
    writeSyntheticContent(b, { count: 3 });
    expect(readFileSync(join(a, first!, 'index.vi.mdx'), 'utf8')).toBe(
      readFileSync(join(b, first!, 'index.vi.mdx'), 'utf8'),
    );
  });
});
