import { mkdtempSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const mock = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
  index: {
    addDirectory: vi.fn(),
    writeFiles: vi.fn(),
  },
}));
vi.mock('pagefind', () => ({ createIndex: mock.createIndex, close: mock.close }));

const { buildSearchIndex, SearchIndexError } = await import('./pagefind');

function siteWith(languages: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-test-'));
  mock.index.writeFiles.mockImplementation(async ({ outputPath }: { outputPath: string }) => {
    mkdirSync(outputPath, { recursive: true });
    const entry = {
      version: '1.6.0',
      languages: Object.fromEntries(
        Object.entries(languages).map(([l, n]) => [l, { page_count: n }]),
      ),
    };
    writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    for (const name of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
    ])
      writeFileSync(join(outputPath, name), '');
    return { errors: [], outputPath };
  });
  return dir;
}

beforeEach(() => {
  vi.clearAllMocks();
  mock.createIndex.mockResolvedValue({ errors: [], index: mock.index });
  mock.index.addDirectory.mockResolvedValue({ errors: [], page_count: 10 });
});

describe('buildSearchIndex', () => {
  it('indexes the site directory, writes pagefind/ inside it and reports pages per language', async () => {
    const dir = siteWith({ vi: 5, en: 5 });
    const summary = await buildSearchIndex(dir, ['vi', 'en']);
    expect(mock.index.addDirectory).toHaveBeenCalledWith({ path: dir });
    expect(mock.index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(summary.pages).toEqual({ vi: 5, en: 5 });
    expect(mock.close).toHaveBeenCalledOnce();
  });

  it('removes the prebuilt UIs the site does not use and keeps the search runtime', async () => {
    const dir = siteWith({ vi: 5, en: 5 });
    await buildSearchIndex(dir, ['vi', 'en']);
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual([
      'pagefind-entry.json',
      'pagefind-worker.js',
      'pagefind.js',
    ]);
  });

  it("fails with Pagefind's own errors, and still closes the service", async () => {
    const dir = siteWith({ vi: 1, en: 1 });
    mock.index.addDirectory.mockResolvedValue({
      errors: ['Failed to parse vi/x/index.html'],
      page_count: 0,
    });
    await expect(buildSearchIndex(dir, ['vi', 'en'])).rejects.toThrow(
      `Pagefind could not index the HTML in ${dir}:\n  ✗ Failed to parse vi/x/index.html`,
    );
    expect(mock.close).toHaveBeenCalledOnce();
  });

  it('fails when the service does not start', async () => {
    mock.createIndex.mockResolvedValue({ errors: ['binary not found'] });
    await expect(buildSearchIndex(siteWith({}), ['vi'])).rejects.toBeInstanceOf(SearchIndexError);
  });

  it('explains a language with no searchable page', async () => {
    const dir = siteWith({ vi: 12 });
    await expect(buildSearchIndex(dir, ['vi', 'en'])).rejects.toThrow(
      /no page in "en" \(indexed: \{"vi":12\}\).*data-pagefind-body/,
    );
  });
});
