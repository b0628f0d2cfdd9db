import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { isLocale, type Locale } from '../../../i18n/locales';
import {
  planRoutes,
  type RouteEntry,
  type RouteProblem,
  type TopicRef,
} from '../../routes/route-table';
import { checkContentLayout, CONTENT_COLLECTIONS } from './layout';
import { localeOfTopicFile, topicFilePath } from '../topic-files';
import { schemas, SLUG_PATTERN, type CollectionName } from '../schemas';
import { inspectBody, type BodyLink } from './body';
import { contentFiles } from './files';
import { splitFrontmatter } from './frontmatter';
import { placeholderPaths } from './placeholders';
import { problem, type Problem } from './problem';
import { fieldPath, issueToMessages, valueAt } from './zod-issues';

/**
 * The content checker behind `npm run content:check` and the build: every
 * content file is either a page or a reported problem. It reads `content/`
 * and `public/` under `root`, validates frontmatter with the same schemas as
 * Astro, checks the MDX text, pairs translations and resolves internal links
 * with the route table the site itself is built from.
 */

export type CheckMode = 'build' | 'dev';

export interface CheckResult {
  problems: Problem[];
  /** Number of MDX files looked at. */
  files: number;
}

/** Language names inside the English and the Vietnamese message. */
const LANGUAGE_NAMES: Record<'en' | 'vi', Record<Locale, string>> = {
  en: { vi: 'Vietnamese', en: 'English' },
  vi: { vi: 'tiếng Việt', en: 'tiếng Anh' },
};

const IMAGE_EXT = /\.(svg|png|jpe?g|webp|avif|gif)$/i;

/** Astro's `image()` stand-in: a path beside the MDX file that exists and is an image. */
function imageStandIn(dir: string) {
  return () =>
    z
      .string({ error: 'an image path such as ./cover.jpg / đường dẫn ảnh, ví dụ ./cover.jpg' })
      .superRefine((src, ctx) => {
        if (!src.startsWith('./') && !src.startsWith('../')) {
          ctx.addIssue({
            code: 'custom',
            message: `"${src}" must be a file beside the page, written "./${src.replace(/^.*\//, '')}" / "${src}" phải là tệp cạnh trang, viết "./${src.replace(/^.*\//, '')}"`,
          });
        } else if (!IMAGE_EXT.test(src)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${src}" is not an image: use .jpg, .png, .webp, .avif, .gif or .svg / "${src}" không phải ảnh: dùng .jpg, .png, .webp, .avif, .gif hoặc .svg`,
          });
        } else if (!existsSync(join(dir, src))) {
          ctx.addIssue({
            code: 'custom',
            message: `the image file "${src}" does not exist in the topic folder: check the file name (capital letters count) or add the file / không tìm thấy tệp ảnh "${src}" trong thư mục bài: kiểm tra tên tệp (phân biệt chữ hoa) hoặc thêm tệp`,
          });
        }
      });
}

interface Page {
  file: string;
  collection: CollectionName;
  topic: string;
  locale: Locale;
  links: BodyLink[];
}

function routeProblem(p: RouteProblem, mode: CheckMode): Problem {
  switch (p.kind) {
    case 'missing-translation':
      return problem(
        p.file,
        'translation',
        `has no published translation: create ${p.missing} (or fix the errors in it)`,
        `chưa có bản dịch được xuất bản: tạo ${p.missing} (hoặc sửa lỗi trong tệp đó)`,
      );
    case 'draft-translation':
      return problem(
        p.file,
        'draft',
        `is published but its translation ${p.draft} is a draft: publish both (draft: false) or mark both as drafts (draft: true)`,
        `đã xuất bản nhưng bản dịch ${p.draft} vẫn là bản nháp: xuất bản cả hai (draft: false) hoặc để cả hai là bản nháp (draft: true)`,
      );
    case 'path-clash':
      return problem(
        p.file,
        'slug',
        `the address ${p.path} is already used by ${p.other}: give one of them another "slug"`,
        `địa chỉ ${p.path} đã được dùng cho ${p.other}: hãy đặt "slug" khác cho một trong hai trang`,
        mode === 'build' ? 'error' : 'warning',
      );
  }
}

export function checkContent(root: string, { mode = 'build' as CheckMode } = {}): CheckResult {
  const contentDir = join(root, 'content');
  const publicDir = join(root, 'public');
  const problems: Problem[] = [];
  const paths = existsSync(contentDir) ? contentFiles(contentDir) : [];

  const layout = checkContentLayout(paths);
  for (const p of layout)
    problems.push(problem(p.file, 'file', `${p.problem}: ${p.fix}`, `${p.problemVi}: ${p.fixVi}`));

  const refs: TopicRef[] = [];
  const pages: Page[] = [];
  const placeholderSeverity = mode === 'build' ? 'error' : 'warning';

  for (const path of paths) {
    const [collection, topic, name, ...rest] = path.split('/');
    const lang = localeOfTopicFile(name ?? '');
    if (rest.length > 0 || !lang || !CONTENT_COLLECTIONS.includes(collection!)) continue;
    const file = `content/${path}`;
    const abs = join(contentDir, path);
    const dir = dirname(abs);
    const split = splitFrontmatter(readFileSync(abs, 'utf8'));
    if (!split.ok) {
      problems.push(
        split.reason === 'missing'
          ? problem(
              file,
              'frontmatter',
              'the file does not start with a frontmatter block between two "---" lines: copy the top of another page (or use npm run new) and fill it in',
              'tệp không bắt đầu bằng khối thông tin giữa hai dòng "---": sao chép phần đầu của một trang khác (hoặc dùng npm run new) rồi điền lại',
            )
          : problem(
              file,
              `frontmatter, line ${split.line}`,
              `the frontmatter cannot be read (${split.message}): check indentation, that each line is "field: value", and put text containing ":" or "#" in quotes`,
              `không đọc được phần thông tin (${split.message}): kiểm tra thụt lề, mỗi dòng dạng "trường: giá trị", và đặt văn bản có dấu ":" hoặc "#" trong ngoặc kép`,
            ),
      );
      continue;
    }
    const { data } = split;
    const name_ = collection as CollectionName;

    // Placeholders first: a field still saying "CẦN ĐIỀN:" gets one clear message, not a type error too.
    const marked = placeholderPaths(data);
    for (const at of marked) {
      problems.push(
        problem(
          file,
          fieldPath(at),
          `still holds the placeholder "${String(valueAt(data, at))}": replace it with the real value`,
          `vẫn còn nội dung mẫu "${String(valueAt(data, at))}": hãy thay bằng giá trị thật`,
          placeholderSeverity,
        ),
      );
    }
    const isMarked = (path: readonly PropertyKey[]) =>
      marked.some((m) => m.length <= path.length && m.every((key, i) => key === path[i]));

    const parsed = schemas[name_](imageStandIn(dir) as never).safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (isMarked(issue.path)) continue;
        for (const m of issueToMessages(issue, data))
          problems.push(problem(file, m.field, m.en, m.vi));
      }
    }

    const body = inspectBody(split.body, split.bodyLine, {
      exists: (url) => {
        const clean = decodeURI(url.split(/[?#]/)[0]!);
        return clean.startsWith('/')
          ? existsSync(join(publicDir, clean))
          : existsSync(resolve(dir, clean));
      },
    });
    for (const m of body.messages) {
      problems.push(
        problem(file, `line ${m.line}`, m.en, m.vi, m.placeholder ? placeholderSeverity : 'error'),
      );
    }

    const slug = data.slug;
    if (typeof slug === 'string' && SLUG_PATTERN.test(slug)) {
      const draft = data.draft === true;
      refs.push({
        collection: name_,
        topic: topic!,
        locale: lang,
        slug,
        id: `${topic}/${lang}`,
        draft,
      });
      pages.push({ file, collection: name_, topic: topic!, locale: lang, links: body.links });
      if (draft && mode === 'build') {
        problems.push(
          problem(
            file,
            'draft',
            'is a draft (draft: true), so it is left out of the published site',
            'là bản nháp (draft: true) nên không được xuất bản',
            'note',
          ),
        );
      }
    }
  }

  // Pairing and addresses, by the rules the site is built with. A topic the
  // layout check already reported as missing a language is not reported twice.
  const reported = new Set(layout.map((p) => p.file));
  const published = planRoutes(refs, { includeDrafts: mode === 'dev' });
  for (const p of published.problems) {
    if (p.kind === 'missing-translation' && reported.has(p.missing)) continue;
    if (p.kind === 'missing-translation' && !existsSync(join(root, p.missing))) continue;
    problems.push(routeProblem(p, mode));
  }
  if (mode === 'build') {
    // A draft that will clash once it is published: say so now.
    const seen = new Set(published.problems.map((p) => p.message));
    for (const p of planRoutes(refs, { includeDrafts: true }).problems) {
      if (p.kind === 'path-clash' && !seen.has(p.message))
        problems.push({ ...routeProblem(p, 'dev'), severity: 'warning' });
    }
  }

  const drafts = mode === 'build' ? planRoutes(refs, { includeDrafts: true }).routes : [];
  for (const page of pages) {
    for (const link of page.links) {
      const found = checkLink(link.url, page.locale, published.routes, drafts, publicDir);
      if (found) problems.push(problem(page.file, `line ${link.line}`, found[0], found[1]));
    }
  }

  return { problems, files: pages.length };
}

/** Why an internal link would not work, or undefined when it does. */
export function checkLink(
  url: string,
  locale: Locale,
  routes: readonly RouteEntry[],
  drafts: readonly RouteEntry[],
  publicDir: string,
): [string, string] | undefined {
  if (/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) return undefined; // https:, mailto:, tel:, #section
  const path = decodeURI(url.split(/[?#]/)[0]!);
  if (!path.startsWith('/')) {
    return [
      `the link "${url}" is relative, so it breaks when pages move: write the full address starting with /${locale}/`,
      `liên kết "${url}" là đường dẫn tương đối nên dễ hỏng: hãy viết đầy đủ địa chỉ bắt đầu bằng /${locale}/`,
    ];
  }
  const target = path.split('/')[1];
  if (!isLocale(target)) {
    if (path === '/' || existsSync(join(publicDir, path))) return undefined;
    return [
      `the link "${url}" points to nothing: there is no page or file at that address`,
      `liên kết "${url}" không dẫn tới đâu: không có trang hay tệp nào ở địa chỉ này`,
    ];
  }
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  const route = routes.find((r) => r.path === withSlash);
  if (!route) {
    const draft = drafts.find((r) => r.path === withSlash);
    if (draft?.topic) {
      return [
        `the link "${url}" goes to ${topicFilePath(draft.topic.collection, draft.topic.topic, draft.locale)}, which is a draft and will not be published: remove the link or publish that page`,
        `liên kết "${url}" dẫn tới ${topicFilePath(draft.topic.collection, draft.topic.topic, draft.locale)}, là bản nháp và sẽ không được xuất bản: xóa liên kết hoặc xuất bản trang đó`,
      ];
    }
    return [
      `the link "${url}" goes to a page that does not exist: copy the address from the page itself (its section and "slug")`,
      `liên kết "${url}" dẫn tới trang không tồn tại: hãy sao chép địa chỉ từ chính trang đó (chuyên mục và "slug")`,
    ];
  }
  if (route.locale !== locale) {
    const same = route.alternates[locale];
    return [
      `the link "${url}" goes to the ${LANGUAGE_NAMES.en[route.locale]} version of a page: link to the ${LANGUAGE_NAMES.en[locale]} version ${same} instead`,
      `liên kết "${url}" dẫn tới bản ${LANGUAGE_NAMES.vi[route.locale]} của trang: hãy liên kết tới bản ${LANGUAGE_NAMES.vi[locale]} ${same}`,
    ];
  }
  if (!path.endsWith('/')) {
    return [
      `the link "${url}" must end with "/": write ${withSlash}`,
      `liên kết "${url}" phải kết thúc bằng "/": viết ${withSlash}`,
    ];
  }
  return undefined;
}

export { formatProblems, summarize, type Problem } from './problem';
