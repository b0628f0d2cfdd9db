/**
 * First-visit budgets per page type, in bytes on the wire (gzip counted at the
 * server, service worker and search requests included). Issue 13 set content
 * ≤ 60 KB, home ≤ 50 KB and a first Vietnamese search ≤ 200 KB; the others keep
 * what was measured after the font subset with a little headroom, so a
 * regression shows. Map pages load Leaflet only near the viewport; tiles are
 * blocked in the measurement (they are third-party and never counted here).
 */
const KB = 1024;

/** @type {{ name: string, path: string, budget: number, search?: string }[]} */
export const FIRST_VISITS = [
  { name: 'entry /', path: '/', budget: 50 * KB },
  { name: 'home vi', path: '/vi/', budget: 50 * KB },
  { name: 'home en', path: '/en/', budget: 50 * KB },
  { name: 'content (Lao Khô, en)', path: '/en/heritage/lao-kho-relic/', budget: 60 * KB },
  { name: 'content (article, vi)', path: '/vi/van-hoa/nghe-thuat-xoe-thai/', budget: 60 * KB },
  { name: 'place (Mộc Châu, vi)', path: '/vi/du-lich/cao-nguyen-moc-chau/', budget: 60 * KB },
  { name: 'itinerary (en)', path: '/en/visit/three-day-itinerary/', budget: 60 * KB },
  { name: 'section (en)', path: '/en/heritage/', budget: 60 * KB },
  { name: 'map (vi)', path: '/vi/ban-do/', budget: 120 * KB },
  { name: 'search page (vi)', path: '/vi/tim-kiem/', budget: 60 * KB },
  {
    name: 'first search (vi)',
    path: '/vi/tim-kiem/',
    search: 'deo pha din',
    budget: 200 * KB,
  },
];
