import { beforeEach, describe, expect, it } from 'vitest';
import { MDX_KIT } from '../../../components/mdx/kit';
import { fixtureSite, type FixtureSite } from '../../../../tests/support/fixture-site';
import { checkContent, formatProblems } from './index';
import type { CheckMode } from './rule';

/**
 * One mistake per test, made in a fresh copy of a small valid site; the
 * snapshot is the exact text an editor reads. The message is the product.
 */

const VI = 'content/heritage/lao-kho/index.vi.mdx';
const EN = 'content/heritage/lao-kho/index.en.mdx';

let site: FixtureSite;
beforeEach(() => {
  site = fixtureSite();
});

const check = (mode: CheckMode = 'build') =>
  checkContent({ source: site.source(), kit: MDX_KIT, mode, today: '2026-12-01' });
const report = (mode: CheckMode = 'build') =>
  formatProblems(check(mode).problems.filter((p) => p.severity !== 'note'));
const errors = () => check().problems.filter((p) => p.severity === 'error');

describe('content check', () => {
  it('passes the clean fixture site', () => {
    expect(errors()).toEqual([]);
  });

  it('warns, naming the dates, when a review is overdue, and never for "never"', () => {
    site.edit(EN, (t) => t.replace(/^updated: .*$/m, 'updated: 2026-01-10\nreviewed: 2025-11-30'));
    site.edit(VI, (t) =>
      t.replace(/^updated: .*$/m, 'updated: 2024-01-10\nreviewed: 2024-01-10\nreviewEvery: never'),
    );
    expect(errors()).toEqual([]);
    expect(report()).toMatchInlineSnapshot(`
      "! content/heritage/lao-kho/index.en.mdx — reviewed
          EN: the facts were last reviewed on 2025-11-30 and are reviewed every year, so a review has been due since 2026-11-30 (1 day(s) ago): check the page against its sources, correct what has changed, then set "reviewed" to the day you checked (npm run review:due lists every page that is due)
          VI: thông tin được kiểm tra lần cuối ngày 2025-11-30, chu kỳ hằng năm, nên đã đến hạn kiểm tra lại từ 2026-11-30 (1 ngày trước): đối chiếu trang với các nguồn, sửa những gì đã thay đổi, rồi đặt "reviewed" là ngày bạn kiểm tra (npm run review:due liệt kê mọi trang đến hạn)"
    `);
  });

  it('reports a missing required field', () => {
    site.edit(VI, (t) => t.replace(/^title: .*\n/m, ''));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — title
          EN: is required but missing: add a line "title: …" (the page title)
          VI: bắt buộc nhưng đang thiếu: hãy thêm dòng "title: …" (tiêu đề)"
    `);
  });

  it('reports an empty required field', () => {
    site.edit(EN, (t) => t.replace(/^title: .*$/m, 'title: ""'));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — title
          EN: "title" is empty: write it as text
          VI: "title" (tiêu đề) đang để trống"
    `);
  });

  it('reports a description that is too long, with its length', () => {
    site.edit(EN, (t) =>
      t.replace(/^description: .*$/m, `description: ${'Very long. '.repeat(17)}`),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — description
          EN: "description" is 186 characters; at most 160 are allowed: shorten it to one sentence
          VI: "description" dài 186 ký tự; tối đa 160: hãy rút gọn thành một câu"
    `);
  });

  it('reports an impossible date and a date in the wrong format', () => {
    site.edit(VI, (t) => t.replace(/^updated: .*$/m, 'updated: 2026-02-30'));
    site.edit(EN, (t) => t.replace(/^updated: .*$/m, 'updated: 10/01/2026'));
    site.edit('content/pages/about/index.vi.mdx', (t) =>
      t.replace(/^updated: .*$/m, 'updated: "2026-04-31"'),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — updated
          EN: "updated" must be a date written YYYY-MM-DD, for example 2025-07-01
          VI: "updated" phải là ngày dạng NNNN-TT-NN, ví dụ 2025-07-01

      ✗ content/heritage/lao-kho/index.vi.mdx — updated
          EN: "updated" must be a date written YYYY-MM-DD, for example 2025-07-01
          VI: "updated" phải là ngày dạng NNNN-TT-NN, ví dụ 2025-07-01

      ✗ content/pages/about/index.vi.mdx — updated
          EN: "updated" must be a date written YYYY-MM-DD, for example 2025-07-01
          VI: "updated" phải là ngày dạng NNNN-TT-NN, ví dụ 2025-07-01"
    `);
  });

  it('reports coordinates outside Sơn La for a place inside the province', () => {
    site.edit(EN, (t) => t.replace('lat: 20.9', 'lat: 10.77').replace('lon: 104.5', 'lon: 106.70'));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — place.lat
          EN: "place" lies outside Sơn La province: check that lat and lon are not swapped and have the right decimals (Sơn La is about lat 20.6–22.0, lon 103.2–105.1); for a partner place abroad add "outsideProvince: true"
          VI: "place" nằm ngoài tỉnh Sơn La: kiểm tra lat/lon có bị đảo hoặc sai số thập phân không (Sơn La khoảng vĩ độ 20,6–22,0, kinh độ 103,2–105,1); địa điểm ở nước ngoài thì thêm "outsideProvince: true""
    `);
  });

  it('reports a missing precision', () => {
    site.edit(VI, (t) => t.replace(/^ {2}precision: .*\n/m, ''));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — place.precision
          EN: is required but missing: add a line "precision: …" (one of site, commune, district, city; "site" only for a surveyed point of the place itself)
          VI: bắt buộc nhưng đang thiếu: hãy thêm dòng "precision: …" (một trong site, commune, district, city; chỉ dùng "site" khi có tọa độ chính xác của địa điểm)"
    `);
  });

  it('reports images without alt text, in the text and on the cover', () => {
    site.edit(EN, (t) =>
      t
        .replace('![The gate of the relic site](./cover.svg)', '![](./cover.svg)')
        .replace(/^ {2}alt: .*\n/m, ''),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — cover.alt
          EN: is required but missing: add a line "alt: …" (what the image shows, for readers who cannot see it)
          VI: bắt buộc nhưng đang thiếu: hãy thêm dòng "alt: …" (mô tả ảnh cho người khiếm thị)
      ✗ content/heritage/lao-kho/index.en.mdx — line 18
          EN: the image "./cover.svg" has no alt text: write what it shows between the brackets, e.g. ![Xòe dancers in Mường Lò](./cover.svg)
          VI: ảnh "./cover.svg" chưa có mô tả thay thế (alt): viết nội dung ảnh trong dấu ngoặc vuông, ví dụ ![Múa xòe ở Mường Lò](./cover.svg)"
    `);
  });

  it('reports image files that do not exist', () => {
    site.edit(VI, (t) =>
      t
        .replace('src: ./cover.svg', 'src: ./anh-bia.jpg')
        .replace('](./cover.svg)', '](./Cover.svg)'),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — cover.src
          EN: the image file "./anh-bia.jpg" does not exist in the topic folder: check the file name (capital letters count) or add the file
          VI: không tìm thấy tệp ảnh "./anh-bia.jpg" trong thư mục bài: kiểm tra tên tệp (phân biệt chữ hoa) hoặc thêm tệp
      ✗ content/heritage/lao-kho/index.vi.mdx — line 19
          EN: the image file "./Cover.svg" does not exist: check the file name (capital letters and accents count) and that the file is in the topic folder
          VI: không tìm thấy tệp ảnh "./Cover.svg": kiểm tra tên tệp (chữ hoa, dấu đều có phân biệt) và tệp đã nằm trong thư mục của bài chưa"
    `);
  });

  it('reports internal links to missing pages, to the other language and without the final slash', () => {
    site.edit(VI, (t) =>
      t.replace(
        '(/vi/gioi-thieu/)',
        '(/vi/gioi-thieu-tinh/) [English](/en/about/) [no slash](/vi/gioi-thieu)',
      ),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — line 17
          EN: the link "/vi/gioi-thieu-tinh/" goes to a page that does not exist: copy the address from the page itself (its section and "slug")
          VI: liên kết "/vi/gioi-thieu-tinh/" dẫn tới trang không tồn tại: hãy sao chép địa chỉ từ chính trang đó (chuyên mục và "slug")
      ✗ content/heritage/lao-kho/index.vi.mdx — line 17
          EN: the link "/en/about/" goes to the English version of a page: link to the Vietnamese version /vi/gioi-thieu/ instead
          VI: liên kết "/en/about/" dẫn tới bản tiếng Anh của trang: hãy liên kết tới bản tiếng Việt /vi/gioi-thieu/
      ✗ content/heritage/lao-kho/index.vi.mdx — line 17
          EN: the link "/vi/gioi-thieu" must end with "/": write /vi/gioi-thieu/
          VI: liên kết "/vi/gioi-thieu" phải kết thúc bằng "/": viết /vi/gioi-thieu/"
    `);
  });

  it('reports a topic missing one language', () => {
    site.remove(EN);
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — file
          EN: missing English (en) translation of content/heritage/lao-kho/index.vi.mdx: create content/heritage/lao-kho/index.en.mdx (copy content/heritage/lao-kho/index.vi.mdx and translate it)
          VI: thiếu bản tiếng Anh (en) của content/heritage/lao-kho/index.vi.mdx: tạo content/heritage/lao-kho/index.en.mdx (sao chép content/heritage/lao-kho/index.vi.mdx rồi dịch)"
    `);
  });

  it('reports a duplicate slug in one section and language', () => {
    site.write('content/heritage/lao-kho-2/index.vi.mdx', site.read(VI));
    site.write(
      'content/heritage/lao-kho-2/index.en.mdx',
      site.read(EN).replace('slug: lao-kho-relic', 'slug: lao-kho-memorial'),
    );
    site.write(
      'content/heritage/lao-kho-2/cover.svg',
      site.read('content/heritage/lao-kho/cover.svg'),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — slug
          EN: the address /vi/di-tich/di-tich-lao-kho/ is already used by content/heritage/lao-kho-2/index.vi.mdx: give one of them another "slug"
          VI: địa chỉ /vi/di-tich/di-tich-lao-kho/ đã được dùng cho content/heritage/lao-kho-2/index.vi.mdx: hãy đặt "slug" khác cho một trong hai trang"
    `);
  });

  it('reports a component that is not in the kit, but not one in a code span', () => {
    site.edit(EN, (t) => `${t}\n<Gallary caption="x">\n![a](./cover.svg)\n</Gallary>\n`);
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — line 21
          EN: <Gallary> is not a component of this site, so the page would fail to build: check the spelling (capital letters count) or use one of Figure, Gallery, Callout, Aside, FactBox, Fact, Timeline, TimelineItem, VideoEmbed, DocumentLink, PlaceMap
          VI: <Gallary> không phải thành phần của trang, trang sẽ không dựng được: kiểm tra chính tả (phân biệt chữ hoa) hoặc dùng một trong Figure, Gallery, Callout, Aside, FactBox, Fact, Timeline, TimelineItem, VideoEmbed, DocumentLink, PlaceMap"
    `);
  });

  it('refuses Vietnamese typed with separate accent marks, naming the line and the words', () => {
    site.edit(VI, (t) =>
      t.replace(/^title: (.*)$/m, (_, title) => `title: ${title} (Phiêng Khoài)`.normalize('NFD')),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — line 2
          EN: the text looks right but is stored with separate accent marks in "tích", "Khô", "Phiêng" (decomposed Unicode, as some keyboards and PDFs produce), so search and the site's font treat it as other letters: retype it with the "Unicode dựng sẵn" (precomposed) character set, e.g. in Unikey, or edit the page in the browser editor, which stores it correctly
          VI: chữ trông đúng nhưng được lưu với dấu rời ở "tích", "Khô", "Phiêng" (Unicode tổ hợp, do một số bộ gõ và tệp PDF tạo ra), nên tìm kiếm và phông chữ của trang coi đó là chữ khác: hãy gõ lại bằng bảng mã "Unicode dựng sẵn" (ví dụ trong Unikey), hoặc sửa trang trong trình soạn thảo trên trình duyệt, nơi chữ được lưu đúng"
    `);
  });

  it('refuses placeholders when publishing and only warns in dev', () => {
    site.edit(VI, (t) =>
      t.replace(/^title: .*$/m, 'title: "CẦN ĐIỀN: tiêu đề bài"').concat('\nTODO: viết tiếp\n'),
    );
    expect(report('build')).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — title
          EN: still holds the placeholder "CẦN ĐIỀN: tiêu đề bài": replace it with the real value
          VI: vẫn còn nội dung mẫu "CẦN ĐIỀN: tiêu đề bài": hãy thay bằng giá trị thật
      ✗ content/heritage/lao-kho/index.vi.mdx — line 21
          EN: a placeholder is still in the text ("TODO: viết tiếp"): write the real text in its place
          VI: văn bản còn chỗ cần điền ("TODO: viết tiếp"): hãy viết nội dung thật thay thế"
    `);
    expect(check('dev').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports every problem of every file in one run', () => {
    site.edit(VI, (t) =>
      t.replace(/^title: .*\n/m, '').replace(/^updated: .*$/m, 'updated: 2026-13-01'),
    );
    site.edit(EN, (t) => `${t}\n<Foo />\n`);
    site.write('content/heritage/notes.md', 'scratch');
    const problems = errors();
    expect(new Set(problems.map((p) => p.file))).toEqual(
      new Set([VI, EN, 'content/heritage/notes.md']),
    );
    expect(problems.map((p) => `${p.file} — ${p.where}`)).toMatchInlineSnapshot(`
      [
        "content/heritage/lao-kho/index.en.mdx — line 21",
        "content/heritage/lao-kho/index.vi.mdx — title",
        "content/heritage/lao-kho/index.vi.mdx — updated",
        "content/heritage/notes.md — file",
      ]
    `);
  });
});

describe('mistakes beyond the list', () => {
  it('reports MDX that cannot be parsed, with the file line', () => {
    site.edit(EN, (t) => `${t}\nA < B and <!-- a comment -->\n`);
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — line 21
          EN: the text cannot be read as MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`). Common causes: a "<" or "{" in ordinary text (write \\< or \\{), an HTML comment <!-- --> (not allowed in MDX), or a component tag that is not closed (<Fact … />)
          VI: không đọc được văn bản MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`). Nguyên nhân thường gặp: dấu "<" hoặc "{" trong câu văn (viết \\< hoặc \\{), chú thích HTML <!-- --> (MDX không cho phép), hoặc thẻ thành phần chưa đóng (<Fact … />)"
    `);
  });

  it('reports a frontmatter block that is not valid YAML, and a file without one', () => {
    site.edit(VI, (t) => t.replace('title: Khu di tích Lao Khô', 'title: Khu di tích: Lao Khô'));
    site.edit(EN, (t) => t.replace(/^---[\s\S]*?---\n/, ''));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — frontmatter
          EN: the file does not start with a frontmatter block between two "---" lines: copy the top of another page (or use npm run new) and fill it in
          VI: tệp không bắt đầu bằng khối thông tin giữa hai dòng "---": sao chép phần đầu của một trang khác (hoặc dùng npm run new) rồi điền lại

      ✗ content/heritage/lao-kho/index.vi.mdx — frontmatter, line 3
          EN: the frontmatter cannot be read (bad indentation of a mapping entry): check indentation, that each line is "field: value", and put text containing ":" or "#" in quotes
          VI: không đọc được phần thông tin (bad indentation of a mapping entry): kiểm tra thụt lề, mỗi dòng dạng "trường: giá trị", và đặt văn bản có dấu ":" hoặc "#" trong ngoặc kép"
    `);
  });

  it('reports misspelled fields, unknown values, wrong component properties and unsafe HTML', () => {
    site.edit(EN, (t) =>
      t
        .replace('updated:', 'upated: 2026-01-10\nupdated:')
        .replace('precision: commune', 'precision: village')
        .concat(
          '\n<Callout type="danger">x</Callout>\n\n<VideoEmbed id="https://youtu.be/x" title="v" />\n\n<PlaceMap lat={21.0} lon={95.1} precision="site" label="Far away" />\n\n<iframe src="https://example.com"></iframe>\n',
        ),
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — place.precision
          EN: "precision" must be one of site, commune, district, city: "site" only for a surveyed point of the place itself
          VI: "precision" phải là một trong site, commune, district, city: chỉ dùng "site" khi có tọa độ chính xác của địa điểm
      ✗ content/heritage/lao-kho/index.en.mdx — upated
          EN: "upated" is not a field of this page type, so it would be ignored: did you mean "updated"? Otherwise remove it (see docs/content-model.md)
          VI: "upated" không phải là trường của loại trang này nên sẽ bị bỏ qua: có phải ý bạn là "updated"? Nếu không, hãy xóa dòng này (xem docs/content-model.md)
      ✗ content/heritage/lao-kho/index.en.mdx — line 22
          EN: <Callout type="danger"> is not allowed: use one of note, tip, warning
          VI: <Callout type="danger"> không hợp lệ: dùng một trong note, tip, warning
      ✗ content/heritage/lao-kho/index.en.mdx — line 24
          EN: <VideoEmbed id="https://youtu.be/x"> is not a YouTube video id: use the 11 characters after "v=" in the video's address, e.g. id="aBcD3fGh1jK"
          VI: <VideoEmbed id="https://youtu.be/x"> không phải mã video YouTube: dùng 11 ký tự sau "v=" trong địa chỉ video, ví dụ id="aBcD3fGh1jK"
      ✗ content/heritage/lao-kho/index.en.mdx — line 26
          EN: <PlaceMap>: "place" lies outside Sơn La province: check that lat and lon are not swapped and have the right decimals (Sơn La is about lat 20.6–22.0, lon 103.2–105.1); for a partner place abroad add "outsideProvince: true"
          VI: <PlaceMap>: "place" nằm ngoài tỉnh Sơn La: kiểm tra lat/lon có bị đảo hoặc sai số thập phân không (Sơn La khoảng vĩ độ 20,6–22,0, kinh độ 103,2–105,1); địa điểm ở nước ngoài thì thêm "outsideProvince: true"
      ✗ content/heritage/lao-kho/index.en.mdx — line 28
          EN: <iframe> is not allowed: embedded frames load third-party content without consent: use <VideoEmbed> for videos
          VI: không được dùng <iframe>: khung nhúng tải nội dung bên thứ ba khi chưa được đồng ý: dùng <VideoEmbed> cho video"
    `);
  });

  it('reports a misnamed language file, a published page with a draft translation, and a link to a draft', () => {
    site.write('content/heritage/lao-kho/vn.mdx', site.read(VI));
    site.edit(EN, (t) => t.replace('updated:', 'draft: true\nupdated:'));
    site.edit(
      'content/pages/about/index.en.mdx',
      (t) => `${t}\n[Lao Khô](/en/heritage/lao-kho-relic/)\n`,
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — draft
          EN: is published but its translation content/heritage/lao-kho/index.en.mdx is a draft: publish both (draft: false) or mark both as drafts (draft: true)
          VI: đã xuất bản nhưng bản dịch content/heritage/lao-kho/index.en.mdx vẫn là bản nháp: xuất bản cả hai (draft: false) hoặc để cả hai là bản nháp (draft: true)

      ✗ content/heritage/lao-kho/vn.mdx — file
          EN: "vn.mdx" is not a language file, so it would never be published: name the file after its language: index.vi.mdx or index.en.mdx
          VI: "vn.mdx" không phải tệp ngôn ngữ nên sẽ không bao giờ được xuất bản: đặt tên tệp theo ngôn ngữ: index.vi.mdx hoặc index.en.mdx

      ✗ content/pages/about/index.en.mdx — line 12
          EN: the link "/en/heritage/lao-kho-relic/" goes to content/heritage/lao-kho/index.en.mdx, which is a draft and will not be published: remove the link or publish that page
          VI: liên kết "/en/heritage/lao-kho-relic/" dẫn tới content/heritage/lao-kho/index.en.mdx, là bản nháp và sẽ không được xuất bản: xóa liên kết hoặc xuất bản trang đó"
    `);
  });

  it('reports a document link to a file that is missing from public/', () => {
    site.remove('public/documents/plan.txt');
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/pages/about/index.en.mdx — line 10
          EN: <DocumentLink href="/documents/plan.txt">: the file public/documents/plan.txt does not exist: check the name, or add the file under public/documents/
          VI: <DocumentLink href="/documents/plan.txt">: không có tệp public/documents/plan.txt: kiểm tra tên, hoặc thêm tệp vào public/documents/

      ✗ content/pages/about/index.vi.mdx — line 10
          EN: <DocumentLink href="/documents/plan.txt">: the file public/documents/plan.txt does not exist: check the name, or add the file under public/documents/
          VI: <DocumentLink href="/documents/plan.txt">: không có tệp public/documents/plan.txt: kiểm tra tên, hoặc thêm tệp vào public/documents/"
    `);
  });
});

/** The defects of the December 2026 review (§5), each pinned where an editor would meet it. */
describe('messages that used to mislead', () => {
  it('reports a "%" in a link instead of crashing the whole check', () => {
    site.edit(EN, (t) => `${t}\n[odd](/en/about/100%-sure/) and ![odd](./100%.svg)\n`);
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — line 21
          EN: the image file "./100%.svg" does not exist: check the file name (capital letters and accents count) and that the file is in the topic folder
          VI: không tìm thấy tệp ảnh "./100%.svg": kiểm tra tên tệp (chữ hoa, dấu đều có phân biệt) và tệp đã nằm trong thư mục của bài chưa
      ✗ content/heritage/lao-kho/index.en.mdx — line 21
          EN: the link "/en/about/100%-sure/" has a "%" that is not followed by two hexadecimal digits, so no browser can open it: write %25 for a percent sign, or copy the address again from the browser
          VI: liên kết "/en/about/100%-sure/" có dấu "%" không đi kèm hai chữ số thập lục phân nên trình duyệt không mở được: viết %25 thay cho dấu phần trăm, hoặc sao chép lại địa chỉ từ trình duyệt"
    `);
  });

  it('says "must be text" for a number where text belongs, not "missing"', () => {
    site.edit(EN, (t) => t.replace(/^title: .*$/m, 'title: 2024'));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — title
          EN: must be text, but it is 2024
          VI: phải là văn bản, nhưng đang là 2024"
    `);
  });

  it('names swapped coordinates as such, without a wrong "must be a number" first', () => {
    site.edit(EN, (t) => t.replace('lat: 20.9', 'lat: 104.5').replace('lon: 104.5', 'lon: 20.9'));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — place.lat
          EN: "lat" (latitude) is 104.5, but a latitude lies between -90 and 90: check that lat and lon are not swapped (Sơn La is about lat 21, lon 104)
          VI: "lat" (vĩ độ) là 104.5, nhưng vĩ độ chỉ nằm trong khoảng -90 đến 90: kiểm tra lat và lon có bị đảo không (Sơn La khoảng vĩ độ 21, kinh độ 104)"
    `);
  });

  it('gives a missing field one short hint, said once', () => {
    site.edit(EN, (t) => t.replace(/^description: .*\n/m, ''));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — description
          EN: is required but missing: add a line "description: …" (one sentence that sums up the page)
          VI: bắt buộc nhưng đang thiếu: hãy thêm dòng "description: …" (mô tả ngắn)"
    `);
  });

  it('names languages in Vietnamese inside the Vietnamese line', () => {
    site.remove(VI);
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.vi.mdx — file
          EN: missing Vietnamese (vi) translation of content/heritage/lao-kho/index.en.mdx: create content/heritage/lao-kho/index.vi.mdx (copy content/heritage/lao-kho/index.en.mdx and translate it)
          VI: thiếu bản tiếng Việt (vi) của content/heritage/lao-kho/index.en.mdx: tạo content/heritage/lao-kho/index.vi.mdx (sao chép content/heritage/lao-kho/index.en.mdx rồi dịch)"
    `);
  });
});

describe('smaller points of the review', () => {
  it('suggests the field a misspelt one was meant to be', () => {
    site.edit(EN, (t) => t.replace('updated:', 'upated:'));
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — updated
          EN: is required but missing: add a line "updated: …" (a date written YYYY-MM-DD)
          VI: bắt buộc nhưng đang thiếu: hãy thêm dòng "updated: …" (ngày dạng NNNN-TT-NN)
      ✗ content/heritage/lao-kho/index.en.mdx — upated
          EN: "upated" is not a field of this page type, so it would be ignored: did you mean "updated"? Otherwise remove it (see docs/content-model.md)
          VI: "upated" không phải là trường của loại trang này nên sẽ bị bỏ qua: có phải ý bạn là "updated"? Nếu không, hãy xóa dòng này (xem docs/content-model.md)"
    `);
  });

  it('wants numbers of a component in braces, as the kit README teaches', () => {
    site.edit(
      EN,
      (t) => `${t}\n<PlaceMap lat="21.3" lon={103.9} precision="city" label="Sơn La" />\n`,
    );
    expect(report()).toMatchInlineSnapshot(`
      "✗ content/heritage/lao-kho/index.en.mdx — line 21
          EN: <PlaceMap lat> must be a number, e.g. lat={21.327}
          VI: <PlaceMap lat> phải là số, ví dụ lat={21.327}"
    `);
  });
});
