import { mdxToMdast } from 'satteri';

/**
 * The text of a page (below the frontmatter) as a tree, parsed by the same MDX
 * parser the build uses, and the few questions rules ask of it.
 */

export interface MdxNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdxNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export type ParsedBody = { ok: true; tree: MdxNode } | { ok: false; line: number; reason: string };

/** `bodyLine` is the file line the body starts on, so lines in messages are file lines. */
export function parseBody(body: string, bodyLine: number): ParsedBody {
  try {
    return { ok: true, tree: mdxToMdast(body) as unknown as MdxNode };
  } catch (error) {
    const text = String((error as Error).message);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    return {
      ok: false,
      line: at ? Number(at[1]) + bodyLine - 1 : bodyLine,
      reason: text.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, ''),
    };
  }
}

export const isJsx = (node: MdxNode) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export const isImage = (node: MdxNode) =>
  node.type === 'image' || (isJsx(node) && node.name === 'img');

/** Lower-case names are HTML elements; capitalised ones are components. */
export const isHtmlElement = (node: MdxNode) =>
  isJsx(node) && !!node.name && /^[a-z][a-z0-9-]*$/.test(node.name);

export function descendants(node: MdxNode): MdxNode[] {
  return (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

/** Every node in document order, except inside code, which is shown as written. */
export function nodesOf(tree: MdxNode): MdxNode[] {
  const out: MdxNode[] = [];
  const visit = (node: MdxNode) => {
    if (node.type === 'code' || node.type === 'inlineCode') return;
    out.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/**
 * An attribute as the editor wrote it: `text` for `a="x"` and for the source
 * of `a={x}` (quotes dropped), `number` when that text is a number, and
 * `expression` when it was written in braces.
 */
export interface AttributeValue {
  present: boolean;
  text?: string;
  number?: number;
  expression?: boolean;
}

const asNumber = (text: string) => {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? { number: n } : {};
};

export function attributeValue(node: MdxNode, name: string): AttributeValue {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return { present: false };
  const value = attr.value;
  if (value === null || value === undefined) return { present: true, text: '' };
  if (typeof value === 'string') return { present: true, text: value, ...asNumber(value) };
  const source = String((value as { value?: string }).value ?? '').trim();
  if (/^(true|false)$/.test(source)) return { present: true, text: source, expression: true };
  return {
    present: true,
    expression: true,
    text: source.replace(/^(['"`])(.*)\1$/s, '$2'),
    ...asNumber(source),
  };
}

/** Names of the plain `name="…"` / `name={…}` attributes of an element. */
export function attributeNames(node: MdxNode): string[] {
  return (node.attributes ?? []).flatMap((a) =>
    a.type === 'mdxJsxAttribute' && a.name ? [a.name] : [],
  );
}
