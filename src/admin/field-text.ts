import { DESCRIPTION_MAX } from '../lib/content/schemas';
import { provinceBounds } from '../lib/geo/inside-province';
import type { SchemaField } from './zod-fields';

/**
 * What the editor's form says about each frontmatter field (label and hint,
 * Vietnamese then English: the CMS shows one label) and whether a field is
 * translated or shared by both languages. Keyed by the field's path in the
 * frontmatter (`sources.*.title`). The rules themselves come from the schema.
 */

export interface FieldText {
  label: string;
  hint?: string;
}

const both = (vi: string, en: string) => `${vi} / ${en}`;
const [[south, west], [north, east]] = provinceBounds();
const round = (n: number) => n.toFixed(1).replace('.', ',');
const roundEn = (n: number) => n.toFixed(1);

export const FIELD_TEXT: Record<string, FieldText> = {
  title: { label: both('Tiêu đề', 'Title') },
  description: {
    label: both('Mô tả ngắn', 'Description'),
    hint: both(
      `Một câu, tối đa ${DESCRIPTION_MAX} ký tự; hiện dưới tiêu đề, trong kết quả tìm kiếm và khi chia sẻ`,
      `One sentence, at most ${DESCRIPTION_MAX} characters; shown under the title, in search results and link previews`,
    ),
  },
  slug: {
    label: both('Địa chỉ trang (slug)', 'Page address (slug)'),
    hint: both(
      'Chữ a-z không dấu, số, dấu gạch ngang, ví dụ deo-pha-din. Mỗi ngôn ngữ một slug. Đổi slug của trang đã đăng sẽ làm hỏng liên kết cũ',
      'a-z, digits and hyphens, e.g. pha-din-pass. One per language. Changing the slug of a published page breaks links to it',
    ),
  },
  updated: {
    label: both('Ngày cập nhật', 'Last updated'),
    hint: both('Ngày nội dung được kiểm tra gần nhất', 'The day the facts were last checked'),
  },
  reviewed: {
    label: both('Ngày rà soát thông tin', 'Last reviewed'),
    hint: both(
      'Ngày gần nhất có người đối chiếu mọi thông tin trên trang với nguồn; không phải ngày sửa chữ',
      'The day a person last checked every fact against its sources; not the day the text was edited',
    ),
  },
  reviewEvery: {
    label: both('Chu kỳ rà soát', 'Review every'),
    hint: both(
      'Để trống để dùng chu kỳ mặc định của chuyên mục; content:check nhắc khi quá hạn',
      'Leave empty for the section’s default; content:check warns when a review is overdue',
    ),
  },
  sources: {
    label: both('Nguồn', 'Sources'),
    hint: both(
      'Ít nhất một nguồn cho các dữ kiện trên trang',
      'At least one source for the facts on the page',
    ),
  },
  'sources.*.title': { label: both('Tên nguồn', 'Source title') },
  'sources.*.url': { label: both('Đường dẫn (https://…)', 'Link (https://…)') },
  'sources.*.publisher': { label: both('Cơ quan / nơi đăng', 'Publisher') },
  'sources.*.date': {
    label: both('Ngày của nguồn', 'Date of the source'),
    hint: both('Dạng NNNN-TT-NN nếu biết', 'YYYY-MM-DD if known'),
  },
  'sources.*.accessed': {
    label: both('Ngày đọc nguồn', 'Accessed'),
    hint: both('Ngày anh chị mở và đọc nguồn này', 'The day you opened and read this source'),
  },
  'sources.*.note': { label: both('Ghi chú', 'Note') },
  draft: {
    label: both('Bản nháp', 'Draft'),
    hint: both(
      'Bật: trang không được đăng (cả hai ngôn ngữ)',
      'On: the page is left out of the published site (both languages)',
    ),
  },
  cover: { label: both('Ảnh bìa', 'Cover image') },
  'cover.src': {
    label: both('Tệp ảnh', 'Image file'),
    hint: both(
      'Ảnh được lưu cạnh trang, dùng chung cho hai ngôn ngữ',
      'Stored beside the page, shared by both languages',
    ),
  },
  'cover.alt': {
    label: both('Mô tả ảnh cho người khiếm thị', 'Alt text'),
    hint: both(
      'Ảnh cho thấy gì, bằng ngôn ngữ của trang',
      'What the image shows, in the page’s language',
    ),
  },
  'cover.credit': { label: both('Nguồn ảnh', 'Image credit') },
  agency: {
    label: both('Cơ quan chịu trách nhiệm', 'Responsible agency'),
    hint: both('Để trống để dùng cơ quan chung của trang', 'Leave empty for the site’s agency'),
  },
  place: { label: both('Vị trí trên bản đồ', 'Place on the map') },
  'place.lat': {
    label: both('Vĩ độ (lat)', 'Latitude (lat)'),
    hint: both(
      `Số thập phân, ví dụ 21.327. Sơn La nằm trong khoảng ${round(south)}–${round(north)}; bản dựng kiểm tra điểm nằm trong ranh giới tỉnh`,
      `Decimal degrees, e.g. 21.327. Sơn La lies within ${roundEn(south)}–${roundEn(north)}; the build checks the point is inside the province`,
    ),
  },
  'place.lon': {
    label: both('Kinh độ (lon)', 'Longitude (lon)'),
    hint: both(
      `Số thập phân, ví dụ 103.914. Sơn La nằm trong khoảng ${round(west)}–${round(east)}`,
      `Decimal degrees, e.g. 103.914. Sơn La lies within ${roundEn(west)}–${roundEn(east)}`,
    ),
  },
  'place.precision': {
    label: both('Độ chính xác', 'Precision'),
    hint: both(
      'site: tọa độ đo tại chính địa điểm; commune/district/city: điểm tham chiếu của xã, huyện cũ, thành phố (trang ghi “vị trí gần đúng”)',
      'site: surveyed point of the place itself; commune/district/city: a reference point (the page says “approximate location”)',
    ),
  },
  'place.commune': { label: both('Xã/phường (sau 2025)', 'Commune/ward (after 2025)') },
  'place.basis': {
    label: both('Căn cứ của tọa độ', 'Where the point comes from'),
    hint: both(
      'Ví dụ: điểm tham chiếu của huyện Yên Châu cũ',
      'e.g. former Yên Châu district reference point',
    ),
  },
  'place.category': { label: both('Lớp bản đồ', 'Map layer') },
  'place.outsideProvince': {
    label: both('Ở ngoài tỉnh (nước bạn)', 'Outside the province (partner abroad)'),
  },
  rank: { label: both('Xếp hạng', 'Status / rank') },
  rankDecision: {
    label: both('Quyết định xếp hạng', 'Ranking decision'),
    hint: both('Ví dụ: 93/QĐ-TTg, 18/01/2022', 'e.g. Decision 93/QĐ-TTg, 18 January 2022'),
  },
  visiting: { label: both('Thông tin tham quan', 'Visiting') },
  'visiting.hours': { label: both('Giờ mở cửa', 'Opening hours') },
  'visiting.fee': { label: both('Phí tham quan', 'Fee') },
  'visiting.access': { label: both('Đường đến', 'Getting there') },
  'visiting.note': { label: both('Ghi chú', 'Note') },
  opportunities: { label: both('Cơ hội đầu tư', 'Investment opportunities') },
  'opportunities.*.title': { label: both('Tên dự án', 'Title') },
  'opportunities.*.sector': { label: both('Lĩnh vực', 'Sector') },
  'opportunities.*.location': { label: both('Địa điểm', 'Location') },
  'opportunities.*.scale': { label: both('Quy mô', 'Scale') },
  'opportunities.*.status': { label: both('Tình trạng', 'Status') },
  'opportunities.*.contact': { label: both('Đầu mối liên hệ', 'Contact') },
  'opportunities.*.note': { label: both('Ghi chú', 'Note') },
  activities: { label: both('Hoạt động của kế hoạch', 'Plan activities') },
  'activities.*.number': { label: both('Số thứ tự', 'Number') },
  'activities.*.activity': { label: both('Nội dung hoạt động', 'Activity') },
  'activities.*.lead': { label: both('Cơ quan chủ trì', 'Lead agency') },
  'activities.*.coordinating': { label: both('Cơ quan phối hợp', 'Coordinating agencies') },
  'activities.*.coordinating.*': { label: both('Cơ quan', 'Agency') },
  'activities.*.timeframe': { label: both('Thời gian', 'Timeframe') },
  'activities.*.status': { label: both('Tình trạng', 'Status') },
  'activities.*.statusNote': { label: both('Ghi chú tình trạng', 'Status note') },
  published: { label: both('Ngày đăng tin', 'Published') },
  event: { label: both('Sự kiện', 'Event') },
  'event.start': { label: both('Ngày bắt đầu', 'Start') },
  'event.end': { label: both('Ngày kết thúc', 'End') },
  'event.place': { label: both('Nơi diễn ra', 'Where') },
  number: { label: both('Số hiệu văn bản', 'Document number') },
  issuer: { label: both('Cơ quan ban hành', 'Issued by') },
  signed: { label: both('Ngày ký', 'Signed') },
  docType: { label: both('Loại văn bản', 'Type of document') },
  file: {
    label: both('Tệp văn bản', 'Document file'),
    hint: both(
      'Tệp cạnh trang, ví dụ ./original.txt',
      'A file beside the page, e.g. ./original.txt',
    ),
  },
  link: { label: both('Liên kết bản gốc', 'Link to the original') },
  authoritative: {
    label: both('Bản có giá trị pháp lý', 'Authoritative text'),
    hint: both(
      'Chỉ bật cho bản ngôn ngữ gốc có giá trị pháp lý',
      'On only for the original-language text that has legal force',
    ),
  },
  body: { label: both('Nội dung', 'Body') },
};

/**
 * Strings are text a reader reads, so each language has its own, except these,
 * which are data that both files must carry identically.
 */
const SHARED_TEXT = new Set(['place.commune', 'number', 'file', 'sources.*.date']);
/** Values (dates, numbers, choices, images, links) are shared, except these. */
const TRANSLATED_VALUES = new Set(['authoritative']);

/** Is this field written once (the Vietnamese value is copied to English) or per language? */
export function isShared(field: SchemaField): boolean {
  if (field.kind === 'object') return field.fields.every(isShared);
  if (field.kind === 'list') return isShared(field.item);
  if (field.kind === 'string' && field.format !== 'url') return SHARED_TEXT.has(field.path);
  return !TRANSLATED_VALUES.has(field.path);
}

/**
 * A label for every field: the table's, or the field name so a new field still
 * shows; the hint is the table's, or the schema's own `.describe()` text.
 */
export function textFor(path: string, name: string, description?: string): FieldText {
  const text = FIELD_TEXT[path] ?? { label: name };
  return text.hint || !description ? text : { ...text, hint: description };
}

/**
 * The order of the frontmatter keys, as the pages are written (and the form
 * shows them). A field not listed here (a new one in the schema) goes before
 * `sources`, so it still appears, near the end.
 */
const FIELD_ORDER = [
  'title',
  'description',
  'slug',
  'updated',
  'reviewed',
  'reviewEvery',
  'published',
  'event',
  'number',
  'issuer',
  'signed',
  'docType',
  'file',
  'link',
  'authoritative',
  'draft',
  'cover',
  'place',
  'rank',
  'rankDecision',
  'visiting',
  'opportunities',
  'activities',
  'agency',
  'sources',
];

/** `names` sorted by FIELD_ORDER, unknown names just before `sources`, in their own order. */
export function inFieldOrder(names: readonly string[]): string[] {
  const rank = (name: string) => {
    const i = FIELD_ORDER.indexOf(name);
    return i >= 0 ? i : FIELD_ORDER.indexOf('sources') - 0.5;
  };
  return [...names].sort((a, b) => rank(a) - rank(b));
}
