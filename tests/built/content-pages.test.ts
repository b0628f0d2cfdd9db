import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

/**
 * What every built content page must carry. (How many topics each section has
 * and how long they are is content policy: `npm run content:coverage` reports it.)
 */
describe('built content pages', () => {
  const topics = builtPages().filter((p) =>
    p.doc.querySelector('main[data-pagefind-body] article.topic'),
  );

  it('lists its sources on every content page', () => {
    expect(topics.length).toBeGreaterThan(100);
    for (const page of topics) {
      expect(
        page.doc.querySelectorAll('.page-details__sources li').length,
        page.path,
      ).toBeGreaterThan(0);
    }
  });

  it('stores Vietnamese text in NFC, so search and sorting treat letters alike', () => {
    for (const page of builtPages())
      expect(page.html === page.html.normalize('NFC'), page.path).toBe(true);
  });
});
