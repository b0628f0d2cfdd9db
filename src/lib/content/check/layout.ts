import { LOCALES, LOCALE_CODES, isLocale, type Locale } from '../../../i18n/locales';
import { COLLECTION_SECTIONS, PAGES_COLLECTION } from '../../routes/sections';
import { localeOfTopicFile, topicFileName, topicFileNames } from '../topic-files';

/**
 * Checks the shape of the `content/` folder before Astro loads it: every topic
 * has one file per language, and no file sits where it would be silently
 * ignored. Pure: it receives the list of paths (relative to `content/`).
 */

export const CONTENT_COLLECTIONS: readonly string[] = [...COLLECTION_SECTIONS, PAGES_COLLECTION];

/** Files editors may keep beside a topic's MDX: images and attachments. */
const ASSET_PATTERN = /\.(svg|png|jpe?g|webp|avif|gif|pdf|txt|docx?|xlsx?|odt|csv|geojson|json)$/i;

export interface LayoutProblem {
  file: string;
  problem: string;
  fix: string;
  /** The same in Vietnamese, for the editors' report. */
  problemVi: string;
  fixVi: string;
}

export function checkContentLayout(paths: readonly string[], root = 'content'): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const topics = new Map<string, Set<Locale>>();

  for (const path of paths) {
    const parts = path.split('/');
    const [collection, topic, file] = parts;
    const where = `${root}/${path}`;
    if (parts.length === 1) {
      if (path.toLowerCase() !== 'readme.md') {
        problems.push({
          file: where,
          problem: 'a file directly in content/ is not published',
          fix: 'move it into a topic folder such as content/heritage/<topic>/',
          problemVi: 'tệp nằm ngay trong content/ sẽ không được xuất bản',
          fixVi: 'chuyển vào thư mục của một bài, ví dụ content/heritage/<ten-bai>/',
        });
      }
      continue;
    }
    if (!CONTENT_COLLECTIONS.includes(collection!)) {
      problems.push({
        file: where,
        problem: `"${collection}" is not a content section, so nothing in it is published`,
        fix: `use one of: ${CONTENT_COLLECTIONS.join(', ')}`,
        problemVi: `"${collection}" không phải là chuyên mục nên không có gì trong đó được xuất bản`,
        fixVi: `dùng một trong: ${CONTENT_COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    if (parts.length === 2) {
      if (topic!.toLowerCase() !== 'readme.md') {
        problems.push({
          file: where,
          problem: 'a file directly in a section folder is not published',
          fix: `put each topic in its own folder: ${root}/${collection}/<topic>/${topicFileNames('and')}`,
          problemVi: 'tệp nằm ngay trong thư mục chuyên mục sẽ không được xuất bản',
          fixVi: `mỗi bài một thư mục riêng: ${root}/${collection}/<ten-bai>/${topicFileNames('và')}`,
        });
      }
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(topic!)) {
      problems.push({
        file: where,
        problem: `topic folder "${topic}" is not a plain ASCII name`,
        fix: 'rename the folder with a-z, 0-9 and hyphens only, e.g. deo-pha-din',
        problemVi: `tên thư mục "${topic}" có dấu, chữ hoa hoặc khoảng trắng`,
        fixVi: 'đổi tên thư mục chỉ dùng a-z, 0-9 và dấu gạch ngang, ví dụ deo-pha-din',
      });
    }
    const key = `${collection}/${topic}`;
    if (!topics.has(key)) topics.set(key, new Set());
    if (parts.length > 3) {
      if (!ASSET_PATTERN.test(path)) {
        problems.push({
          file: where,
          problem: 'only images and attachments may sit in sub-folders of a topic',
          fix: `move MDX files up to the topic folder, named ${topicFileNames('or')}`,
          problemVi: 'thư mục con của một bài chỉ được chứa ảnh và tệp đính kèm',
          fixVi: `chuyển tệp MDX lên thư mục của bài, đặt tên ${topicFileNames('hoặc')}`,
        });
      }
      continue;
    }
    const locale = localeOfTopicFile(file!);
    if (locale) {
      topics.get(key)!.add(locale);
    } else if (isLocale(file!.replace(/\.mdx$/, ''))) {
      // The layout before December 2026 (`vi.mdx`): say exactly what to rename it to.
      const renamed = topicFileName(file!.replace(/\.mdx$/, '') as Locale);
      problems.push({
        file: where,
        problem: `"${file}" uses the old file name, so it would never be published`,
        fix: `rename it to ${renamed}`,
        problemVi: `"${file}" dùng tên tệp cũ nên sẽ không bao giờ được xuất bản`,
        fixVi: `đổi tên thành ${renamed}`,
      });
    } else if (/\.(mdx?|markdown)$/i.test(file!)) {
      problems.push({
        file: where,
        problem: `"${file}" is not a language file, so it would never be published`,
        fix: `name the file after its language: ${topicFileNames('or')}`,
        problemVi: `"${file}" không phải tệp ngôn ngữ nên sẽ không bao giờ được xuất bản`,
        fixVi: `đặt tên tệp theo ngôn ngữ: ${topicFileNames('hoặc')}`,
      });
    } else if (!ASSET_PATTERN.test(file!)) {
      problems.push({
        file: where,
        problem: `"${file}" is not a content, image or attachment file`,
        fix: 'remove it, or use a supported image or document format',
        problemVi: `"${file}" không phải tệp nội dung, ảnh hay tệp đính kèm`,
        fixVi: 'xóa tệp, hoặc dùng định dạng ảnh/tài liệu được hỗ trợ',
      });
    }
  }

  for (const [key, present] of topics) {
    if (present.size === 0) {
      problems.push({
        file: `${root}/${key}/`,
        problem: 'topic folder has no language file',
        fix: `add ${topicFileNames('and')}, or delete the folder`,
        problemVi: 'thư mục bài chưa có tệp ngôn ngữ nào',
        fixVi: `thêm ${topicFileNames('và')}, hoặc xóa thư mục`,
      });
      continue;
    }
    for (const locale of LOCALE_CODES) {
      if (present.has(locale)) continue;
      const existing = [...present].map((code) => `${root}/${key}/${topicFileName(code)}`);
      problems.push({
        file: `${root}/${key}/${topicFileName(locale)}`,
        problem: `missing ${LOCALES[locale].label} (${locale}) translation of ${existing.join(', ')}`,
        fix: `create ${root}/${key}/${topicFileName(locale)} (copy ${existing[0]} and translate it)`,
        problemVi: `thiếu bản ${LOCALES[locale].label} (${locale}) của ${existing.join(', ')}`,
        fixVi: `tạo ${root}/${key}/${topicFileName(locale)} (sao chép ${existing[0]} rồi dịch)`,
      });
    }
  }
  return problems;
}

export function formatLayoutProblems(problems: readonly LayoutProblem[]): string {
  return problems.map((p) => `✗ ${p.file}\n    ${p.problem}\n    → ${p.fix}`).join('\n');
}
