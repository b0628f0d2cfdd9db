import type { Locale } from '../../../../i18n/locales';
import { localeOfPath } from '../../../routes/paths';
import type { RouteEntry } from '../../../routes/route-table';
import { topicFilePath } from '../../topic-files';
import { MESSAGES as M } from '../messages';
import { attributeValue, isJsx, nodesOf } from '../mdx';
import type { Bilingual } from '../../../../i18n/locales';
import type { CheckedPage, SiteRule } from '../rule';
import type { ContentSource } from '../source';

/**
 * Internal links in the text resolve, by the route table the site is built
 * from: to a published page, in the page's own language, with the final "/".
 */

interface Link {
  url: string;
  line: number;
}

function linksOf(page: CheckedPage): Link[] {
  if (!page.body.ok) return [];
  return nodesOf(page.body.tree).flatMap((node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url)
      return [{ url: node.url, line: page.line(node) }];
    if (isJsx(node) && node.name === 'a') {
      const href = attributeValue(node, 'href').text;
      if (href) return [{ url: href, line: page.line(node) }];
    }
    return [];
  });
}

/** Why an internal link would not work, or undefined when it does. */
function linkProblem(
  url: string,
  locale: Locale,
  routes: ReadonlyMap<string, RouteEntry>,
  drafts: ReadonlyMap<string, RouteEntry>,
  source: Pick<ContentSource, 'exists'>,
): Bilingual | undefined {
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) return undefined; // https:, mailto:, tel:, #section
  let path: string;
  try {
    path = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return M.linkBadPercent(url);
  }
  if (!path.startsWith('/')) return M.linkRelative(url, locale);
  if (!localeOfPath(path)) {
    return path === '/' || source.exists(`public${path}`) ? undefined : M.linkNowhere(url);
  }
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  const route = routes.get(withSlash);
  if (!route) {
    const draft = drafts.get(withSlash)?.topic;
    return draft
      ? M.linkToDraft(url, topicFilePath(draft.collection, draft.topic, draft.locale))
      : M.linkNoPage(url);
  }
  if (route.locale !== locale)
    return M.linkOtherLanguage(url, route.locale, locale, route.alternates[locale]);
  if (!path.endsWith('/')) return M.linkSlash(url, withSlash);
  return undefined;
}

export const linksRule: SiteRule = {
  name: 'links',
  checkSite(site, { mode, source }, report) {
    // By path, the first route of a path winning as `find` did: a search of the
    // table for every link made the check grow with links × pages.
    const byPath = (routes: readonly RouteEntry[]) => {
      const map = new Map<string, RouteEntry>();
      for (const route of routes) if (!map.has(route.path)) map.set(route.path, route);
      return map;
    };
    const published = byPath(site.plan(mode === 'dev').routes);
    const drafts = byPath(mode === 'build' ? site.plan(true).routes : []);
    for (const page of site.pages) {
      for (const link of linksOf(page)) {
        const found = linkProblem(link.url, page.locale, published, drafts, source);
        if (found) report(page.file, `line ${link.line}`, found);
      }
    }
  },
};
