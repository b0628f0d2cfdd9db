import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { fixtureSite } from '../support/fixture-build';

/**
 * Editors' text is data, never markup: HTML or script typed into frontmatter or
 * written as escaped text in MDX must reach the page as text. The hostile page
 * is tests/fixtures/content/hostile, built into the shared fixture site.
 */
const HOSTILE = `<script>alert("xss")</script> & <img src=x onerror=alert(1)>`;

let html: string;

beforeAll(async () => {
  const site = await fixtureSite();
  html = readFileSync(join(site.dist, 'en/hostile-test/index.html'), 'utf8');
});

describe('escaping of editor text', () => {
  const doc = () => parse(html);

  it('renders frontmatter HTML as text in the title, heading and meta tags', () => {
    const page = doc();
    expect(page.querySelector('h1')!.textContent).toBe(HOSTILE);
    expect(page.querySelector('title')!.textContent).toContain(HOSTILE);
    expect(page.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(HOSTILE);
    expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
      '"><svg onload=alert(1)> en',
    );
    // No element was created from the text: no image with a handler, no inline SVG with one.
    expect(page.querySelectorAll('img[onerror], svg[onload], [onload], [onerror]')).toHaveLength(0);
  });

  it('keeps structured data from closing its <script> element', () => {
    const jsonLd = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
    expect(jsonLd).not.toContain('</script');
    expect(JSON.parse(jsonLd).name).toBe(HOSTILE);
  });

  it('renders escaped markup in MDX text as text', () => {
    const prose = doc().querySelector('.prose')!;
    expect(prose.textContent).toContain('<script>alert(3)</script>');
    // Markdown turns the straight quotes typographic; the markup stays text either way.
    expect(prose.textContent).toMatch(/<iframe src=.https:\/\/evil\.example.>/);
    expect(prose.querySelectorAll('script, iframe')).toHaveLength(0);
  });

  it('escapes source titles and URLs', () => {
    const source = doc().querySelector('.page-details__sources a')!;
    expect(source.textContent).toBe('</script><script>alert(2)</script>');
    expect(source.getAttribute('href')).toBe('https://example.org/?a=1&b=<2>');
  });

  it('leaves no script on the page but Astro’s modules and structured data', () => {
    const scripts = doc().querySelectorAll('script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect(script.getAttribute('type'), script.outerHTML.slice(0, 80)).toMatch(
        /^(application\/ld\+json|module)$/,
      );
  });
});
