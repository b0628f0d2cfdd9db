import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const headers = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<
  string,
  string
>;
const wanted = Object.entries(headers).filter(([name]) => !name.startsWith('$'));

describe('security headers for static hosts', () => {
  it('public/_headers sends every header from the one list, for every path', () => {
    const text = readFileSync('public/_headers', 'utf8');
    const block = text.split(/\n(?=\/)/).find((b) => b.startsWith('/*'))!;
    for (const [name, value] of wanted) expect(block).toContain(`  ${name}: ${value}\n`);
  });

  it('deploy/nginx.conf sends the same headers with "always"', () => {
    const text = readFileSync('deploy/nginx.conf', 'utf8');
    for (const [name, value] of wanted)
      expect(text).toContain(`add_header ${name} "${value}" always;`);
  });

  it('keeps the Referer origin that OpenStreetMap tiles require', () => {
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('never allows inline script through the header policy', () => {
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['Content-Security-Policy']).toMatch(/object-src 'none'/);
  });
});
