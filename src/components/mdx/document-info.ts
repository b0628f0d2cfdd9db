import { statSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber } from '../../lib/format/intl';
import type { Locale } from '../../i18n/locales';

/**
 * Type and size of a document link, worked out at build time so the reader
 * knows what a click will download. Files live in `public/`; web addresses get
 * a type from their extension and no size (we do not fetch them).
 */
export interface DocumentInfo {
  /** Upper-case extension, e.g. `PDF`; undefined for a web page. */
  type?: string;
  /** Bytes, when the file is ours. */
  bytes?: number;
}

export function documentInfo(
  href: string,
  publicDir = join(process.cwd(), 'public'),
): DocumentInfo {
  const path = href.split(/[?#]/)[0]!;
  const ext = /\.([a-z0-9]{2,5})$/i.exec(path)?.[1]?.toUpperCase();
  if (!href.startsWith('/')) return ext ? { type: ext } : {};
  // Throws when the file is missing: the content check reports this first, in the editor's words.
  const bytes = statSync(join(publicDir, decodeURI(path))).size;
  return { ...(ext ? { type: ext } : {}), bytes };
}

/** `1.2 MB` / `1,2 MB`, in the reader's number format. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
