/**
 * Synthetic bilingual topics for benchmarks: realistic length (~300 words a page),
 * real Vietnamese diacritics, places inside the province. Deterministic for a given N.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VI = [
  'Sơn La là tỉnh miền núi vùng Tây Bắc, nơi mười hai dân tộc cùng sinh sống.',
  'Cao nguyên Mộc Châu nổi tiếng với đồi chè, đồng cỏ và khí hậu mát mẻ quanh năm.',
  'Đèo Pha Đin uốn lượn giữa mây núi trên quốc lộ 6, nối Sơn La với Điện Biên.',
  'Người Thái giữ gìn điệu xòe, chiếc khăn piêu và kho sách chữ Thái cổ.',
  'Lòng hồ thủy điện mở ra những hành trình bằng thuyền giữa các bản làng ven sông Đà.',
  'Du khách có thể thưởng thức pa pỉnh tộp, xôi ngũ sắc và chẩm chéo trong các bản.',
  'Tỉnh có đường biên giới với Lào và nhiều cặp cửa khẩu phục vụ giao thương.',
  'Nông sản như cà phê, xoài, nhãn và mận được chế biến và xuất khẩu sang nhiều nước.',
];
const EN = [
  'Sơn La is a mountain province in Vietnam’s north-west, home to twelve ethnic groups.',
  'The Mộc Châu plateau is known for its tea hills, pastures and cool climate.',
  'The Pha Đin pass winds through clouds on national road 6 towards Điện Biên.',
  'The Thái people keep the Xòe dance, the khăn piêu scarf and old Thái manuscripts.',
  'The hydropower reservoir opens boat journeys between villages along the Đà river.',
  'Visitors can taste pa pỉnh tộp, five-colour sticky rice and chẩm chéo dip.',
  'The province borders Laos, with several pairs of border gates for trade.',
  'Coffee, mango, longan and plum are processed here and exported to many countries.',
];
const SECTIONS = ['culture', 'heritage', 'visit', 'invest', 'cooperation'];

function paragraphs(sentences, seed, count = 6) {
  const out = [];
  for (let p = 0; p < count; p += 1) {
    const line = [];
    for (let s = 0; s < 6; s += 1) line.push(sentences[(seed + p * 3 + s) % sentences.length]);
    out.push(line.join(' '));
  }
  return out;
}

function page({ lang, slug, n, section }) {
  const sentences = lang === 'vi' ? VI : EN;
  const title = lang === 'vi' ? `Chủ đề thử nghiệm số ${n}: Sơn La và Mộc Châu` : `Test topic ${n}: Sơn La and Mộc Châu`;
  // Points near Sơn La city, well inside the outline.
  const lat = (21.3 + (n % 50) * 0.002).toFixed(4);
  const lon = (103.9 + (n % 40) * 0.003).toFixed(4);
  const place = section === 'heritage' || n % 3 === 0 ? `place:\n  lat: ${lat}\n  lon: ${lon}\n  precision: district\n` : '';
  const body = paragraphs(sentences, n).map((p, i) => `## ${lang === 'vi' ? 'Phần' : 'Part'} ${i + 1}\n\n${p}`).join('\n\n');
  return `---\ntitle: "${title}"\ndescription: "${sentences[n % sentences.length]}"\nslug: ${slug}\nupdated: 2026-11-26\nsources:\n  - title: Synthetic benchmark text\n${place}---\n\n${body}\n`;
}

/** Write N topics (2N pages) under `<root>/content/<section>/bench-<n>/`. */
export function writeSyntheticTopics(root, count) {
  for (let n = 1; n <= count; n += 1) {
    const section = SECTIONS[n % SECTIONS.length];
    const dir = join(root, 'content', section, `bench-${n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'vi.mdx'), page({ lang: 'vi', slug: `chu-de-thu-nghiem-${n}`, n, section }));
    writeFileSync(join(dir, 'en.mdx'), page({ lang: 'en', slug: `test-topic-${n}`, n, section }));
  }
}
