/**
 * The kinds of file a topic folder may hold beside its MDX. One list for the
 * cover check, the body's images and the folder layout check.
 */

/** Formats Astro's image pipeline takes (and `<img>` shows as is, for SVG). */
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'] as const;

/** Attachments an editor may keep beside a page and link to. */
const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'txt',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'odt',
  'csv',
  'geojson',
  'json',
] as const;

const extensionOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

export function isImageFile(path: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

export function isTopicAsset(path: string): boolean {
  return (
    isImageFile(path) || (ATTACHMENT_EXTENSIONS as readonly string[]).includes(extensionOf(path))
  );
}

/** ".jpg, .png, .webp, .avif, .gif or .svg" (jpeg is the same as jpg) for messages. */
export function imageTypesList(or: string): string {
  const shown = IMAGE_EXTENSIONS.filter((ext) => ext !== 'jpeg').map((ext) => `.${ext}`);
  return `${shown.slice(0, -1).join(', ')} ${or} ${shown.at(-1)}`;
}
