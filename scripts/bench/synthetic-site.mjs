/**
 * A synthetic content/ folder: `count` topics, each in Vietnamese and English,
 * with realistic text (real Vietnamese syllables with their marks and đ, real
 * place names, ~450 words a page), for measuring search on a large site.
 * Deterministic: the same seed gives the same site. Used by both benchmarks
 * (`npm run bench` for build time, `npm run bench:search` for the index), so a
 * realistic vocabulary keeps the search figures honest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SECTIONS = ['culture', 'heritage', 'visit', 'invest', 'cooperation'];

const VI_WORDS = (
  'bản mường đồi núi suối thung lũng cao nguyên đèo đường đất đá điện đông đình đời đồng đầu đến được ' +
  'người dân tộc Thái Mông Mường Dao Khơ Mú Xinh Mun văn hóa lễ hội múa xòe khèn chiêng trống vải thổ cẩm ' +
  'nhà sàn mái cột gỗ tre lúa nương ruộng bậc thang chè cà phê mận đào sơn tra mắc ca sữa bò ' +
  'du lịch khách tham quan trải nghiệm homestay chợ phiên mùa hoa ban xuân hạ thu đông sương mù ' +
  'di tích lịch sử cách mạng nhà tù hang động bia đá chiến dịch kháng chiến tỉnh huyện xã phường ' +
  'đầu tư dự án khu công nghiệp nông nghiệp chế biến năng lượng thủy điện hạ tầng giao thông quốc lộ ' +
  'hợp tác quốc tế hữu nghị Lào Việt Nam biên giới cửa khẩu kết nghĩa đoàn đại biểu ngoại giao ' +
  'và của với trong trên cho là có những các một hai ba nhiều năm tháng ngày nay từ đã sẽ đang rất ' +
  'đẹp lớn nhỏ mới cũ xanh trắng đỏ vàng cao thấp xa gần nổi tiếng truyền thống hiện đại phát triển bền vững'
).split(' ');

const EN_WORDS = (
  'village valley hill mountain stream plateau pass road stone power east communal house life field ' +
  'people ethnic group culture festival dance drum gong brocade weaving stilt house roof wooden bamboo rice ' +
  'terrace tea coffee plum peach macadamia dairy tourism visitors tour homestay market season blossom spring ' +
  'summer autumn winter mist relic history revolution prison cave stele campaign resistance province district ' +
  'commune ward investment project industrial park agriculture processing energy hydropower infrastructure ' +
  'transport national route cooperation international friendship Laos Vietnam border gate twinning delegation ' +
  'diplomacy and of with in on for is has the a two three many years months today from was will being very ' +
  'beautiful large small new old green white red yellow high low far near famous traditional modern growth sustainable'
).split(' ');

const PLACES = [
  'Mộc Châu',
  'Sơn La',
  'Đèo Pha Đin',
  'Lao Khô',
  'Tà Xùa',
  'Quỳnh Nhai',
  'Điện Biên',
  'Mường La',
  'Thuận Châu',
  'Bắc Yên',
  'Yên Châu',
  'Sông Mã',
  'Sốp Cộp',
  'Phù Yên',
  'Vân Hồ',
  'Mai Sơn',
];
const SYLLABLES = [
  'Nà',
  'Huổi',
  'Pá',
  'Bó',
  'Chiềng',
  'Phiêng',
  'Noong',
  'Hua',
  'Long',
  'Đán',
  'Đông',
  'Xím',
  'Khau',
  'Lả',
  'Mòn',
  'Páo',
  'Tấu',
  'Củ',
  'Đin',
  'Lứa',
  'Sại',
  'Pom',
  'Hốc',
  'Púng',
];
const KINDS = {
  culture: ['Lễ hội', 'Nghề dệt', 'Điệu múa', 'Món ăn'],
  heritage: ['Di tích', 'Hang', 'Bia đá', 'Đình'],
  visit: ['Bản', 'Thác', 'Đồi chè', 'Chợ phiên'],
  invest: ['Dự án', 'Khu công nghiệp', 'Vùng nguyên liệu', 'Nhà máy'],
  cooperation: ['Chương trình', 'Đoàn công tác', 'Hội nghị', 'Kết nghĩa'],
};
const KINDS_EN = {
  culture: ['festival', 'weaving craft', 'dance', 'dish'],
  heritage: ['relic', 'cave', 'stele', 'communal house'],
  visit: ['village', 'waterfall', 'tea hills', 'market'],
  invest: ['project', 'industrial park', 'supply area', 'factory'],
  cooperation: ['programme', 'delegation', 'conference', 'twinning'],
};

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand, words, extra) {
  const n = 10 + Math.floor(rand() * 12);
  const out = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]);
  out.splice(Math.floor(rand() * n), 0, extra[Math.floor(rand() * extra.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand, words, extra) {
  return Array.from({ length: 4 + Math.floor(rand() * 3) }, () =>
    sentence(rand, words, extra),
  ).join(' ');
}

const yaml = (text) => JSON.stringify(text);

function page({ title, description, slug, section, body }) {
  const place =
    section === 'heritage' ? 'place:\n  lat: 21.33\n  lon: 103.91\n  precision: commune\n' : '';
  return `---\ntitle: ${yaml(title)}\ndescription: ${yaml(description)}\nslug: ${slug}\nupdated: 2026-01-15\n${place}sources:\n  - title: Synthetic benchmark text\n---\n\n${body}\n`;
}

/** Write `count` topics (× vi and en) into `contentDir`; returns the topic names. */
export function writeSyntheticContent(contentDir, { count = 1000, seed = 7 } = {}) {
  const rand = random(seed);
  const topics = [];
  for (let i = 0; i < count; i++) {
    const section = SECTIONS[i % SECTIONS.length];
    const name = `${SYLLABLES[Math.floor(rand() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(rand() * SYLLABLES.length)]} ${i}`;
    const place = PLACES[Math.floor(rand() * PLACES.length)];
    const k = Math.floor(rand() * 4);
    const folder = `topic-${String(i).padStart(4, '0')}`;
    const dir = join(contentDir, section, folder);
    mkdirSync(dir, { recursive: true });
    const names = [name, place];
    const vi = [1, 2, 3]
      .map(
        () =>
          `## ${sentence(rand, VI_WORDS, names).slice(0, 40).replace(/\.$/, '')}\n\n${paragraph(rand, VI_WORDS, names)}\n\n${paragraph(rand, VI_WORDS, names)}`,
      )
      .join('\n\n');
    const en = [1, 2, 3]
      .map(
        () =>
          `## ${sentence(rand, EN_WORDS, names).slice(0, 40).replace(/\.$/, '')}\n\n${paragraph(rand, EN_WORDS, names)}\n\n${paragraph(rand, EN_WORDS, names)}`,
      )
      .join('\n\n');
    writeFileSync(
      join(dir, 'index.vi.mdx'),
      page({
        title: `${KINDS[section][k]} ${name}, ${place}`,
        description: `${KINDS[section][k]} ${name} ở ${place}, tỉnh Sơn La.`,
        slug: `${folder}-vi`,
        section,
        body: vi,
      }),
    );
    writeFileSync(
      join(dir, 'index.en.mdx'),
      page({
        title: `The ${name} ${KINDS_EN[section][k]}, ${place}`,
        description: `The ${name} ${KINDS_EN[section][k]} in ${place}, Sơn La province.`,
        slug: folder,
        section,
        body: en,
      }),
    );
    topics.push(`${section}/${folder}`);
  }
  return topics;
}
