import {
  Document,
  Scalar,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * How the browser editor reads and writes a page file (`index.<locale>.mdx`):
 * YAML frontmatter between `---` lines, then the MDX body. Registered with
 * Sveltia CMS as a custom format so that saving a page changes only what the
 * editor changed: the file's own text is carried along (`ORIGINAL`) and the new
 * values are merged into it, keeping key order, quotes, comments, blank lines
 * and the body's bytes; a key is added only when it has a value that is not
 * the schema's default (no `draft: false` appearing in every file).
 *
 * Astro reads frontmatter with js-yaml, which turns an unquoted 2014-09-18 into
 * a date; text that looks like a date is therefore quoted, and only the
 * schema's date fields are written bare.
 */

export interface FileSpec {
  /** Top-level keys in the order new files are written; a key added to a file goes at its place. */
  order: readonly string[];
  /** Paths (`event.start`, `sources.*.date`) whose values are dates, written YYYY-MM-DD unquoted. */
  dates: readonly string[];
  /** Paths whose schema default is not written when the file does not already say it. */
  defaults: Readonly<Record<string, unknown>>;
}

/** The hidden field that carries the file's text from reading to writing. */
export const ORIGINAL = '_original';

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;
/** Astro's rule: `---` on the first line, then YAML, then `---`. */
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;
/** What js-yaml would read as a timestamp rather than text. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]|$)/;

type Data = Record<string, unknown>;

function splitFile(text: string): { frontmatter: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: '', body: text };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

export function parseFile(text: string): Data {
  const { frontmatter, body } = splitFile(text);
  const data = (parseDocument(frontmatter).toJS() ?? {}) as Data;
  return { ...data, body, [ORIGINAL]: text };
}

const starPath = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as Data).every(isEmpty);
  return false;
}

function isDefault(path: string, value: unknown, spec: FileSpec): boolean {
  const key = starPath(path);
  return key in spec.defaults && JSON.stringify(spec.defaults[key]) === JSON.stringify(value);
}

function styleScalar(node: Scalar, path: string, spec: FileSpec): void {
  if (typeof node.value !== 'string') return;
  if (spec.dates.includes(starPath(path))) node.type = Scalar.PLAIN;
  else if (TIMESTAMP.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
}

/** A new value without its empty parts and the schema defaults a file need not say. */
function prune(value: unknown, path: string, spec: FileSpec): unknown {
  if (Array.isArray(value)) return value.map((item, i) => prune(item, join(path, i), spec));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Data)
      .map(([key, inner]) => [key, prune(inner, join(path, key), spec)] as const)
      .filter(([key, inner]) => !isEmpty(inner) && !isDefault(join(path, key), inner, spec)),
  );
}

function createNode(doc: Document, value: unknown, path: string, spec: FileSpec): YamlNode {
  const node = doc.createNode(prune(value, path, spec)) as YamlNode;
  const visit = (n: YamlNode | null | undefined, at: string) => {
    if (isScalar(n)) styleScalar(n, at, spec);
    else if (isMap(n))
      for (const pair of n.items) visit(pair.value as YamlNode, join(at, String(pair.key)));
    else if (isSeq(n)) n.items.forEach((item, i) => visit(item as YamlNode, join(at, i)));
  };
  visit(node, path);
  return node;
}

function sameScalar(node: Scalar, value: unknown): boolean {
  return node.value === value || (node.value instanceof Date && String(node.value) === value);
}

/** Merge `value` into the existing node (or return a new node); `undefined` means remove. */
function merge(
  doc: Document,
  node: YamlNode | null | undefined,
  value: unknown,
  path: string,
  spec: FileSpec,
): YamlNode | undefined {
  if (isEmpty(value)) return node && isEmpty(node.toJSON()) ? node : undefined;
  if (isScalar(node) && (typeof value !== 'object' || value === null)) {
    if (!sameScalar(node, value)) {
      node.value = value;
      styleScalar(node, path, spec);
    }
    return node;
  }
  if (isMap(node) && typeof value === 'object' && !Array.isArray(value)) {
    mergeMap(doc, node, value as Data, path, spec);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    mergeSeq(doc, node, value, path, spec);
    return node;
  }
  return createNode(doc, value, path, spec);
}

function mergeSeq(doc: Document, seq: YAMLSeq, values: unknown[], path: string, spec: FileSpec) {
  values.forEach((value, i) => {
    const merged = merge(doc, seq.items[i] as YamlNode, value, join(path, i), spec);
    if (i < seq.items.length) seq.items[i] = merged ?? createNode(doc, value, join(path, i), spec);
    else seq.items.push(merged ?? createNode(doc, value, join(path, i), spec));
  });
  seq.items.splice(values.length);
}

const keyOf = (key: unknown) => String(isScalar(key) ? key.value : key);

function mergeMap(doc: Document, map: YAMLMap, values: Data, path: string, spec: FileSpec) {
  const order = path ? Object.keys(values) : spec.order;
  // Keys the new values no longer have are removed.
  map.items = map.items.filter((pair) => keyOf(pair.key) in values);
  for (const [key, value] of Object.entries(values)) {
    const at = join(path, key);
    const index = map.items.findIndex((pair) => keyOf(pair.key) === key);
    if (index >= 0) {
      const merged = merge(doc, map.items[index]!.value as YamlNode, value, at, spec);
      if (merged) map.items[index]!.value = merged;
      else map.items.splice(index, 1);
      continue;
    }
    if (isEmpty(value) || isDefault(at, value, spec)) continue;
    const pair = doc.createPair(key, createNode(doc, value, at, spec));
    // At its place in the order: before the first existing key that comes after it.
    const rank = (name: string) => {
      const i = order.indexOf(name);
      return i < 0 ? order.length : i;
    };
    const before = map.items.findIndex((p) => rank(keyOf(p.key)) > rank(key));
    if (before < 0) map.items.push(pair);
    else map.items.splice(before, 0, pair);
  }
}

/** Put the body back: unchanged text keeps its bytes; otherwise the file's own spacing around it. */
function writeBody(body: string, original: string | undefined): string {
  if (original !== undefined && body.trim() === original.trim()) return original;
  const lead = original !== undefined ? /^\s*/.exec(original)![0] : '\n';
  return `${lead || '\n'}${body.trim()}\n`;
}

/**
 * Text as NFC, as the content check requires: typed with a "Unicode tổ hợp"
 * keyboard or pasted from a PDF, Vietnamese arrives as letters plus separate
 * accent marks, which look the same but search and the font see as other text.
 */
function precomposed(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(precomposed);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, precomposed(v)]));
  return value;
}

export function formatFile(value: Data, spec: FileSpec): string {
  const { [ORIGINAL]: original, ...typed } = value;
  const { body, ...data } = precomposed(typed) as Data;
  const source = typeof original === 'string' ? splitFile(original) : undefined;
  const doc = source
    ? parseDocument(source.frontmatter)
    : new Document({}, { version: '1.2' } as never);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  // Keys in the order of the spec, new files and existing ones alike (existing keys keep their place).
  const ordered: Data = {};
  for (const key of spec.order) if (key in data) ordered[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in ordered)) ordered[key] = data[key];
  mergeMap(doc, doc.contents as YAMLMap, ordered, '', spec);
  const frontmatter = doc.toString(STRINGIFY);
  return `---\n${frontmatter}---\n${writeBody(typeof body === 'string' ? body : '', source?.body)}`;
}
