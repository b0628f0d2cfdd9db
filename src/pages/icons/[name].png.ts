import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, appIconSvg, type AppIcon } from '../../lib/offline/app-icon';

/** The web app manifest's PNG icons, rasterised from one SVG drawing at build time. */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({
    params: { name: icon.name },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const png = await sharp(Buffer.from(appIconSvg(props.icon)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
