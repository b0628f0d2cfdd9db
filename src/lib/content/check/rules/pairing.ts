import type { RouteProblem } from '../../../routes/route-table';
import { MESSAGES as M } from '../messages';
import type { Severity } from '../problem';
import type { CheckMode, SiteRule } from '../rule';

/**
 * Translations and addresses, by the rules the site is built with: every
 * published page has a published translation, no two pages share an address,
 * and drafts are named as such.
 */

function routeMessage(p: RouteProblem) {
  switch (p.kind) {
    case 'missing-translation':
      return { where: 'translation', message: M.noPublishedTranslation(p.missing) };
    case 'draft-translation':
      return { where: 'draft', message: M.draftTranslation(p.draft) };
    case 'path-clash':
      return { where: 'slug', message: M.pathClash(p.path, p.other) };
  }
}

const severityOf = (p: RouteProblem, mode: CheckMode): Severity =>
  p.kind === 'path-clash' && mode === 'dev' ? 'warning' : 'error';

export const pairingRule: SiteRule = {
  name: 'pairing',
  checkSite(site, { mode, source }, report) {
    const published = site.plan(mode === 'dev');
    const seen = new Set<string>();
    for (const p of published.problems) {
      // A translation file that does not exist at all is the layout rule's to report.
      if (p.kind === 'missing-translation' && !source.exists(p.missing)) continue;
      const { where, message } = routeMessage(p);
      seen.add(`${p.file} ${where} ${message.en}`);
      report(p.file, where, message, severityOf(p, mode));
    }
    if (mode !== 'build') return;
    // A draft that will clash once it is published: say so now.
    for (const p of site.plan(true).problems) {
      if (p.kind !== 'path-clash') continue;
      const { where, message } = routeMessage(p);
      if (!seen.has(`${p.file} ${where} ${message.en}`)) report(p.file, where, message, 'warning');
    }
    for (const ref of site.refs) {
      if (!ref.draft) continue;
      const page = site.pages.find(
        (pg) =>
          pg.collection === ref.collection && pg.topic === ref.topic && pg.locale === ref.locale,
      );
      if (page) report(page.file, 'draft', M.isDraft(), 'note');
    }
  },
};
