import headers from '../../deploy/security-headers.json';

/**
 * The editor's HTTP headers, from the one list in deploy/security-headers.json.
 * The CSP also goes into dist/admin/index.html as a <meta>, so a static server
 * without the headers (a test, `astro preview`) still enforces it; a <meta>
 * cannot carry frame-ancestors, and upgrade-insecure-requests would break
 * http://127.0.0.1, so those two stay in the header only.
 */
const ADMIN_PATH_PATTERN = '/admin/*';

const ADMIN_HEADERS = headers[ADMIN_PATH_PATTERN] as Record<string, string>;

export function adminCspMeta(): string {
  return ADMIN_HEADERS['Content-Security-Policy']!.split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !/^(frame-ancestors|upgrade-insecure-requests)\b/.test(directive))
    .join('; ');
}

/** Origins the editor may talk to (connect-src), e.g. https://api.github.com. */
export function adminConnectOrigins(): string[] {
  const directive = ADMIN_HEADERS['Content-Security-Policy']!.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('connect-src'));
  return (directive ?? '').split(/\s+/).filter((source) => /^https:\/\//.test(source));
}
