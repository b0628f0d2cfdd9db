import { MESSAGES as M } from '../messages';
import type { PageRule } from '../rule';

/** Text the MDX parser cannot read would stop the build: say where, and the usual causes. */
export const mdxSyntaxRule: PageRule = {
  name: 'mdx-syntax',
  checkPage(page, _context, report) {
    if (!page.body.ok) report(`line ${page.body.line}`, M.mdxSyntax(page.body.reason));
  },
};
