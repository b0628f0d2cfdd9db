import type { Locale } from '../../i18n/locales';

/**
 * Slugs of the general pages the footer links to. They must match the `slug`
 * frontmatter of `content/pages/<topic>/<lang>.mdx`; a built-site test checks
 * every footer link resolves.
 */
export const GENERAL_PAGE_SLUGS = {
  vi: {
    profile: 'son-la-tong-quan',
    agencies: 'co-quan-cua-tinh',
    about: 'gioi-thieu',
    contact: 'lien-he',
    accessibility: 'tuyen-bo-tiep-can',
    privacy: 'quyen-rieng-tu',
  },
  en: {
    profile: 'son-la-at-a-glance',
    agencies: 'provincial-agencies',
    about: 'about',
    contact: 'contact',
    accessibility: 'accessibility',
    privacy: 'privacy',
  },
} as const satisfies Record<
  Locale,
  Record<'profile' | 'agencies' | 'about' | 'contact' | 'accessibility' | 'privacy', string>
>;
