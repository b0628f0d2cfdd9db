import { MESSAGES as M } from '../messages';
import { nodesOf } from '../mdx';
import type { PageRule } from '../rule';

/** `import`/`export` lines: the kit needs none, and arbitrary code must not reach the page. */
export const mdxImportsRule: PageRule = {
  name: 'mdx-imports',
  checkPage(page, _context, report) {
    if (!page.body.ok) return;
    for (const node of nodesOf(page.body.tree)) {
      if (node.type === 'mdxjsEsm') report(`line ${page.line(node)}`, M.importExport());
    }
  },
};
