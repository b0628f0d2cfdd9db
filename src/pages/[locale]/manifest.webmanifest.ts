import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, LOCALE_CODES, type Locale } from '../../i18n/locales';
import { localeHomePath } from '../../lib/routes/paths';
import { useTranslations } from '../../i18n/t';
import { href } from '../../site/href';
import { APP_ICONS, BRAND_GREEN } from '../../lib/offline/app-icon';

/**
 * A web app manifest per language, so "Add to home screen" opens the portal
 * in the visitor's language; every page links the one of its language.
 */
export const getStaticPaths = (() =>
  LOCALE_CODES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export function webManifest(locale: Locale) {
  const t = useTranslations(locale);
  return {
    id: href(localeHomePath(locale)),
    name: t('site.fullName'),
    short_name: t('site.name'),
    description: t('home.lead'),
    lang: LOCALES[locale].htmlLang,
    dir: 'ltr',
    start_url: href(localeHomePath(locale)),
    scope: href('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: BRAND_GREEN,
    icons: [
      ...APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
        src: href(`/icons/${icon.name}.png`),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
      { src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webManifest(params.locale as Locale), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
