import { FORBIDDEN_ELEMENTS, MESSAGES as M } from '../messages';
import { isHtmlElement, isJsx, nodesOf } from '../mdx';
import type { PageRule } from '../rule';

/**
 * HTML that would break the security policy (scripts, inline styles) or load
 * third parties without consent (frames, objects): each has a kit replacement.
 */
export const htmlRule: PageRule = {
  name: 'html',
  checkPage(page, _context, report) {
    if (!page.body.ok) return;
    for (const node of nodesOf(page.body.tree)) {
      if (!isJsx(node) || !node.name) continue;
      const at = `line ${page.line(node)}`;
      if (node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'style'))
        report(at, M.styleAttribute(node.name));
      if (isHtmlElement(node) && FORBIDDEN_ELEMENTS.includes(node.name))
        report(at, M.forbiddenElement(node.name));
    }
  },
};
