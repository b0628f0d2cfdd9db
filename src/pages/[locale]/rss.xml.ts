import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, LOCALE_CODES, assertLocale } from '../../i18n/locales';
import { rssPath, sectionPath } from '../../lib/routes/paths';
import { useTranslations } from '../../i18n/t';
import { loadSite, entryOf } from '../../site/load';
import { topicsOf } from '../../lib/routes/route-table';
import { absoluteUrl } from '../../site/href';
import { rssXml } from '../../lib/seo/rss';

/** One news feed per language: /vi/rss.xml and /en/rss.xml. */
export const getStaticPaths = (() =>
  LOCALE_CODES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = assertLocale(params.locale, 'the RSS route');
  const t = useTranslations(locale);
  const data = await loadSite();
  const items = topicsOf(data.routes, 'news', locale).flatMap((route) => {
    const entry = entryOf(data, route);
    if (!entry || !('published' in entry.data)) return [];
    return [
      {
        title: entry.data.title,
        description: entry.data.description,
        url: absoluteUrl(route.path, site),
        published: entry.data.published,
      },
    ];
  });
  const xml = rssXml(
    {
      title: `${t('section.news')} — ${t('site.fullName')}`,
      description: t('sectionIntro.news'),
      url: absoluteUrl(sectionPath(locale, 'news'), site),
      selfUrl: absoluteUrl(rssPath(locale), site),
      language: LOCALES[locale].htmlLang,
    },
    items,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
