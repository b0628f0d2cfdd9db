import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../i18n/locales';
import { mdxComponents } from './index';
import { KIT_NAMES } from './kit';

/**
 * Every example of the kit (`<Name>/examples/*.mdx`, see contract.ts) rendered
 * by Astro's container API in each language, as a page renders it: markup
 * pinned by a snapshot, nothing the CSP would refuse. The built kit page of the
 * fixture site gets the axe run (tests/browser/a11y.test.ts).
 */
const examples = import.meta.glob<{ default: AstroComponentFactory }>('./*/examples/*.mdx', {
  eager: true,
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({
    // The site's i18n routing, so components read Astro.currentLocale from the address.
    manifest: {
      i18n: {
        strategy: 'pathname-prefix-always',
        locales: [...LOCALE_CODES],
        defaultLocale: DEFAULT_LOCALE,
        fallbackType: 'rewrite',
        domainLookupTable: {},
      },
    } as never,
  });
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
});

/**
 * The markup to pin: image URLs lose the project's folder (dev mode puts it
 * there) and SVG path data is elided (the province outline is data, simplified
 * by its own module, not markup of the kit).
 */
function markup(html: string): string {
  const root = process.cwd();
  return html
    .replaceAll(encodeURIComponent(root), '<root>')
    .replaceAll(root, '<root>')
    .replace(/\sd="[^"]*"/g, ' d="…"');
}

const render = (example: AstroComponentFactory, locale: string) =>
  container.renderToString(example, {
    props: { components: mdxComponents },
    request: new Request(`https://portal.example/${locale}/culture/kit/`),
  });

describe('MDX kit rendering', () => {
  it('registers exactly the components the content check allows', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...KIT_NAMES].sort());
  });

  const cases = Object.entries(examples).flatMap(([path, module]) =>
    LOCALE_CODES.map((locale) => [path.slice(2), locale, module.default] as const),
  );
  it.each(cases)('%s renders in %s', async (_, locale, example) => {
    const html = await render(example, locale);
    // The CSP allows no inline style and no inline script.
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]/);
    expect(markup(html)).toMatchSnapshot();
  });
});
