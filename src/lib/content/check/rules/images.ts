import { isImageFile } from '../../file-types';
import { MESSAGES as M } from '../messages';
import { attributeValue, isJsx, nodesOf, type MdxNode } from '../mdx';
import type { PageRule } from '../rule';
import { resolveFromPage } from '../source';

/**
 * Images in the text, written `![alt](./file.jpg)` or `<img>`: each has alt
 * text, is a file beside the page (never another website, which would learn
 * who reads the page), and exists.
 */
export const imagesRule: PageRule = {
  name: 'images',
  checkPage(page, { source }, report) {
    if (!page.body.ok) return;
    const at = (node: MdxNode) => `line ${page.line(node)}`;
    const checkUrl = (node: MdxNode, url: string) => {
      const path = resolveFromPage(page.file, url);
      if (/^https?:\/\//i.test(url)) report(at(node), M.imageExternal(url));
      else if (!isImageFile(url.split(/[?#]/)[0]!)) report(at(node), M.imageNotImage(url));
      else if (!source.exists(path)) report(at(node), M.imageMissing(url));
    };
    for (const node of nodesOf(page.body.tree)) {
      if (node.type === 'image') {
        if (!node.alt?.trim()) report(at(node), M.imageNoAlt(node.url ?? ''));
        checkUrl(node, node.url ?? '');
      } else if (isJsx(node) && node.name === 'img') {
        if (!attributeValue(node, 'alt').text?.trim()) report(at(node), M.imgNoAlt());
        const src = attributeValue(node, 'src').text;
        if (src) checkUrl(node, src);
      }
    }
  },
};
