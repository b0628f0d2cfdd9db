import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const headers = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<
  string,
  string | Record<string, string>
>;
/** Headers for every path: the string-valued keys. */
const wanted = Object.entries(headers).filter(
  (entry): entry is [string, string] => !entry[0].startsWith('$') && typeof entry[1] === 'string',
);
/** Extra headers for one path pattern (e.g. "/admin/*"): the object-valued keys. */
const perPath = Object.entries(headers)
  .filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object')
  .map(([pattern, extra]) => ({
    pattern,
    extra: Object.entries(extra).filter(([name]) => !name.startsWith('$')),
  }));

const headersFile = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const blockOf = (pattern: string) =>
  headersFile.split(/\n(?=\/)/).find((b) => b.startsWith(`${pattern}\n`)) ?? '';
/** nginx `location /admin/ { … }` for the pattern `/admin/*`. */
const locationOf = (pattern: string) => {
  const start = nginx.indexOf(`location ${pattern.replace(/\*$/, '')} {`);
  return start < 0 ? '' : nginx.slice(start, nginx.indexOf('\n    }', start));
};

describe('security headers for static hosts', () => {
  it('public/_headers sends every header from the one list, for every path', () => {
    const block = blockOf('/*');
    for (const [name, value] of wanted) expect(block).toContain(`  ${name}: ${value}\n`);
  });

  it('deploy/nginx.conf sends the same headers with "always"', () => {
    for (const [name, value] of wanted)
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });

  it('sends the extra headers of a path (the editor at /admin/) on both hosts', () => {
    expect(perPath.map((p) => p.pattern)).toContain('/admin/*');
    for (const { pattern, extra } of perPath) {
      const block = blockOf(pattern);
      for (const [name, value] of extra) expect(block).toContain(`  ${name}: ${value}\n`);
      // nginx: a location's add_header replaces the server's, so it must repeat them all.
      const location = locationOf(pattern);
      const merged = new Map([...wanted, ...extra]);
      for (const [name, value] of merged)
        expect(location).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('keeps the Referer origin that OpenStreetMap tiles require', () => {
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('never allows inline script through the header policy, the editor’s included', () => {
    const site = headers['Content-Security-Policy'] as string;
    expect(site).not.toMatch(/unsafe-inline|unsafe-eval/);
    const policies = [site];
    for (const { extra } of perPath)
      for (const [name, value] of extra)
        if (name === 'Content-Security-Policy') policies.push(value);
    for (const policy of policies) {
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      // 'wasm-unsafe-eval' compiles WebAssembly only (search, image encoders); never eval().
      expect(script).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(policy).not.toMatch(/'unsafe-eval'/);
      expect(policy).toMatch(/frame-ancestors 'none'/);
      expect(policy).toMatch(/object-src 'none'/);
    }
  });
});
