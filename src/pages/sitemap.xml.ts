import type { APIRoute } from 'astro';
import { loadSite, entryOf } from '../site/load';
import { absoluteUrl } from '../site/href';
import { sitemapXml } from '../lib/seo/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const xml = sitemapXml(
    data.routes,
    (path) => absoluteUrl(path, site),
    (route) => entryOf(data, route)?.data.updated,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
