// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LOCALE_CODES, DEFAULT_LOCALE } from './src/i18n/locales';
import { SITE_URL, BASE_PATH } from './src/site.config';
import { contentCheckIntegration } from './src/integrations/content-check';
import { fontsIntegration } from './src/integrations/fonts';
import { finishBuildIntegration } from './src/integrations/finish-build';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...LOCALE_CODES],
    defaultLocale: DEFAULT_LOCALE,
    // Both languages are prefixed (/vi/, /en/); `/` is a bilingual entry page, not a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // On the finished pages: font subset, Pagefind, service worker, then the editor at /admin/
  // (src/integrations/finish-build.ts; `npm run build` runs them after Astro exits, to keep the
  // build's peak memory down).
  integrations: [contentCheckIntegration(), mdx(), fontsIntegration(), finishBuildIntegration()],
  security: {
    // Hashes for Astro's inline scripts and styles; same-origin files allowed; never 'unsafe-inline'.
    csp: {
      // Images from this site only; pages with a map add the tile origin (src/components/Map/csp.ts).
      directives: [
        // Everything from this site only, unless a directive below says otherwise.
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The click-to-load video player (src/components/mdx/VideoEmbed) — nothing loads before the click.
        'frame-src https://www.youtube-nocookie.com',
        "img-src 'self' data:",
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine (only
      // WebAssembly, not eval()); it runs on the main thread when a worker is unavailable.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Covers are our own SVG illustrations; rasterising them gives social networks a PNG
  // share image. Only trusted files are processed: content checks reject SVGs with
  // scripts or external references.
  image: { dangerouslyProcessSVG: true },
  // No code samples on this site; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
