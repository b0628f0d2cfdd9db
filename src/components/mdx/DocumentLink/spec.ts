import type { KitComponent } from '../../../lib/content/check/kit';
import { MESSAGES as M } from '../../../lib/content/check/messages';
import { localeOfPath } from '../../../lib/routes/paths';

export const documentLink: KitComponent = {
  required: ['href', 'title'],
  optional: ['lang'],
  validate(element) {
    const href = element.attribute('href').text ?? '';
    // A file in public/ (not a page of the site), or a web address.
    if (href.startsWith('/') && !localeOfPath(href))
      return element.fileExists(href) ? [] : [M.documentMissing(href)];
    if (href && !/^https?:\/\//.test(href)) return [M.documentHref(href)];
    return [];
  },
};
