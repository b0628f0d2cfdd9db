import { describe, expect, it } from 'vitest';
import { coverageReport, formatCoverage, wordCount, type CoveragePage } from './coverage';

const page = (file: string, locale: 'vi' | 'en', words: number): CoveragePage => ({
  file,
  locale,
  source: `---\ntitle: T\n---\n\n## Heading\n\n${'từ '.repeat(words)}\n\n<Callout title="not counted">text</Callout>\n`,
});

describe('content coverage report', () => {
  it('counts the running text: body words, not frontmatter, code or component attributes', () => {
    const source = `---\ntitle: Many words in a title\n---\n\nBản Lao Khô, *Phiêng Khoài* – 1948.\n\n\`\`\`\ncode not counted\n\`\`\`\n\n<FactBox title="not counted"><Fact value="12" label="năm" /></FactBox>\n`;
    // "–" and "1948." have no letter, so they are not words.
    expect(wordCount(source)).toBe(5);
  });

  it('names every minimum that is not met, per section and language, and the short pages', () => {
    const pages = [
      ...Array.from({ length: 9 }, (_, i) => page(`content/culture/t${i}/index.vi.mdx`, 'vi', 300)),
      ...Array.from({ length: 8 }, (_, i) => page(`content/culture/t${i}/index.en.mdx`, 'en', 300)),
      page('content/heritage/x/index.vi.mdx', 'vi', 120),
      page('content/pages/about/index.vi.mdx', 'vi', 10),
    ];
    const report = coverageReport(pages);
    expect(report.rows.find((r) => r.section === 'culture')!.topics).toEqual({ vi: 9, en: 8 });
    expect(report.shortfalls).toContain('culture (en): 8 topics, the plan asks for 9');
    expect(report.shortfalls).not.toContain('culture (vi): 9 topics, the plan asks for 9');
    expect(report.shortfalls).toContain('all sections (vi): 10 topics, the plan asks for 45');
    // 120 words, the heading and the callout's text; general pages are not topics, neither counted
    // nor held to the word minimum.
    expect(report.short).toEqual([{ file: 'content/heritage/x/index.vi.mdx', words: 122 }]);
    expect(formatCoverage(report)).toMatch(/^culture\s+9\s+8\s+9$/m);
  });
});
