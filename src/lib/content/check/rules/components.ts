import { MESSAGES as M } from '../messages';
import {
  attributeNames,
  attributeValue,
  descendants,
  isHtmlElement,
  isImage,
  isJsx,
  nodesOf,
  type MdxNode,
} from '../mdx';
import type { KitComponent, KitElement } from '../kit';
import type { PageRule } from '../rule';
import { resolveFromPage } from '../source';

/**
 * Components of the MDX kit: the name exists, the properties are known and
 * given, values are among the choices, numbers are numbers, the component
 * holds what it must — then the component's own rules (its `validate`).
 */
export const componentsRule: PageRule = {
  name: 'components',
  checkPage(page, { kit, source }, report) {
    if (!page.body.ok) return;
    const names = Object.keys(kit);
    for (const node of nodesOf(page.body.tree)) {
      if (!isJsx(node) || !node.name || isHtmlElement(node)) continue; // a fragment <>…</>, or HTML
      const at = `line ${page.line(node)}`;
      const spec = kit[node.name];
      if (!spec) {
        report(at, M.unknownComponent(node.name, names));
        continue;
      }
      for (const message of componentMessages(node.name, node, spec, (url) => {
        const path = resolveFromPage(page.file, url);
        return source.exists(path);
      }))
        report(at, message);
    }
  },
};

function componentMessages(
  name: string,
  node: MdxNode,
  spec: KitComponent,
  fileExists: (url: string) => boolean,
) {
  const messages = [];
  const allowed = [...spec.required, ...spec.optional];
  for (const prop of attributeNames(node)) {
    // "style" has its own message (rules/html.ts).
    if (prop !== 'style' && !allowed.includes(prop))
      messages.push(M.unknownProperty(name, prop, allowed));
  }
  for (const prop of spec.required) {
    const value = attributeValue(node, prop);
    if (!value.present || (!value.expression && !value.text?.trim()))
      messages.push(M.requiredProperty(name, prop));
  }
  for (const [prop, choices] of Object.entries(spec.choices ?? {})) {
    const value = attributeValue(node, prop);
    if (value.present && !choices.includes(value.text ?? ''))
      messages.push(M.propertyChoice(name, prop, value.text ?? '', choices));
  }
  for (const prop of spec.numbers ?? []) {
    const value = attributeValue(node, prop);
    // In braces, as the kit's READMEs teach: lat="21.3" is text to MDX.
    if (value.present && (value.number === undefined || !value.expression))
      messages.push(M.propertyNumber(name, prop));
  }
  const inside = descendants(node);
  if (spec.children?.kind === 'images' && inside.filter(isImage).length < spec.children.min)
    messages.push(M.childImages(name, spec.children.min));
  if (spec.children?.kind === 'component') {
    const child = spec.children.name;
    if (inside.filter((n) => isJsx(n) && n.name === child).length < spec.children.min)
      messages.push(M.childComponents(name, child, spec.children.min));
  }
  if (spec.validate) {
    const element: KitElement = {
      name,
      attribute: (prop) => attributeValue(node, prop),
      fileExists,
    };
    messages.push(...spec.validate(element));
  }
  return messages;
}
