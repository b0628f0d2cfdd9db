/**
 * Just enough of MDX's JSX to read and rewrite one component block losslessly:
 * where each attribute and the children sit in the text, so that an edit in the
 * form changes only the attribute or the lines it concerns and everything else
 * (attribute order, quotes, spacing, attributes the form does not know) stays
 * byte for byte. Used in the browser (Sveltia's editor components) and in tests.
 */

export type AttrValue = string | number | boolean;

interface Attr {
  name: string;
  value: AttrValue;
  /** Offsets of ` name="value"` (leading whitespace included) in the text, and that text. */
  start: number;
  end: number;
  text: string;
}

export interface Block {
  tag: string;
  attrs: Attr[];
  /** Where new attributes go: after the last attribute (before `/>` or `>`). */
  attrsEnd: number;
  /** Children text, when the tag is not self-closing. */
  children?: { start: number; end: number; text: string };
}

/** A value the form can edit: text in quotes, a number, true/false or a quoted string in braces. */
const VALUE = String.raw`(?:"[^"]*"|\{(?:-?\d+(?:\.\d+)?|true|false|"(?:[^"\\]|\\.)*")\})`;
/** One attribute: ` name`, ` name="…"`, ` name={…}` (also across lines). */
const ATTR = String.raw`\s+[A-Za-z_][\w-]*(?:=${VALUE})?`;

/** `<Tag attrs… />` or `<Tag attrs…>` — the opening tag, source for a RegExp. */
export function openTag(tag: string, selfClosing: boolean): string {
  return String.raw`<${tag}(?:${ATTR})*\s*${selfClosing ? '/>' : '>'}`;
}

function decode(raw: string | undefined): AttrValue {
  if (raw === undefined) return true;
  if (raw.startsWith('"')) return raw.slice(1, -1);
  const inner = raw.slice(1, -1);
  if (inner === 'true') return true;
  if (inner === 'false') return false;
  if (inner.startsWith('"')) return JSON.parse(inner) as string;
  return Number(inner);
}

/** ` name="value"`, or `{…}` when the text has a double quote; numbers in braces, true bare. */
export function encodeAttr(name: string, value: AttrValue): string {
  if (value === true) return ` ${name}`;
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${name}={${value}}`;
  return value.includes('"') ? ` ${name}={${JSON.stringify(value)}}` : ` ${name}="${value}"`;
}

/** Read the block starting at `offset` of `text` (which must start with `<Tag`). */
export function parseBlock(text: string, offset = 0): Block & { end: number } {
  const head = new RegExp(String.raw`<([A-Za-z][\w]*)`, 'y');
  head.lastIndex = offset;
  const tagMatch = head.exec(text);
  if (!tagMatch) throw new Error(`No component tag at ${offset}: ${text.slice(offset, 40)}`);
  const tag = tagMatch[1]!;
  const attrPattern = new RegExp(String.raw`\s+([A-Za-z_][\w-]*)(?:=(${VALUE}))?`, 'y');
  const attrs: Attr[] = [];
  let at = head.lastIndex;
  for (;;) {
    attrPattern.lastIndex = at;
    const match = attrPattern.exec(text);
    if (!match) break;
    attrs.push({
      name: match[1]!,
      value: decode(match[2]),
      start: at,
      end: attrPattern.lastIndex,
      text: match[0],
    });
    at = attrPattern.lastIndex;
  }
  const attrsEnd = at;
  const close = /\s*(\/?)>/y;
  close.lastIndex = at;
  const closeMatch = close.exec(text);
  if (!closeMatch) throw new Error(`<${tag}> is not closed`);
  if (closeMatch[1] === '/') return { tag, attrs, attrsEnd, end: close.lastIndex };
  const childrenStart = close.lastIndex;
  // The matching close tag: count nested tags of the same name.
  const tags = new RegExp(String.raw`<(/?)${tag}\b[^>]*?(/?)>`, 'g');
  tags.lastIndex = childrenStart;
  let depth = 1;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1] === '/') depth -= 1;
    else if (m[2] !== '/') depth += 1;
    if (depth === 0) {
      return {
        tag,
        attrs,
        attrsEnd,
        children: { start: childrenStart, end: m.index, text: text.slice(childrenStart, m.index) },
        end: tags.lastIndex,
      };
    }
  }
  throw new Error(`<${tag}> has no </${tag}>`);
}

/** The children's tags of `tag`, in order, with their offsets inside `text`. */
export function childBlocks(text: string, tag: string): (Block & { start: number; end: number })[] {
  const blocks: (Block & { start: number; end: number })[] = [];
  const find = new RegExp(String.raw`<${tag}\b`, 'g');
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const block = parseBlock(text, m.index);
    blocks.push({ ...block, start: m.index });
    find.lastIndex = block.end;
  }
  return blocks;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping replacements to `text`. */
export function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const { start, end, text: insert } of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + insert + out.slice(end);
  return out;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Rewrite the attributes of a block so they carry `values`: an attribute whose
 * value is unchanged keeps its bytes; a changed one is rewritten in place; a
 * new one is added after the others; an emptied one (or `false`) is removed.
 * Names not in `values` are left alone, so attributes the form does not know survive.
 */
export function attributeSplices(block: Block, values: Record<string, unknown>): Splice[] {
  const splices: Splice[] = [];
  for (const [name, wanted] of Object.entries(values)) {
    const attr = block.attrs.find((a) => a.name === name);
    const empty = isEmpty(wanted) || wanted === false;
    if (attr) {
      if (empty) splices.push({ start: attr.start, end: attr.end, text: '' });
      else if (String(attr.value) !== String(wanted)) {
        const lead = /^\s+/.exec(attr.text)?.[0] ?? ' ';
        splices.push({
          start: attr.start,
          end: attr.end,
          text: encodeAttr(name, wanted as AttrValue).replace(/^ /, lead),
        });
      }
    } else if (!empty) {
      splices.push({
        start: block.attrsEnd,
        end: block.attrsEnd,
        text: encodeAttr(name, wanted as AttrValue),
      });
    }
  }
  return splices;
}
