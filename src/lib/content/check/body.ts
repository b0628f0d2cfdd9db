import { mdxToMdast } from 'satteri';
import { MDX_KIT, KIT_NAMES, VIDEO_ID, type KitComponent } from '../../../components/mdx/kit';
import { placeSchema } from '../schemas';
import { hasPlaceholder } from './placeholders';
import { issueToMessages } from './zod-issues';

/**
 * Checks the text of a page (below the frontmatter) with the same MDX parser
 * the build uses, before the build: syntax, components, images, placeholders.
 * Internal links are collected here and resolved later against the route table,
 * because only the whole site knows which pages exist.
 */

export interface BodyMessage {
  line: number;
  en: string;
  vi: string;
  /** Placeholders are warnings in `astro dev` and errors when publishing. */
  placeholder?: boolean;
}

export interface BodyLink {
  url: string;
  line: number;
}

export interface AssetResolver {
  /** Does `url` (relative to the MDX file, or `/…` in public/) name an existing file? */
  exists(url: string): boolean;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const IMAGE_EXT = /\.(svg|png|jpe?g|webp|avif|gif)$/i;
/** Elements that would break the security policy or the page; each has a kit replacement. */
const FORBIDDEN_HTML: Record<string, [string, string]> = {
  script: [
    "scripts are blocked by the site's security policy",
    'mã script bị chính sách bảo mật của trang chặn',
  ],
  style: [
    "inline styles are blocked by the site's security policy",
    'kiểu (style) viết trực tiếp bị chính sách bảo mật của trang chặn',
  ],
  iframe: [
    'embedded frames load third-party content without consent: use <VideoEmbed> for videos',
    'khung nhúng tải nội dung bên thứ ba khi chưa được đồng ý: dùng <VideoEmbed> cho video',
  ],
  object: [
    'embedded objects are not allowed: use <DocumentLink>',
    'không được nhúng đối tượng: dùng <DocumentLink>',
  ],
  embed: [
    'embedded objects are not allowed: use <DocumentLink>',
    'không được nhúng đối tượng: dùng <DocumentLink>',
  ],
  form: ['forms cannot work on this static site', 'biểu mẫu không hoạt động trên trang tĩnh này'],
};

type Attr = { present: boolean; text?: string; number?: number; expression?: boolean };

function attribute(node: Node, name: string): Attr {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return { present: false };
  const value = attr.value;
  if (value === null || value === undefined) return { present: true, text: '' };
  if (typeof value === 'string') {
    const n = value.trim() === '' ? Number.NaN : Number(value);
    return { present: true, text: value, ...(Number.isFinite(n) ? { number: n } : {}) };
  }
  const source = String((value as { value?: string }).value ?? '').trim();
  const n = source === '' ? Number.NaN : Number(source);
  if (/^(true|false)$/.test(source)) return { present: true, text: source, expression: true };
  return {
    present: true,
    expression: true,
    text: source.replace(/^(['"`])(.*)\1$/s, '$2'),
    ...(Number.isFinite(n) ? { number: n } : {}),
  };
}

function descendants(node: Node): Node[] {
  return (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

const isImage = (n: Node) =>
  n.type === 'image' ||
  ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'img');
const isJsx = (n: Node) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

export function inspectBody(
  body: string,
  bodyLine: number,
  assets: AssetResolver,
): { messages: BodyMessage[]; links: BodyLink[] } {
  const messages: BodyMessage[] = [];
  const links: BodyLink[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const text = String((error as Error).message);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    const reason = text.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
    return {
      messages: [
        {
          line: at ? Number(at[1]) + bodyLine - 1 : bodyLine,
          en: `the text cannot be read as MDX: ${reason}. Common causes: a "<" or "{" in ordinary text (write \\< or \\{), an HTML comment <!-- --> (not allowed in MDX), or a component tag that is not closed (<Fact … />)`,
          vi: `không đọc được văn bản MDX: ${reason}. Nguyên nhân thường gặp: dấu "<" hoặc "{" trong câu văn (viết \\< hoặc \\{), chú thích HTML <!-- --> (MDX không cho phép), hoặc thẻ thành phần chưa đóng (<Fact … />)`,
        },
      ],
      links,
    };
  }

  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const add = (node: Node, en: string, vi: string, placeholder = false) =>
    messages.push({ line: lineOf(node), en, vi, ...(placeholder ? { placeholder } : {}) });

  const checkImageUrl = (node: Node, url: string, what: string) => {
    if (/^https?:\/\//i.test(url)) {
      add(
        node,
        `${what} "${url}" is loaded from another website, which tells that site who reads this page: download the image (with permission) and put it beside this file`,
        `${what} "${url}" được tải từ trang web khác, làm lộ thông tin người đọc cho trang đó: hãy tải ảnh về (khi được phép) và đặt cạnh tệp này`,
      );
    } else if (!IMAGE_EXT.test(url.split(/[?#]/)[0]!)) {
      add(
        node,
        `${what} "${url}" is not an image file: use .jpg, .png, .webp, .avif, .gif or .svg`,
        `${what} "${url}" không phải tệp ảnh: dùng .jpg, .png, .webp, .avif, .gif hoặc .svg`,
      );
    } else if (!assets.exists(url)) {
      add(
        node,
        `the image file "${url}" does not exist: check the file name (capital letters and accents count) and that the file is in the topic folder`,
        `không tìm thấy tệp ảnh "${url}": kiểm tra tên tệp (chữ hoa, dấu đều có phân biệt) và tệp đã nằm trong thư mục của bài chưa`,
      );
    }
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        return; // Code is shown as written: no components, links or markers inside.
      case 'mdxjsEsm':
        add(
          node,
          'import and export lines are not needed and not allowed: the components of the kit are available without them. Delete this line',
          'không cần và không được viết dòng import/export: các thành phần trong bộ công cụ dùng được ngay. Hãy xóa dòng này',
        );
        return;
      case 'text':
        if (node.value && hasPlaceholder(node.value)) {
          add(
            node,
            `a placeholder is still in the text ("${node.value.trim().slice(0, 60)}"): write the real text in its place`,
            `văn bản còn chỗ cần điền ("${node.value.trim().slice(0, 60)}"): hãy viết nội dung thật thay thế`,
            true,
          );
        }
        return;
      case 'image':
        if (!node.alt?.trim()) {
          add(
            node,
            `the image "${node.url}" has no alt text: write what it shows between the brackets, e.g. ![Xòe dancers in Mường Lò](${node.url})`,
            `ảnh "${node.url}" chưa có mô tả thay thế (alt): viết nội dung ảnh trong dấu ngoặc vuông, ví dụ ![Múa xòe ở Mường Lò](${node.url})`,
          );
        }
        checkImageUrl(node, node.url ?? '', 'the image');
        return;
      case 'link':
      case 'definition':
        if (node.url) links.push({ url: node.url, line: lineOf(node) });
        break;
    }
    if (isJsx(node)) inspectElement(node);
    for (const child of node.children ?? []) visit(child);
  };

  const inspectElement = (node: Node) => {
    const name = node.name;
    if (!name) return; // a fragment <>…</>
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && attr.name === 'style') {
        add(
          node,
          `<${name}> has a "style" attribute, which the site's security policy blocks: remove it; ask a developer if a new style is needed`,
          `<${name}> có thuộc tính "style" bị chính sách bảo mật chặn: hãy xóa; cần kiểu trình bày mới thì nhờ lập trình viên`,
        );
      }
      if (
        attr.type === 'mdxJsxAttribute' &&
        typeof attr.value === 'string' &&
        hasPlaceholder(attr.value)
      ) {
        add(
          node,
          `<${name} ${attr.name}> still holds a placeholder ("${attr.value}"): write the real value`,
          `<${name} ${attr.name}> còn chỗ cần điền ("${attr.value}"): hãy nhập giá trị thật`,
          true,
        );
      }
    }
    if (/^[a-z][a-z0-9-]*$/.test(name)) {
      const forbidden = FORBIDDEN_HTML[name];
      if (forbidden)
        add(
          node,
          `<${name}> is not allowed: ${forbidden[0]}`,
          `không được dùng <${name}>: ${forbidden[1]}`,
        );
      if (name === 'img') {
        const alt = attribute(node, 'alt');
        const src = attribute(node, 'src');
        if (!alt.text?.trim())
          add(
            node,
            '<img> has no alt text: add alt="what the image shows", or better use ![alt](./file.jpg)',
            '<img> chưa có mô tả thay thế: thêm alt="nội dung ảnh", hoặc tốt hơn dùng ![mô tả](./tep.jpg)',
          );
        if (src.text) checkImageUrl(node, src.text, 'the image');
      }
      if (name === 'a') {
        const href = attribute(node, 'href');
        if (href.text) links.push({ url: href.text, line: lineOf(node) });
      }
      return;
    }
    if (!(KIT_NAMES as string[]).includes(name)) {
      add(
        node,
        `<${name}> is not a component of this site, so the page would fail to build: check the spelling (capital letters count) or use one of ${KIT_NAMES.join(', ')}`,
        `<${name}> không phải thành phần của trang, trang sẽ không dựng được: kiểm tra chính tả (phân biệt chữ hoa) hoặc dùng một trong ${KIT_NAMES.join(', ')}`,
      );
      return;
    }
    inspectKitElement(node, name as keyof typeof MDX_KIT);
  };

  const inspectKitElement = (node: Node, name: keyof typeof MDX_KIT) => {
    const spec: KitComponent = MDX_KIT[name];
    const allowed = [...spec.required, ...spec.optional];
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name || attr.name === 'style') continue;
      if (!allowed.includes(attr.name)) {
        add(
          node,
          `<${name}> has no property "${attr.name}": use ${allowed.join(', ')}`,
          `<${name}> không có thuộc tính "${attr.name}": dùng ${allowed.join(', ')}`,
        );
      }
    }
    for (const prop of spec.required) {
      const value = attribute(node, prop);
      if (!value.present || (!value.expression && !value.text?.trim())) {
        add(
          node,
          `<${name}> needs ${prop}="…" (required)`,
          `<${name}> cần thuộc tính ${prop}="…" (bắt buộc)`,
        );
      }
    }
    for (const [prop, choices] of Object.entries(spec.choices ?? {})) {
      const value = attribute(node, prop);
      if (value.present && !choices.includes(value.text ?? '')) {
        add(
          node,
          `<${name} ${prop}="${value.text}"> is not allowed: use one of ${choices.join(', ')}`,
          `<${name} ${prop}="${value.text}"> không hợp lệ: dùng một trong ${choices.join(', ')}`,
        );
      }
    }
    for (const prop of spec.numbers ?? []) {
      const value = attribute(node, prop);
      if (value.present && value.number === undefined) {
        add(
          node,
          `<${name} ${prop}> must be a number, e.g. ${prop}={21.327}`,
          `<${name} ${prop}> phải là số, ví dụ ${prop}={21.327}`,
        );
      }
    }
    const inside = descendants(node);
    if (spec.children?.kind === 'images') {
      const count = inside.filter(isImage).length;
      if (count < spec.children.min) {
        add(
          node,
          `<${name}> must contain at least ${spec.children.min} image(s) written ![alt text](./file.jpg) on their own lines`,
          `<${name}> phải chứa ít nhất ${spec.children.min} ảnh, mỗi ảnh một dòng dạng ![mô tả](./tep.jpg)`,
        );
      }
    }
    if (spec.children?.kind === 'component') {
      const childName = spec.children.name;
      const count = inside.filter((n) => isJsx(n) && n.name === childName).length;
      if (count < spec.children.min) {
        add(
          node,
          `<${name}> must contain at least ${spec.children.min} <${childName} … /> inside it`,
          `<${name}> phải chứa ít nhất ${spec.children.min} <${childName} … /> bên trong`,
        );
      }
    }
    if (name === 'VideoEmbed') {
      const id = attribute(node, 'id');
      if (id.text && !VIDEO_ID.test(id.text)) {
        add(
          node,
          `<VideoEmbed id="${id.text}"> is not a YouTube video id: use the 11 characters after "v=" in the video's address, e.g. id="aBcD3fGh1jK"`,
          `<VideoEmbed id="${id.text}"> không phải mã video YouTube: dùng 11 ký tự sau "v=" trong địa chỉ video, ví dụ id="aBcD3fGh1jK"`,
        );
      }
    }
    if (name === 'DocumentLink') {
      const href = attribute(node, 'href').text ?? '';
      if (href.startsWith('/') && !/^\/(vi|en)\//.test(href)) {
        if (!assets.exists(href))
          add(
            node,
            `<DocumentLink href="${href}">: the file public${href} does not exist: check the name, or add the file under public/documents/`,
            `<DocumentLink href="${href}">: không có tệp public${href}: kiểm tra tên, hoặc thêm tệp vào public/documents/`,
          );
      } else if (href && !/^https?:\/\//.test(href)) {
        add(
          node,
          `<DocumentLink href="${href}"> must be a file in public/ (href="/documents/name.pdf") or a web address starting with https://`,
          `<DocumentLink href="${href}"> phải là tệp trong public/ (href="/documents/ten-tep.pdf") hoặc địa chỉ web bắt đầu bằng https://`,
        );
      }
    }
    if (name === 'PlaceMap') {
      const lat = attribute(node, 'lat').number;
      const lon = attribute(node, 'lon').number;
      const outside = attribute(node, 'outsideProvince');
      if (lat !== undefined && lon !== undefined) {
        const result = placeSchema.safeParse({
          lat,
          lon,
          precision: attribute(node, 'precision').text,
          outsideProvince: outside.present && outside.text !== 'false',
        });
        for (const issue of result.success ? [] : result.error.issues) {
          if (issue.path[0] === 'precision') continue; // reported above with the component's wording
          for (const m of issueToMessages(issue, { lat, lon }))
            add(node, `<PlaceMap>: ${m.en}`, `<PlaceMap>: ${m.vi}`);
        }
      }
    }
  };

  visit(tree);
  return { messages, links };
}
