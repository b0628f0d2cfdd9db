/**
 * What the checker reads: the files of a site, behind an interface so the
 * checker stays pure. src/site/content-check.ts reads them from disk; tests
 * can hand in a few files from memory.
 */
export interface ContentSource {
  /** Every file under `content/`, relative to it (`heritage/lao-kho/index.vi.mdx`), sorted. */
  contentFiles: readonly string[];
  /** Text of a file, by its path from the site root (`content/…`). */
  read(path: string): string;
  /** Is there a file (or folder) at this path from the site root (`public/documents/x.pdf`)? */
  exists(path: string): boolean;
}

/** A site held in memory: `{ 'content/heritage/x/index.vi.mdx': '---…' }`. */
export function memorySource(files: Readonly<Record<string, string>>): ContentSource {
  const paths = Object.keys(files);
  return {
    contentFiles: paths
      .filter((path) => path.startsWith('content/'))
      .map((path) => path.slice('content/'.length))
      .sort(),
    read(path) {
      const text = files[path];
      if (text === undefined) throw new Error(`memorySource: no file ${path}`);
      return text;
    },
    exists: (path) =>
      Object.hasOwn(files, path) || paths.some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`)),
  };
}

/**
 * The site-root path a link or image in `file` names: `/x` is `public/x`,
 * `./x` is beside the page. A "%" that is not an escape is taken as written
 * (a file may be called "100%.svg"; decodeURI would throw, and the check with it).
 */
export function resolveFromPage(file: string, url: string): string {
  const clean = url.split(/[?#]/)[0]!;
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch {
    // keep the text as written
  }
  if (decoded.startsWith('/')) return `public${decoded}`;
  const dir = file.split('/').slice(0, -1);
  for (const part of decoded.split('/')) {
    if (part === '..') dir.pop();
    else if (part !== '.' && part !== '') dir.push(part);
  }
  return dir.join('/');
}
