import {
  applySplices,
  attributeSplices,
  childBlocks,
  encodeAttr,
  openTag,
  parseBlock,
  type Block,
  type Splice,
} from './jsx-block';

/**
 * The MDX component kit (src/components/mdx/kit.ts) as Sveltia CMS editor
 * components: each becomes a form block in the rich-text editor. The kit's
 * data (props, choices, numbers, children) arrives as JSON written by the
 * build, so this file has no import from the site and the bundled editor is
 * cached across builds.
 *
 * Round trip: `fromBlock` keeps the block's original text in a hidden field,
 * and `toBlock` rewrites only what the form changed (one attribute, one item),
 * so an untouched block comes back byte for byte and attributes the form does
 * not know are kept. A block the form cannot represent (an attribute holding an
 * expression, other markup among a Figure's images, a component inside a line)
 * does not match the pattern and stays in the text as it is.
 */

/** The data part of `MDX_KIT` (src/components/mdx/kit.ts), as it reaches the browser in JSON. */
interface KitSpec {
  required: readonly string[];
  optional: readonly string[];
  choices?: Readonly<Record<string, readonly string[]>>;
  numbers?: readonly string[];
  children?: { kind: 'images'; min: number } | { kind: 'component'; name: string; min: number };
}
export type Kit = Readonly<Record<string, KitSpec>>;

export interface EditorKitData {
  kit: Kit;
  /** Number ranges by prop name (from the place schema): lat, lon. */
  ranges: Record<string, { min?: number; max?: number }>;
}

/** Components whose children are text (Markdown) the editor types in a text box. */
const TEXT_CHILDREN = new Set(['Callout', 'Aside', 'TimelineItem']);
/** Props that are switches: written bare (`outsideProvince`) or left out. */
const BOOLEAN_PROPS = new Set(['outsideProvince']);
/** Number props that are whole numbers (seconds); the others are coordinates. */
const INTEGER_PROPS = new Set(['start']);

const LABELS: Record<string, string> = {
  Figure: 'Ảnh có chú thích / Figure',
  Gallery: 'Bộ ảnh / Gallery',
  Callout: 'Ghi chú nổi bật / Callout',
  Aside: 'Ghi chú bên lề / Aside',
  FactBox: 'Hộp số liệu / Fact box',
  Fact: 'Số liệu / Fact',
  Timeline: 'Dòng thời gian / Timeline',
  TimelineItem: 'Mốc / Event',
  VideoEmbed: 'Video YouTube / YouTube video',
  DocumentLink: 'Liên kết văn bản / Document link',
  PlaceMap: 'Bản đồ địa điểm / Place map',
};
const ICONS: Record<string, string> = {
  Figure: 'image',
  Gallery: 'photo_library',
  Callout: 'info',
  Aside: 'sticky_note_2',
  FactBox: 'analytics',
  Timeline: 'timeline',
  VideoEmbed: 'smart_display',
  DocumentLink: 'description',
  PlaceMap: 'location_on',
};
const PROP_LABELS: Record<string, string> = {
  caption: 'Chú thích / Caption',
  credit: 'Nguồn ảnh / Credit',
  type: 'Loại / Type',
  title: 'Tiêu đề / Title',
  source: 'Nguồn / Source',
  sourceUrl: 'Đường dẫn nguồn / Source link',
  value: 'Giá trị / Value',
  label: 'Nhãn / Label',
  date: 'Thời điểm / Date',
  id: 'Mã video YouTube (11 ký tự sau v=) / YouTube id (11 characters after v=)',
  start: 'Bắt đầu từ giây / Start at second',
  href: 'Tệp hoặc đường dẫn / File or link',
  lang: 'Ngôn ngữ văn bản (vi, en) / Document language',
  lat: 'Vĩ độ / Latitude',
  lon: 'Kinh độ / Longitude',
  precision: 'Độ chính xác / Precision',
  basis: 'Căn cứ của tọa độ / Where the point comes from',
  outsideProvince: 'Ở ngoài tỉnh / Outside the province',
  text: 'Nội dung / Text',
  images: 'Ảnh / Images',
  items: 'Mục / Items',
  src: 'Tệp ảnh / Image file',
  alt: 'Mô tả ảnh / Alt text',
};

/** The form's hidden copy of the block as it was read. */
const SOURCE = 'source_text';

/** Top-level components: the kit minus those that only live inside another. */
export function editorComponentIds(kit: Kit): string[] {
  const inner = new Set(
    Object.values(kit).flatMap((spec) =>
      spec.children?.kind === 'component' ? [spec.children.name] : [],
    ),
  );
  return Object.keys(kit).filter((name) => !inner.has(name));
}

// ---- patterns -------------------------------------------------------------

const IMAGE = String.raw`!\[[^\]\n]*\]\([^()\s]+\)`;
/** The block must end its line; the spaces after it are not part of the match. */
const lineEnd = String.raw`(?=[ \t]*$)`;

function textChildren(tag: string): string {
  // Text that contains no tag of the same name (no nesting: the form could not show it).
  return String.raw`(?:(?!<\/?${tag}\b)[\s\S])*`;
}

function elementSource(tag: string, spec: KitSpec, kit: Kit): string {
  const self = openTag(tag, true);
  const children = spec.children;
  if (children?.kind === 'images') {
    return String.raw`${openTag(tag, false)}\s*(?:${IMAGE}\s*)+<\/${tag}>`;
  }
  if (children?.kind === 'component') {
    const item = elementSource(children.name, kit[children.name]!, kit);
    return String.raw`${openTag(tag, false)}\s*(?:(?:${item})\s*)+<\/${tag}>`;
  }
  if (TEXT_CHILDREN.has(tag)) {
    return String.raw`(?:${self}|${openTag(tag, false)}${textChildren(tag)}<\/${tag}>)`;
  }
  return self;
}

/** A whole-line block: from `<Tag` at the start of a line to the end of its closing tag's line. */
function blockPattern(tag: string, kit: Kit): RegExp {
  return new RegExp(String.raw`^${elementSource(tag, kit[tag]!, kit)}${lineEnd}`, 'm');
}

// ---- reading --------------------------------------------------------------

type Props = Record<string, unknown>;

function propNames(spec: KitSpec): string[] {
  return [...spec.required, ...spec.optional];
}

function readAttrs(block: Block, spec: KitSpec): Props {
  const props: Props = {};
  for (const name of propNames(spec)) {
    const attr = block.attrs.find((a) => a.name === name);
    if (!attr) continue;
    props[name] = spec.numbers?.includes(name) ? Number(attr.value) : attr.value;
  }
  return props;
}

function readImages(text: string): { src: string; alt: string }[] {
  return [...text.matchAll(/!\[([^\]\n]*)\]\(([^()\s]+)\)/g)].map((m) => ({
    alt: m[1]!,
    src: m[2]!,
  }));
}

function readElement(text: string, tag: string, kit: Kit): Props {
  const spec = kit[tag]!;
  const block = parseBlock(text);
  const props: Props = { ...readAttrs(block, spec), [SOURCE]: text };
  const children = block.children;
  if (spec.children?.kind === 'images') props.images = readImages(children?.text ?? '');
  else if (spec.children?.kind === 'component') {
    const { name } = spec.children;
    props.items = childBlocks(children?.text ?? '', name).map((child) =>
      readElement((children?.text ?? '').slice(child.start, child.end), name, kit),
    );
  } else if (TEXT_CHILDREN.has(tag)) props.text = children ? children.text.trim() : '';
  return props;
}

// ---- writing --------------------------------------------------------------

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function attrValues(spec: KitSpec, props: Props): Props {
  return Object.fromEntries(propNames(spec).map((name) => [name, props[name]]));
}

function canonicalAttrs(spec: KitSpec, props: Props): string {
  return propNames(spec)
    .map((name) => {
      const value = props[name];
      if (value === undefined || value === null || value === '' || value === false) return '';
      return encodeAttr(name, value as string | number | boolean);
    })
    .join('');
}

function imageLines(images: unknown): string[] {
  return ((images as { src?: string; alt?: string }[] | undefined) ?? []).map(
    (image) => `![${image.alt ?? ''}](${image.src ?? ''})`,
  );
}

/** A new block, written the way the kit's README shows it. */
function writeCanonical(tag: string, props: Props, kit: Kit, indent = ''): string {
  const spec = kit[tag]!;
  const attrs = canonicalAttrs(spec, props);
  const children = spec.children;
  if (children?.kind === 'images')
    return `${indent}<${tag}${attrs}>\n${imageLines(props.images).join('\n')}\n${indent}</${tag}>`;
  if (children?.kind === 'component') {
    const items = ((props.items as Props[] | undefined) ?? []).map((item) =>
      writeElement(children.name, item, kit, `${indent}  `),
    );
    return `${indent}<${tag}${attrs}>\n${items.join('\n')}\n${indent}</${tag}>`;
  }
  const text = typeof props.text === 'string' ? props.text.trim() : '';
  if (TEXT_CHILDREN.has(tag) && text)
    return `${indent}<${tag}${attrs}>\n${indent}${text}\n${indent}</${tag}>`;
  return `${indent}<${tag}${attrs} />`;
}

/** Rewrite `props[SOURCE]` so it carries `props`, changing only what differs. */
function writeElement(tag: string, props: Props, kit: Kit, indent = ''): string {
  const source = props[SOURCE];
  if (typeof source !== 'string' || !source) return writeCanonical(tag, props, kit, indent);
  const spec = kit[tag]!;
  const before = readElement(source, tag, kit);
  const block = parseBlock(source);
  const splices: Splice[] = attributeSplices(block, attrValues(spec, props));
  const children = block.children;
  if (spec.children?.kind === 'images' && !same(before.images, props.images) && children) {
    splices.push(replaceItems(children, imageLines(props.images), imageLines(before.images)));
  } else if (spec.children?.kind === 'component' && children) {
    const name = spec.children.name;
    const items = (props.items as Props[] | undefined) ?? [];
    const old = childBlocks(children.text, name);
    const sameCount = items.length === old.length;
    if (
      sameCount &&
      items.every(
        (item, i) => item[SOURCE] === (before.items as Props[] | undefined)?.[i]?.[SOURCE],
      )
    ) {
      // Same items in the same order: rewrite each in place.
      items.forEach((item, i) => {
        const at = old[i]!;
        const text = writeElement(name, item, kit);
        const original = children.text.slice(at.start, at.end);
        if (text !== original)
          splices.push({
            start: children.start + at.start,
            end: children.start + at.end,
            text,
          });
      });
    } else {
      const indentOf = /(?:^|\n)([ \t]*)$/.exec(children.text.slice(0, old[0]?.start ?? 0));
      const lines = items.map((item) => writeElement(name, item, kit, indentOf?.[1] ?? '  '));
      splices.push(
        replaceItems(
          children,
          lines.map((line) => line.trimStart()),
          old.map((at) => children.text.slice(at.start, at.end)),
          indentOf?.[1],
        ),
      );
    }
  } else if (TEXT_CHILDREN.has(tag)) {
    const text = typeof props.text === 'string' ? props.text.trim() : '';
    if (text !== before.text) {
      if (children) {
        const lead = /^\s*/.exec(children.text)![0];
        const trail = /\s*$/.exec(children.text)![0];
        splices.push({
          start: children.start,
          end: children.end,
          text: text ? `${lead}${text}${trail}` : lead.includes('\n') ? '\n' : '',
        });
      } else if (text) {
        // A self-closing tag that now has text.
        const close = source.lastIndexOf('/>');
        return `${source.slice(0, close).trimEnd()}>\n${text}\n</${tag}>${source.slice(close + 2)}`;
      }
    }
  }
  return applySplices(source, splices);
}

/** Replace a list of children lines, keeping the whitespace before the first and after the last. */
function replaceItems(
  children: { start: number; end: number; text: string },
  lines: string[],
  oldLines: string[],
  indent?: string,
): Splice {
  const lead = /^\s*/.exec(children.text)![0];
  const trail = /\s*$/.exec(children.text)![0];
  const firstGap = oldLines.length > 1 ? gapBetween(children.text, oldLines) : undefined;
  const separator = firstGap ?? `\n${indent ?? ''}`;
  return {
    start: children.start,
    end: children.end,
    text: `${lead}${lines.join(separator)}${trail}`,
  };
}

function gapBetween(text: string, lines: string[]): string | undefined {
  const first = text.indexOf(lines[0]!);
  const second = text.indexOf(lines[1]!, first + lines[0]!.length);
  return first >= 0 && second >= 0 ? text.slice(first + lines[0]!.length, second) : undefined;
}

// ---- form fields ----------------------------------------------------------

interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  [option: string]: unknown;
}

function propField(name: string, spec: KitSpec, data: EditorKitData): CmsField {
  const label = PROP_LABELS[name] ?? name;
  const required = spec.required.includes(name);
  const choices = spec.choices?.[name];
  if (choices) return { name, label, widget: 'select', required, options: [...choices] };
  if (BOOLEAN_PROPS.has(name)) return { name, label, widget: 'boolean', required: false };
  if (spec.numbers?.includes(name)) {
    const range = data.ranges[name] ?? {};
    const integer = INTEGER_PROPS.has(name);
    return {
      name,
      label,
      widget: 'number',
      required,
      value_type: integer ? 'int' : 'float',
      ...(integer ? { min: 0 } : { step: 0.00001 }),
      ...range,
    };
  }
  return { name, label, widget: 'string', required };
}

function componentFields(tag: string, data: EditorKitData): CmsField[] {
  const { kit } = data;
  const spec = kit[tag]!;
  const fields: CmsField[] = propNames(spec).map((name) => propField(name, spec, data));
  const children = spec.children;
  if (children?.kind === 'images') {
    fields.push({
      name: 'images',
      label: PROP_LABELS.images!,
      widget: 'list',
      min: children.min,
      summary: '{{fields.alt}}',
      fields: [
        { name: 'src', label: PROP_LABELS.src!, widget: 'image', choose_url: false },
        { name: 'alt', label: PROP_LABELS.alt!, widget: 'string', required: true },
      ],
    });
  } else if (children?.kind === 'component') {
    fields.push({
      name: 'items',
      label: LABELS[children.name] ?? children.name,
      widget: 'list',
      min: children.min,
      fields: componentFields(children.name, data),
    });
  } else if (TEXT_CHILDREN.has(tag)) {
    fields.push({ name: 'text', label: PROP_LABELS.text!, widget: 'text', required: false });
  }
  fields.push({ name: SOURCE, label: SOURCE, widget: 'hidden', required: false });
  return fields;
}

// ---- preview --------------------------------------------------------------

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A simplified rendering with the site's class names, styled by its own component CSS. */
function previewHtml(tag: string, props: Props): string {
  const e = escapeHtml;
  const images = (props.images as { alt?: string }[] | undefined) ?? [];
  const items = (props.items as Props[] | undefined) ?? [];
  switch (tag) {
    case 'Callout':
    case 'Aside': {
      const type = typeof props.type === 'string' ? props.type : 'note';
      return `<aside class="mdx-callout mdx-callout--${e(type)}"><p class="mdx-callout__title">${e(props.title ?? type)}</p><p>${e(props.text)}</p></aside>`;
    }
    case 'Figure':
    case 'Gallery':
      return `<figure class="mdx-${tag.toLowerCase()}">${images.map((i) => `<p>[${e(i.alt)}]</p>`).join('')}<figcaption>${e(props.caption)}${props.credit ? ` — ${e(props.credit)}` : ''}</figcaption></figure>`;
    case 'FactBox':
      return `<aside class="mdx-factbox"><p class="mdx-factbox__title">${e(props.title)}</p><dl>${items.map((f) => `<div class="mdx-fact"><dt>${e(f.label)}</dt><dd><span class="mdx-fact__value">${e(f.value)}</span></dd></div>`).join('')}</dl><p class="mdx-factbox__source">${e(props.source)}</p></aside>`;
    case 'Timeline':
      return `<section class="mdx-timeline">${props.title ? `<p class="mdx-timeline__title">${e(props.title)}</p>` : ''}<ol>${items.map((i) => `<li class="mdx-timeline-item"><p class="mdx-timeline-item__date">${e(i.date)}</p><p class="mdx-timeline-item__title">${e(i.title)}</p><p>${e(i.text)}</p></li>`).join('')}</ol></section>`;
    case 'VideoEmbed':
      return `<figure class="mdx-video"><p>▶ ${e(props.title)} (YouTube ${e(props.id)})</p></figure>`;
    case 'DocumentLink':
      return `<p class="mdx-doclink"><a href="#">${e(props.title)}</a> <span class="mdx-doclink__meta">(${e(props.href)})</span></p>`;
    case 'PlaceMap':
      return `<div class="mdx-placemap"><p>📍 ${e(props.label)} — ${e(props.lat)}, ${e(props.lon)} (${e(props.precision)})</p></div>`;
    default:
      return `<p>&lt;${e(tag)}&gt;</p>`;
  }
}

// ---- definitions for CMS.registerEditorComponent ---------------------------

export interface EditorComponent {
  id: string;
  label: string;
  icon?: string;
  fields: CmsField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Props;
  toBlock: (props: Props) => string;
  toPreview: (props: Props) => string;
}

export function editorComponents(data: EditorKitData): EditorComponent[] {
  const { kit } = data;
  return editorComponentIds(kit).map((tag) => ({
    id: tag,
    label: LABELS[tag] ?? tag,
    ...(ICONS[tag] ? { icon: ICONS[tag] } : {}),
    fields: componentFields(tag, data),
    pattern: blockPattern(tag, kit),
    fromBlock: (match) => readElement(match[0], tag, kit),
    toBlock: (props) => writeElement(tag, props, kit),
    toPreview: (props) => previewHtml(tag, props),
  }));
}
