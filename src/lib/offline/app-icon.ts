/**
 * The home-screen icon, drawn from the same shapes as public/favicon.svg (a
 * mountain and a sun on the brand green). Phones crop "maskable" icons to a
 * circle or squircle, so those fill the square and keep the drawing inside
 * the central 80 % safe zone; iOS rounds its icons itself.
 */
export const BRAND_GREEN = '#0b5d4b';
const GOLD = '#f3c969';

export interface AppIcon {
  /** File name under /icons/, without ".png". */
  name: string;
  size: number;
  /** Full-bleed square with the drawing in the safe zone (Android adaptive icons, iOS). */
  fullBleed: boolean;
  purpose: 'any' | 'maskable' | 'apple';
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, fullBleed: false, purpose: 'any' },
  { name: 'icon-512', size: 512, fullBleed: false, purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, fullBleed: true, purpose: 'maskable' },
  { name: 'apple-touch-icon', size: 180, fullBleed: true, purpose: 'apple' },
];

export function appIconSvg({ size, fullBleed }: Pick<AppIcon, 'size' | 'fullBleed'>): string {
  // The 64-unit favicon drawing, scaled down to 70 % and centred when the square is cropped.
  const drawing = `<path d="M8 46 24 24l9 12 7-9 16 19Z" fill="${GOLD}"/><circle cx="45" cy="18" r="5" fill="${GOLD}"/>`;
  const body = fullBleed
    ? `<rect width="64" height="64" fill="${BRAND_GREEN}"/><g transform="translate(9.6 9.6) scale(0.7)">${drawing}</g>`
    : `<rect width="64" height="64" rx="14" fill="${BRAND_GREEN}"/>${drawing}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">${body}</svg>`;
}
