import { LOCALES, type Bilingual, type Locale } from '../../../i18n/locales';
import { imageTypesList } from '../file-types';

/**
 * Every sentence the content checker and the schemas say to an editor, in both
 * languages, in one table: wording is reviewed here, not hunted through rules.
 * Each entry is a function of what the sentence names (file, field, value), so
 * a translator sees the whole sentence and where the values go.
 *
 * A message names what is wrong and then how to fix it, after a colon. The
 * checker prints the file and the field or line in front of it.
 */

const both = (en: string, vi: string): Bilingual => ({ en, vi });
/** A language named inside a sentence: `name(l).vi` is "tiếng Anh" for `en`. */
const name = (locale: Locale) => LOCALES[locale].name;
const list = (items: readonly string[]) => items.join(', ');

/** Short descriptions of frontmatter fields, used as the hint of "is required but missing". */
export const FIELD_HINTS = {
  title: both('the page title', 'tiêu đề'),
  description: both('one sentence that sums up the page', 'mô tả ngắn'),
  slug: both('the page address, e.g. lao-kho-relic', 'địa chỉ trang, ví dụ di-tich-lao-kho'),
  'sources.title': both('the name of the source', 'tên nguồn'),
  'cover.alt': both(
    'what the image shows, for readers who cannot see it',
    'mô tả ảnh cho người khiếm thị',
  ),
  'place.lat': both('latitude, e.g. 21.327', 'vĩ độ, ví dụ 21.327'),
  'place.lon': both('longitude, e.g. 103.914', 'kinh độ, ví dụ 103.914'),
  'opportunities.title': both('the name of the opportunity', 'tên cơ hội'),
  'opportunities.location': both('where it is', 'địa điểm'),
  'opportunities.contact': both('who to contact', 'đầu mối liên hệ'),
  'activities.activity': both('what the activity is', 'nội dung hoạt động'),
  'activities.lead': both('the agency in charge', 'cơ quan chủ trì'),
  number: both('the document number', 'số hiệu văn bản'),
  issuer: both('the issuing body', 'cơ quan ban hành'),
} satisfies Record<string, Bilingual>;

export type HintedField = keyof typeof FIELD_HINTS;

/** Elements that would break the security policy or the page; each has a kit replacement. */
const FORBIDDEN_HTML: Record<string, Bilingual> = {
  script: both(
    "scripts are blocked by the site's security policy",
    'mã script bị chính sách bảo mật của trang chặn',
  ),
  style: both(
    "inline styles are blocked by the site's security policy",
    'kiểu (style) viết trực tiếp bị chính sách bảo mật của trang chặn',
  ),
  iframe: both(
    'embedded frames load third-party content without consent: use <VideoEmbed> for videos',
    'khung nhúng tải nội dung bên thứ ba khi chưa được đồng ý: dùng <VideoEmbed> cho video',
  ),
  object: both(
    'embedded objects are not allowed: use <DocumentLink>',
    'không được nhúng đối tượng: dùng <DocumentLink>',
  ),
  embed: both(
    'embedded objects are not allowed: use <DocumentLink>',
    'không được nhúng đối tượng: dùng <DocumentLink>',
  ),
  form: both(
    'forms cannot work on this static site',
    'biểu mẫu không hoạt động trên trang tĩnh này',
  ),
};

/** Pages the site generates itself, named when a content page wants their address. */
const GENERATED_PAGES: Record<string, Bilingual> = {
  home: both('the home page', 'trang chủ'),
  section: both('a section page', 'trang chuyên mục'),
  search: both('the search page', 'trang tìm kiếm'),
  map: both('the map page', 'trang bản đồ'),
  'not-found': both('the "page not found" page', 'trang "không tìm thấy trang"'),
};

export const FORBIDDEN_ELEMENTS = Object.keys(FORBIDDEN_HTML);

/** How a kind of value is called in "must be …". Keys are zod's type names. */
const TYPE_NAMES: Record<string, Bilingual> = {
  string: both('text', 'văn bản'),
  number: both('a number, such as 21.327', 'một số, ví dụ 21.327'),
  int: both('a whole number', 'một số nguyên'),
  boolean: both('true or false', 'true hoặc false'),
  array: both('a list (lines starting with "- ")', 'một danh sách (các dòng bắt đầu bằng "- ")'),
  object: both(
    'a group of fields (indented lines below it)',
    'một nhóm trường (các dòng thụt vào bên dưới)',
  ),
  date: both('a date written YYYY-MM-DD', 'một ngày dạng NNNN-TT-NN'),
};

/** How a value the editor wrote is called in "but it is …". */
function describeValue(value: unknown): Bilingual {
  if (value instanceof Date) return both('a date', 'một ngày');
  if (Array.isArray(value)) return both('a list', 'một danh sách');
  if (value === null) return both('an empty value', 'giá trị rỗng');
  if (typeof value === 'string') return both(`the text "${value}"`, `văn bản "${value}"`);
  if (typeof value === 'object') return both('a group of fields', 'một nhóm trường');
  return both(String(value), String(value));
}

/** Review intervals (schemas.ts REVIEW_INTERVALS) as a sentence says them. */
const REVIEW_INTERVAL_NAMES: Record<string, Bilingual> = {
  quarterly: both('every three months', 'ba tháng một lần'),
  'half-yearly': both('every six months', 'sáu tháng một lần'),
  yearly: both('every year', 'hằng năm'),
  'two-yearly': both('every two years', 'hai năm một lần'),
  never: both('never', 'không kiểm tra lại'),
};

const IMAGE_TYPES = imageTypesList('or');
const IMAGE_TYPES_VI = imageTypesList('hoặc');

export const MESSAGES = {
  // ── Folder layout (rules/layout.ts) ──────────────────────────────────────
  fileInContentRoot: () =>
    both(
      'a file directly in content/ is not published: move it into a topic folder such as content/heritage/<topic>/',
      'tệp nằm ngay trong content/ sẽ không được xuất bản: chuyển vào thư mục của một bài, ví dụ content/heritage/<ten-bai>/',
    ),
  notASection: (folder: string, sections: readonly string[]) =>
    both(
      `"${folder}" is not a content section, so nothing in it is published: use one of: ${list(sections)}`,
      `"${folder}" không phải là chuyên mục nên không có gì trong đó được xuất bản: dùng một trong: ${list(sections)}`,
    ),
  fileInSectionRoot: (example: Bilingual) =>
    both(
      `a file directly in a section folder is not published: put each topic in its own folder: ${example.en}`,
      `tệp nằm ngay trong thư mục chuyên mục sẽ không được xuất bản: mỗi bài một thư mục riêng: ${example.vi}`,
    ),
  topicFolderName: (folder: string) =>
    both(
      `topic folder "${folder}" is not a plain ASCII name: rename the folder with a-z, 0-9 and hyphens only, e.g. deo-pha-din`,
      `tên thư mục "${folder}" có dấu, chữ hoa hoặc khoảng trắng: đổi tên thư mục chỉ dùng a-z, 0-9 và dấu gạch ngang, ví dụ deo-pha-din`,
    ),
  mdxInSubfolder: (names: Bilingual) =>
    both(
      `only images and attachments may sit in sub-folders of a topic: move MDX files up to the topic folder, named ${names.en}`,
      `thư mục con của một bài chỉ được chứa ảnh và tệp đính kèm: chuyển tệp MDX lên thư mục của bài, đặt tên ${names.vi}`,
    ),
  oldFileName: (file: string, renamed: string) =>
    both(
      `"${file}" uses the old file name, so it would never be published: rename it to ${renamed}`,
      `"${file}" dùng tên tệp cũ nên sẽ không bao giờ được xuất bản: đổi tên thành ${renamed}`,
    ),
  notALanguageFile: (file: string, names: Bilingual) =>
    both(
      `"${file}" is not a language file, so it would never be published: name the file after its language: ${names.en}`,
      `"${file}" không phải tệp ngôn ngữ nên sẽ không bao giờ được xuất bản: đặt tên tệp theo ngôn ngữ: ${names.vi}`,
    ),
  notAContentFile: (file: string) =>
    both(
      `"${file}" is not a content, image or attachment file: remove it, or use a supported image or document format`,
      `"${file}" không phải tệp nội dung, ảnh hay tệp đính kèm: xóa tệp, hoặc dùng định dạng ảnh/tài liệu được hỗ trợ`,
    ),
  topicWithoutLanguage: (names: Bilingual) =>
    both(
      `topic folder has no language file: add ${names.en}, or delete the folder`,
      `thư mục bài chưa có tệp ngôn ngữ nào: thêm ${names.vi}, hoặc xóa thư mục`,
    ),
  missingTranslation: (locale: Locale, existing: readonly string[], create: string) =>
    both(
      `missing ${name(locale).en} (${locale}) translation of ${list(existing)}: create ${create} (copy ${existing[0]} and translate it)`,
      `thiếu bản ${name(locale).vi} (${locale}) của ${list(existing)}: tạo ${create} (sao chép ${existing[0]} rồi dịch)`,
    ),

  // ── Frontmatter syntax (index.ts) ────────────────────────────────────────
  noFrontmatter: () =>
    both(
      'the file does not start with a frontmatter block between two "---" lines: copy the top of another page (or use npm run new) and fill it in',
      'tệp không bắt đầu bằng khối thông tin giữa hai dòng "---": sao chép phần đầu của một trang khác (hoặc dùng npm run new) rồi điền lại',
    ),
  yamlError: (reason: string) =>
    both(
      `the frontmatter cannot be read (${reason}): check indentation, that each line is "field: value", and put text containing ":" or "#" in quotes`,
      `không đọc được phần thông tin (${reason}): kiểm tra thụt lề, mỗi dòng dạng "trường: giá trị", và đặt văn bản có dấu ":" hoặc "#" trong ngoặc kép`,
    ),

  // ── Unicode (rules/unicode.ts) ───────────────────────────────────────────
  decomposedText: (words: readonly string[]) =>
    both(
      `the text looks right but is stored with separate accent marks in ${list(words.map((w) => `"${w}"`))} (decomposed Unicode, as some keyboards and PDFs produce), so search and the site's font treat it as other letters: retype it with the "Unicode dựng sẵn" (precomposed) character set, e.g. in Unikey, or edit the page in the browser editor, which stores it correctly`,
      `chữ trông đúng nhưng được lưu với dấu rời ở ${list(words.map((w) => `"${w}"`))} (Unicode tổ hợp, do một số bộ gõ và tệp PDF tạo ra), nên tìm kiếm và phông chữ của trang coi đó là chữ khác: hãy gõ lại bằng bảng mã "Unicode dựng sẵn" (ví dụ trong Unikey), hoặc sửa trang trong trình soạn thảo trên trình duyệt, nơi chữ được lưu đúng`,
    ),

  // ── Placeholders (rules/placeholders.ts) ─────────────────────────────────
  placeholderInField: (value: string) =>
    both(
      `still holds the placeholder "${value}": replace it with the real value`,
      `vẫn còn nội dung mẫu "${value}": hãy thay bằng giá trị thật`,
    ),
  placeholderInText: (excerpt: string) =>
    both(
      `a placeholder is still in the text ("${excerpt}"): write the real text in its place`,
      `văn bản còn chỗ cần điền ("${excerpt}"): hãy viết nội dung thật thay thế`,
    ),
  placeholderInAttribute: (element: string, attribute: string, value: string) =>
    both(
      `<${element} ${attribute}> still holds a placeholder ("${value}"): write the real value`,
      `<${element} ${attribute}> còn chỗ cần điền ("${value}"): hãy nhập giá trị thật`,
    ),

  // ── Frontmatter values (schemas.ts, zod-issues.ts) ───────────────────────
  unknownField: (field: string, suggestion?: string) =>
    suggestion
      ? both(
          `"${field}" is not a field of this page type, so it would be ignored: did you mean "${suggestion}"? Otherwise remove it (see docs/content-model.md)`,
          `"${field}" không phải là trường của loại trang này nên sẽ bị bỏ qua: có phải ý bạn là "${suggestion}"? Nếu không, hãy xóa dòng này (xem docs/content-model.md)`,
        )
      : both(
          `"${field}" is not a field of this page type, so it would be ignored: check its spelling (see docs/content-model.md) or remove it`,
          `"${field}" không phải là trường của loại trang này nên sẽ bị bỏ qua: kiểm tra chính tả (xem docs/content-model.md) hoặc xóa dòng này`,
        ),
  missingField: (field: string, hint?: Bilingual) =>
    both(
      `is required but missing: add a line "${field}: …"${hint ? ` (${hint.en})` : ''}`,
      `bắt buộc nhưng đang thiếu: hãy thêm dòng "${field}: …"${hint ? ` (${hint.vi})` : ''}`,
    ),
  emptyField: (field: string, hint: Bilingual) =>
    both(`"${field}" is empty: write it as text`, `"${field}" (${hint.vi}) đang để trống`),
  wrongType: (expected: string, value: unknown) => {
    const want = TYPE_NAMES[expected] ?? both(expected, expected);
    const got = describeValue(value);
    // YAML reads an unquoted 2025-07-01 as a date; a text field wants the quotes.
    const quote = value instanceof Date && expected === 'string';
    return both(
      `must be ${want.en}, but it is ${got.en}${quote ? ': put the date in quotes, e.g. "2025-07-01"' : ''}`,
      `phải là ${want.vi}, nhưng đang là ${got.vi}${quote ? ': đặt ngày trong dấu ngoặc kép, ví dụ "2025-07-01"' : ''}`,
    );
  },
  notInList: (value: unknown, options: readonly string[]) =>
    both(
      `"${String(value)}" is not allowed: use one of ${list(options)}`,
      `"${String(value)}" không hợp lệ: hãy dùng một trong các giá trị ${list(options)}`,
    ),
  oneOf: (options: readonly string[]) =>
    both(`one of ${list(options)}`, `một trong ${list(options)}`),
  notWebAddress: () =>
    both(
      'must be a full web address starting with https://',
      'phải là địa chỉ web đầy đủ, bắt đầu bằng https://',
    ),
  badFormat: (format: string) =>
    both(`is not in the expected format (${format})`, `không đúng định dạng (${format})`),
  tooSmall: (limit: string, unit: 'string' | 'array' | 'other') =>
    both(
      `must be at least ${limit}${{ string: ' characters', array: ' items', other: '' }[unit]}`,
      `phải có ít nhất ${limit}${{ string: ' ký tự', array: ' mục', other: '' }[unit]}`,
    ),
  tooBig: (limit: string, unit: 'string' | 'array' | 'other') =>
    both(
      `must be at most ${limit}${{ string: ' characters', array: ' items', other: '' }[unit]}`,
      `phải có nhiều nhất ${limit}${{ string: ' ký tự', array: ' mục', other: '' }[unit]}`,
    ),
  invalid: (detail: string) => both(`is not valid: ${detail}`, `không hợp lệ: ${detail}`),
  notADate: (field: string) =>
    both(
      `"${field}" must be a date written YYYY-MM-DD, for example 2025-07-01`,
      `"${field}" phải là ngày dạng NNNN-TT-NN, ví dụ 2025-07-01`,
    ),
  dateHint: () => both('a date written YYYY-MM-DD', 'ngày dạng NNNN-TT-NN'),
  reviewOverdue: (reviewed: string, every: string, due: string, days: number) =>
    both(
      `the facts were last reviewed on ${reviewed} and are reviewed ${REVIEW_INTERVAL_NAMES[every]?.en ?? every}, so a review has been due since ${due} (${days} day(s) ago): check the page against its sources, correct what has changed, then set "reviewed" to the day you checked (npm run review:due lists every page that is due)`,
      `thông tin được kiểm tra lần cuối ngày ${reviewed}, chu kỳ ${REVIEW_INTERVAL_NAMES[every]?.vi ?? every}, nên đã đến hạn kiểm tra lại từ ${due} (${days} ngày trước): đối chiếu trang với các nguồn, sửa những gì đã thay đổi, rồi đặt "reviewed" là ngày bạn kiểm tra (npm run review:due liệt kê mọi trang đến hạn)`,
    ),
  reviewInterval: (choices: readonly string[]) =>
    both(
      `"reviewEvery" must be one of ${list(choices)}: how often the facts must be checked again ("never" for news and documents that record one date)`,
      `"reviewEvery" phải là một trong ${list(choices)}: bao lâu phải kiểm tra lại thông tin ("never" cho tin tức, văn bản chỉ ghi nhận một thời điểm)`,
    ),
  sourceUrl: () =>
    both(
      'a source "url" must start with https:// or http://',
      'đường dẫn nguồn phải bắt đầu bằng https:// hoặc http://',
    ),
  coordinateRange: (field: 'lat' | 'lon', value: unknown) => {
    const [en, vi, limit] =
      field === 'lat' ? ['latitude', 'vĩ độ', 90] : ['longitude', 'kinh độ', 180];
    return both(
      `"${field}" (${en}) is ${String(value)}, but a ${en} lies between -${limit} and ${limit}: check that lat and lon are not swapped (Sơn La is about lat 21, lon 104)`,
      `"${field}" (${vi}) là ${String(value)}, nhưng ${vi} chỉ nằm trong khoảng -${limit} đến ${limit}: kiểm tra lat và lon có bị đảo không (Sơn La khoảng vĩ độ 21, kinh độ 104)`,
    );
  },
  precision: (choices: readonly string[]) =>
    both(
      `"precision" must be one of ${list(choices)}: "site" only for a surveyed point of the place itself`,
      `"precision" phải là một trong ${list(choices)}: chỉ dùng "site" khi có tọa độ chính xác của địa điểm`,
    ),
  precisionHint: (choices: readonly string[]) =>
    both(
      `one of ${list(choices)}; "site" only for a surveyed point of the place itself`,
      `một trong ${list(choices)}; chỉ dùng "site" khi có tọa độ chính xác của địa điểm`,
    ),
  outsideProvince: () =>
    both(
      '"place" lies outside Sơn La province: check that lat and lon are not swapped and have the right decimals (Sơn La is about lat 20.6–22.0, lon 103.2–105.1); for a partner place abroad add "outsideProvince: true"',
      '"place" nằm ngoài tỉnh Sơn La: kiểm tra lat/lon có bị đảo hoặc sai số thập phân không (Sơn La khoảng vĩ độ 20,6–22,0, kinh độ 103,2–105,1); địa điểm ở nước ngoài thì thêm "outsideProvince: true"',
    ),
  descriptionTooLong: (length: number, max: number) =>
    both(
      `"description" is ${length} characters; at most ${max} are allowed: shorten it to one sentence`,
      `"description" dài ${length} ký tự; tối đa ${max}: hãy rút gọn thành một câu`,
    ),
  slugPattern: () =>
    both(
      '"slug" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din',
      '"slug" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din',
    ),
  sourcesNotList: () =>
    both('"sources" must be a list of sources', '"sources" phải là danh sách nguồn'),
  sourcesEmpty: () =>
    both(
      '"sources" needs at least one source for the facts on the page',
      '"sources" cần ít nhất một nguồn',
    ),
  eventEndBeforeStart: () =>
    both('"event.end" is before "event.start"', '"event.end" sớm hơn "event.start"'),
  imageNotBeside: (src: string) => {
    const file = `./${src.replace(/^.*\//, '')}`;
    return both(
      `"${src}" must be a file beside the page, written "${file}"`,
      `"${src}" phải là tệp cạnh trang, viết "${file}"`,
    );
  },
  coverNotImage: (src: string) =>
    both(
      `"${src}" is not an image: use ${IMAGE_TYPES}`,
      `"${src}" không phải ảnh: dùng ${IMAGE_TYPES_VI}`,
    ),
  coverMissing: (src: string) =>
    both(
      `the image file "${src}" does not exist in the topic folder: check the file name (capital letters count) or add the file`,
      `không tìm thấy tệp ảnh "${src}" trong thư mục bài: kiểm tra tên tệp (phân biệt chữ hoa) hoặc thêm tệp`,
    ),
  imagePath: () => both('an image path such as ./cover.jpg', 'đường dẫn ảnh, ví dụ ./cover.jpg'),

  // ── The text below the frontmatter (rules/mdx-*.ts, rules/images.ts) ────
  mdxSyntax: (reason: string) =>
    both(
      `the text cannot be read as MDX: ${reason}. Common causes: a "<" or "{" in ordinary text (write \\< or \\{), an HTML comment <!-- --> (not allowed in MDX), or a component tag that is not closed (<Fact … />)`,
      `không đọc được văn bản MDX: ${reason}. Nguyên nhân thường gặp: dấu "<" hoặc "{" trong câu văn (viết \\< hoặc \\{), chú thích HTML <!-- --> (MDX không cho phép), hoặc thẻ thành phần chưa đóng (<Fact … />)`,
    ),
  importExport: () =>
    both(
      'import and export lines are not needed and not allowed: the components of the kit are available without them. Delete this line',
      'không cần và không được viết dòng import/export: các thành phần trong bộ công cụ dùng được ngay. Hãy xóa dòng này',
    ),
  imageNoAlt: (url: string) =>
    both(
      `the image "${url}" has no alt text: write what it shows between the brackets, e.g. ![Xòe dancers in Mường Lò](${url})`,
      `ảnh "${url}" chưa có mô tả thay thế (alt): viết nội dung ảnh trong dấu ngoặc vuông, ví dụ ![Múa xòe ở Mường Lò](${url})`,
    ),
  imgNoAlt: () =>
    both(
      '<img> has no alt text: add alt="what the image shows", or better use ![alt](./file.jpg)',
      '<img> chưa có mô tả thay thế: thêm alt="nội dung ảnh", hoặc tốt hơn dùng ![mô tả](./tep.jpg)',
    ),
  imageExternal: (url: string) =>
    both(
      `the image "${url}" is loaded from another website, which tells that site who reads this page: download the image (with permission) and put it beside this file`,
      `ảnh "${url}" được tải từ trang web khác, làm lộ thông tin người đọc cho trang đó: hãy tải ảnh về (khi được phép) và đặt cạnh tệp này`,
    ),
  imageNotImage: (url: string) =>
    both(
      `the image "${url}" is not an image file: use ${IMAGE_TYPES}`,
      `ảnh "${url}" không phải tệp ảnh: dùng ${IMAGE_TYPES_VI}`,
    ),
  imageMissing: (url: string) =>
    both(
      `the image file "${url}" does not exist: check the file name (capital letters and accents count) and that the file is in the topic folder`,
      `không tìm thấy tệp ảnh "${url}": kiểm tra tên tệp (chữ hoa, dấu đều có phân biệt) và tệp đã nằm trong thư mục của bài chưa`,
    ),
  forbiddenElement: (element: string) => {
    const why = FORBIDDEN_HTML[element]!;
    return both(
      `<${element}> is not allowed: ${why.en}`,
      `không được dùng <${element}>: ${why.vi}`,
    );
  },
  styleAttribute: (element: string) =>
    both(
      `<${element}> has a "style" attribute, which the site's security policy blocks: remove it; ask a developer if a new style is needed`,
      `<${element}> có thuộc tính "style" bị chính sách bảo mật chặn: hãy xóa; cần kiểu trình bày mới thì nhờ lập trình viên`,
    ),

  // ── Components of the MDX kit (rules/components.ts, components/mdx/*/spec.ts)
  unknownComponent: (element: string, names: readonly string[]) =>
    both(
      `<${element}> is not a component of this site, so the page would fail to build: check the spelling (capital letters count) or use one of ${list(names)}`,
      `<${element}> không phải thành phần của trang, trang sẽ không dựng được: kiểm tra chính tả (phân biệt chữ hoa) hoặc dùng một trong ${list(names)}`,
    ),
  unknownProperty: (element: string, property: string, allowed: readonly string[]) =>
    both(
      `<${element}> has no property "${property}": use ${list(allowed)}`,
      `<${element}> không có thuộc tính "${property}": dùng ${list(allowed)}`,
    ),
  requiredProperty: (element: string, property: string) =>
    both(
      `<${element}> needs ${property}="…" (required)`,
      `<${element}> cần thuộc tính ${property}="…" (bắt buộc)`,
    ),
  propertyChoice: (element: string, property: string, value: string, choices: readonly string[]) =>
    both(
      `<${element} ${property}="${value}"> is not allowed: use one of ${list(choices)}`,
      `<${element} ${property}="${value}"> không hợp lệ: dùng một trong ${list(choices)}`,
    ),
  propertyNumber: (element: string, property: string) =>
    both(
      `<${element} ${property}> must be a number, e.g. ${property}={21.327}`,
      `<${element} ${property}> phải là số, ví dụ ${property}={21.327}`,
    ),
  childImages: (element: string, min: number) =>
    both(
      `<${element}> must contain at least ${min} image(s) written ![alt text](./file.jpg) on their own lines`,
      `<${element}> phải chứa ít nhất ${min} ảnh, mỗi ảnh một dòng dạng ![mô tả](./tep.jpg)`,
    ),
  childComponents: (element: string, child: string, min: number) =>
    both(
      `<${element}> must contain at least ${min} <${child} … /> inside it`,
      `<${element}> phải chứa ít nhất ${min} <${child} … /> bên trong`,
    ),
  videoId: (id: string) =>
    both(
      `<VideoEmbed id="${id}"> is not a YouTube video id: use the 11 characters after "v=" in the video's address, e.g. id="aBcD3fGh1jK"`,
      `<VideoEmbed id="${id}"> không phải mã video YouTube: dùng 11 ký tự sau "v=" trong địa chỉ video, ví dụ id="aBcD3fGh1jK"`,
    ),
  documentMissing: (href: string) =>
    both(
      `<DocumentLink href="${href}">: the file public${href} does not exist: check the name, or add the file under public/documents/`,
      `<DocumentLink href="${href}">: không có tệp public${href}: kiểm tra tên, hoặc thêm tệp vào public/documents/`,
    ),
  documentHref: (href: string) =>
    both(
      `<DocumentLink href="${href}"> must be a file in public/ (href="/documents/name.pdf") or a web address starting with https://`,
      `<DocumentLink href="${href}"> phải là tệp trong public/ (href="/documents/ten-tep.pdf") hoặc địa chỉ web bắt đầu bằng https://`,
    ),
  inComponent: (element: string, message: Bilingual) =>
    both(`<${element}>: ${message.en}`, `<${element}>: ${message.vi}`),

  // ── Internal links (rules/links.ts) ──────────────────────────────────────
  linkRelative: (url: string, locale: Locale) =>
    both(
      `the link "${url}" is relative, so it breaks when pages move: write the full address starting with /${locale}/`,
      `liên kết "${url}" là đường dẫn tương đối nên dễ hỏng: hãy viết đầy đủ địa chỉ bắt đầu bằng /${locale}/`,
    ),
  linkBadPercent: (url: string) =>
    both(
      `the link "${url}" has a "%" that is not followed by two hexadecimal digits, so no browser can open it: write %25 for a percent sign, or copy the address again from the browser`,
      `liên kết "${url}" có dấu "%" không đi kèm hai chữ số thập lục phân nên trình duyệt không mở được: viết %25 thay cho dấu phần trăm, hoặc sao chép lại địa chỉ từ trình duyệt`,
    ),
  linkNowhere: (url: string) =>
    both(
      `the link "${url}" points to nothing: there is no page or file at that address`,
      `liên kết "${url}" không dẫn tới đâu: không có trang hay tệp nào ở địa chỉ này`,
    ),
  linkToDraft: (url: string, file: string) =>
    both(
      `the link "${url}" goes to ${file}, which is a draft and will not be published: remove the link or publish that page`,
      `liên kết "${url}" dẫn tới ${file}, là bản nháp và sẽ không được xuất bản: xóa liên kết hoặc xuất bản trang đó`,
    ),
  linkNoPage: (url: string) =>
    both(
      `the link "${url}" goes to a page that does not exist: copy the address from the page itself (its section and "slug")`,
      `liên kết "${url}" dẫn tới trang không tồn tại: hãy sao chép địa chỉ từ chính trang đó (chuyên mục và "slug")`,
    ),
  linkOtherLanguage: (url: string, target: Locale, locale: Locale, same: string) =>
    both(
      `the link "${url}" goes to the ${name(target).en} version of a page: link to the ${name(locale).en} version ${same} instead`,
      `liên kết "${url}" dẫn tới bản ${name(target).vi} của trang: hãy liên kết tới bản ${name(locale).vi} ${same}`,
    ),
  linkSlash: (url: string, withSlash: string) =>
    both(
      `the link "${url}" must end with "/": write ${withSlash}`,
      `liên kết "${url}" phải kết thúc bằng "/": viết ${withSlash}`,
    ),

  // ── Translations and addresses (rules/pairing.ts, routes/route-table.ts) ─
  noPublishedTranslation: (missing: string) =>
    both(
      `has no published translation: create ${missing} (or fix the errors in it)`,
      `chưa có bản dịch được xuất bản: tạo ${missing} (hoặc sửa lỗi trong tệp đó)`,
    ),
  draftTranslation: (draft: string) =>
    both(
      `is published but its translation ${draft} is a draft: publish both (draft: false) or mark both as drafts (draft: true)`,
      `đã xuất bản nhưng bản dịch ${draft} vẫn là bản nháp: xuất bản cả hai (draft: false) hoặc để cả hai là bản nháp (draft: true)`,
    ),
  pathClash: (path: string, other: { file: string } | { kind: string }) => {
    const owner =
      'file' in other
        ? both(other.file, other.file)
        : (GENERATED_PAGES[other.kind] ?? both(other.kind, other.kind));
    return both(
      `the address ${path} is already used by ${owner.en}: give one of them another "slug"`,
      `địa chỉ ${path} đã được dùng cho ${owner.vi}: hãy đặt "slug" khác cho một trong hai trang`,
    );
  },
  isDraft: () =>
    both(
      'is a draft (draft: true), so it is left out of the published site',
      'là bản nháp (draft: true) nên không được xuất bản',
    ),

  // ── npm run new (scaffold.ts, scripts/new.ts) ───────────────────────────
  newMissingFlag: (flag: string) =>
    both(
      `--${flag} is missing (e.g. npm run new -- --section heritage --slug lao-kho)`,
      `thiếu --${flag} (ví dụ npm run new -- --section heritage --slug lao-kho)`,
    ),
  newNotASection: (section: string, sections: readonly string[]) =>
    both(
      `"${section}" is not a section: use one of ${list(sections)}`,
      `"${section}" không phải chuyên mục: dùng một trong ${list(sections)}`,
    ),
  newBadName: (what: string, name: string) =>
    both(
      `${what} "${name}" must use only a-z, 0-9 and single hyphens (no accents, no spaces), e.g. deo-pha-din`,
      `${what} "${name}" chỉ dùng chữ a-z không dấu, số 0-9 và dấu gạch ngang, ví dụ deo-pha-din`,
    ),
  newExists: (dir: string) =>
    both(`${dir} already exists: choose another name`, `${dir} đã tồn tại: hãy chọn tên khác`),
  newCreated: (markers: readonly string[]) =>
    both(
      `Replace every ${markers.map((m) => `"${m}"`).join(' / ')} with real content, preview with npm run dev, then run npm run content:check.`,
      `Thay mọi chỗ ${markers.map((m) => `"${m}"`).join(' / ')} bằng nội dung thật, xem trước bằng npm run dev, rồi chạy npm run content:check.`,
    ),

  // ── The report (problem.ts, integrations/content-check.ts) ──────────────
  checkFailed: () => both('Content check failed', 'Kiểm tra nội dung không đạt'),
  siteCannotBuild: () => both('The site cannot be built', 'Không dựng được trang'),
  summaryClean: (files: number, warnings: number) =>
    both(
      `✓ ${files} content files checked: no errors${warnings ? `, ${warnings} warning(s)` : ''}.`,
      `Đã kiểm tra ${files} tệp nội dung: không có lỗi${warnings ? `, ${warnings} cảnh báo` : ''}.`,
    ),
  summaryErrors: (errors: number, files: number) =>
    both(
      `✗ ${errors} problem(s) in ${files} file(s) must be fixed before publishing.`,
      `Có ${errors} lỗi trong ${files} tệp cần sửa trước khi xuất bản.`,
    ),
} satisfies Record<string, (...args: never[]) => Bilingual>;

/**
 * zod carries one string per issue, and Astro prints it when it validates
 * content itself; schema messages travel as "English / Tiếng Việt" and
 * `fromZodMessage` splits them again for the checker's report.
 */
export function toZodMessage(message: Bilingual): string {
  return `${message.en} / ${message.vi}`;
}

export function fromZodMessage(text: string): Bilingual | undefined {
  const at = text.indexOf(' / ');
  return at > 0 ? both(text.slice(0, at), text.slice(at + 3)) : undefined;
}
