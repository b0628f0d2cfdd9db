import { describe, expect, it } from 'vitest';
import { runLighthouse, CATEGORIES, THRESHOLD } from '../../scripts/lighthouse.mjs';
import { DIST } from '../support/dist';

describe('Lighthouse (home, heritage, map and search pages, both languages)', () => {
  it(`scores at least ${THRESHOLD} in every category`, async () => {
    const results: Record<string, number | string | string[]>[] = await runLighthouse({
      dist: DIST,
    });
    console.table(
      results.map(({ failing, ...r }) => ({
        ...r,
        'failed audits': (failing as string[]).join(', '),
      })),
    );
    expect(results.length).toBe(8);
    for (const result of results) {
      for (const category of CATEGORIES as string[]) {
        expect(
          result[category],
          `${result.path} ${category} (failed audits: ${(result.failing as string[]).join(', ')})`,
        ).toBeGreaterThanOrEqual(THRESHOLD);
      }
    }
  }, 300_000);
});
