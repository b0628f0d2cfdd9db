import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

/**
 * Astro allows each inline <style> and <script> by its hash in the page's CSP.
 * Steps that rewrite pages after Astro (the font subset renames files) must
 * keep those hashes true, or the browser silently drops the block.
 */
describe('inline blocks and the CSP', () => {
  it('every inline style and script on every page is allowed by its hash', () => {
    const refused: string[] = [];
    for (const page of builtPages()) {
      const policy = page.doc
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content');
      if (!policy) continue; // the CSP test (seo.test.ts) requires one where it belongs
      for (const match of page.html.matchAll(/<(style|script)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
        const [, tag, attrs, body] = match as unknown as [string, string, string, string];
        if (/\bsrc=/.test(attrs) || /application\/ld\+json/.test(attrs) || body === '') continue;
        const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
        if (!policy.includes(hash)) refused.push(`${page.path}: <${tag}> ${body.slice(0, 60)}…`);
      }
    }
    expect(refused).toEqual([]);
  });
});
