import { hasPlaceholder, placeholderPaths } from '../../placeholders';
import { MESSAGES as M } from '../messages';
import { isJsx, nodesOf } from '../mdx';
import { placeholderSeverity, type PageRule } from '../rule';
import { fieldPath, valueAt } from '../zod-issues';

/**
 * Markers left by `npm run new` ("CẦN ĐIỀN:", "TODO:"), in the frontmatter, the
 * text and component properties. A field still holding a marker gets this one
 * clear message; the schema rule stays silent about it.
 */
export const placeholdersRule: PageRule = {
  name: 'placeholders',
  checkPage(page, { mode }, report) {
    const severity = placeholderSeverity(mode);
    for (const at of placeholderPaths(page.data)) {
      report(fieldPath(at), M.placeholderInField(String(valueAt(page.data, at))), severity);
    }
    if (!page.body.ok) return;
    for (const node of nodesOf(page.body.tree)) {
      if (node.type === 'text' && node.value && hasPlaceholder(node.value)) {
        const excerpt = node.value.trim().slice(0, 60);
        report(`line ${page.line(node)}`, M.placeholderInText(excerpt), severity);
      }
      if (!isJsx(node) || !node.name) continue;
      for (const attr of node.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
        if (!hasPlaceholder(attr.value)) continue;
        report(
          `line ${page.line(node)}`,
          M.placeholderInAttribute(node.name, attr.name ?? '', attr.value),
          severity,
        );
      }
    }
  },
};
