import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales';
import en from '../i18n/ui/en.json';
import vi from '../i18n/ui/vi.json';
import { CONTENT_COLLECTIONS, PAGES_COLLECTION } from '../lib/routes/sections';
import { schemas, type CollectionName } from '../lib/content/schemas';
import { MDX_KIT } from '../components/mdx/kit';
import { editorComponentIds } from './browser/editor-components';
import { FIELD_TEXT, inFieldOrder, isShared, textFor } from './field-text';
import type { FileSpec } from './browser/mdx-file';
import { IMAGE_MARKER_DESCRIPTION, allFields, readSchema, type SchemaField } from './zod-fields';

/**
 * The Sveltia CMS configuration (written to dist/admin/config.yml), generated
 * from the zod schemas: one collection per content folder, Vietnamese and
 * English side by side, each topic a folder `content/<collection>/<topic>/`
 * holding `index.vi.mdx`, `index.en.mdx` and its images (docs/adr/0003).
 */

export interface EditorBackend {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  /** REST API of a self-hosted GitLab, Gitea or Forgejo (e.g. https://git.sonla.gov.vn/api/v1). */
  apiRoot?: string;
  /**
   * OAuth: for GitHub the origin of an OAuth relay; for a self-hosted GitLab, Gitea or
   * Forgejo the host's origin. Without OAuth, editors sign in with a personal access token.
   */
  oauthBaseUrl?: string;
  /** OAuth application id: GitLab (PKCE, no relay needed), Gitea and Forgejo. */
  oauthAppId?: string;
}

/** The custom file format registered by src/admin/browser/entry.ts. */
export const MDX_FORMAT = 'mdx-frontmatter';

/** Astro's image() as the editor sees it: a string marked as an image. */
const imageMarker = () => z.string().describe(IMAGE_MARKER_DESCRIPTION);

/** Fields whose text runs to more than a line. */
const LONG_TEXT = new Set([
  'description',
  'sources.*.note',
  'visiting.note',
  'opportunities.*.note',
  'activities.*.activity',
  'activities.*.statusNote',
]);

/** Readable names for choices, where the site already has them. */
const OPTION_LABELS: Record<string, Record<string, string>> = {
  'place.precision': {
    site: 'site — tọa độ của chính địa điểm / the place itself',
    commune: 'commune — trung tâm xã, phường / commune or ward centre',
    district: 'district — điểm tham chiếu huyện cũ / former district point',
    city: 'city — điểm tham chiếu thành phố / city point',
  },
  rank: Object.fromEntries(
    Object.keys(vi.rank).map((key) => [
      key,
      `${vi.rank[key as keyof typeof vi.rank]} / ${en.rank[key as keyof typeof en.rank]}`,
    ]),
  ),
};

type I18nMode = true | 'duplicate';

/** One form field for one schema field. `parent` is the i18n mode of the enclosing object or list. */
export function cmsField(field: SchemaField, parent?: I18nMode): Field {
  const shared = parent === 'duplicate' || isShared(field);
  const i18n: I18nMode = shared ? 'duplicate' : true;
  const { label, hint } = textFor(field.path, field.name, field.description);
  const { rules } = field;
  const common = {
    name: field.name,
    label,
    ...(hint ? { hint } : {}),
    i18n,
    required: !rules.optional,
  };
  const pattern = rules.pattern
    ? { pattern: [rules.pattern.source, rules.pattern.message] as [string, string] }
    : {};
  const lengths = {
    ...(rules.minLength !== undefined && rules.minLength > 1 ? { minlength: rules.minLength } : {}),
    ...(rules.maxLength !== undefined ? { maxlength: rules.maxLength } : {}),
  };
  switch (field.kind) {
    case 'string':
      return {
        ...common,
        widget: LONG_TEXT.has(field.path) ? 'text' : 'string',
        ...(field.format === 'url' ? { type: 'url' as const } : {}),
        ...pattern,
        ...lengths,
      } as Field;
    case 'number':
      return {
        ...common,
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        ...(field.integer ? {} : { step: 0.00001 }),
        ...(rules.min !== undefined ? { min: rules.min } : {}),
        ...(rules.max !== undefined ? { max: rules.max } : {}),
      };
    case 'boolean':
      return {
        ...common,
        widget: 'boolean',
        required: false,
        ...(typeof rules.default === 'boolean' ? { default: rules.default } : {}),
      };
    case 'date':
      return { ...common, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'enum': {
      const labels = OPTION_LABELS[field.path];
      return {
        ...common,
        widget: 'select',
        options: field.options.map((value) => ({ value, label: labels?.[value] ?? value })),
      };
    }
    case 'image':
      return {
        ...common,
        widget: 'image',
        choose_url: false,
        accept: 'image/svg+xml,image/png,image/jpeg,image/webp,image/avif,image/gif',
      };
    case 'object':
      // Whether the object is there is shared by both languages (Sveltia keeps a translated
      // optional object's presence per language, and an English one left "off" loses its text);
      // its translated parts (cover.alt, place.basis) are still per language.
      return {
        ...common,
        i18n: 'duplicate',
        widget: 'object',
        fields: field.fields.map((inner) => cmsField(inner, shared ? 'duplicate' : undefined)),
      };
    case 'list': {
      const { item } = field;
      const list = {
        ...common,
        widget: 'list' as const,
        ...(rules.minItems !== undefined ? { min: rules.minItems } : {}),
        ...(rules.maxItems !== undefined ? { max: rules.maxItems } : {}),
        ...(rules.minItems ? { required: true } : {}),
      };
      if (item.kind === 'object') {
        const first = item.fields.find((inner) => inner.kind === 'string');
        return {
          ...list,
          ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
          collapsed: 'auto',
          fields: item.fields.map((inner) => cmsField(inner, i18n)),
        } as Field;
      }
      return { ...list, field: cmsField({ ...item, name: field.name }, i18n) } as Field;
    }
  }
}

/** The form fields of a collection: its frontmatter, then the body. */
export function collectionFields(name: CollectionName): Field[] {
  const { fields } = readSchema(schemas[name](imageMarker));
  const order = inFieldOrder(fields.map((field) => field.name));
  return [
    ...order.map((key) => cmsField(fields.find((field) => field.name === key)!)),
    {
      name: 'body',
      label: FIELD_TEXT.body!.label,
      widget: 'richtext',
      i18n: true,
      required: true,
      editor_components: ['image', ...editorComponentIds(MDX_KIT)],
      buttons: [
        'bold',
        'italic',
        'link',
        'heading-two',
        'heading-three',
        'quote',
        'bulleted-list',
        'numbered-list',
      ],
    },
  ];
}

function collectionLabel(name: CollectionName): string {
  if (name === PAGES_COLLECTION) return 'Trang chung / General pages';
  return `${vi.section[name as keyof typeof vi.section]} / ${en.section[name as keyof typeof en.section]}`;
}

function sharedDefaults(fields: readonly SchemaField[]): Record<string, unknown> {
  const byPath = new Map<string, Set<string>>();
  for (const field of fields) {
    const values = byPath.get(field.path) ?? new Set<string>();
    values.add(JSON.stringify(field.rules.default));
    byPath.set(field.path, values);
  }
  return Object.fromEntries(
    [...byPath]
      .filter(([, values]) => values.size === 1 && !values.has(undefined as never))
      .map(([path, values]) => [path, JSON.parse([...values][0]!) as unknown]),
  );
}

/** What the file format needs to know about the schemas (written to site.json). */
export function fileSpec(): FileSpec {
  const fields = collectionNames().flatMap((name) =>
    allFields(readSchema(schemas[name](imageMarker)).fields),
  );
  const topLevel = [
    ...new Set(
      collectionNames().flatMap((name) =>
        readSchema(schemas[name](imageMarker)).fields.map((f) => f.name),
      ),
    ),
  ];
  return {
    order: inFieldOrder(topLevel),
    dates: [...new Set(fields.filter((f) => f.kind === 'date').map((f) => f.path))],
    // Only defaults every collection shares: the format does not know a file's collection,
    // and writing a chosen value is always right where leaving it out might not be.
    defaults: sharedDefaults(fields),
  };
}

function cmsCollection(name: CollectionName): EntryCollection {
  return {
    name,
    label: collectionLabel(name),
    folder: `content/${name}`,
    // content/<collection>/<topic>/index.vi.mdx and index.en.mdx (i18n: multiple_files)
    path: '{{slug}}/index',
    extension: 'mdx',
    // src/admin/browser/mdx-file.ts: saving changes only what the editor changed.
    format: MDX_FORMAT,
    // Images beside the page: ./cover.png
    media_folder: '',
    public_folder: '.',
    create: true,
    // Removing a page breaks the links to it: unpublish with "Draft" instead.
    delete: false,
    i18n: true,
    // A new topic's folder is named after its Vietnamese slug; existing folders keep their names.
    slug: '{{fields.slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'updated'],
    fields: collectionFields(name),
  };
}

/** Collections in the order of the site's navigation, general pages last. */
export function collectionNames(): CollectionName[] {
  return [...CONTENT_COLLECTIONS];
}

/**
 * The git host settings (src/site.config.ts, from CMS_* variables), checked: a
 * self-hosted host must also be allowed by the editor's CSP, or the editor
 * would load and then fail to reach it.
 */
export function editorBackend(
  settings: {
    name: string;
    repo: string;
    branch: string;
    apiRoot?: string | undefined;
    oauthBaseUrl?: string | undefined;
    oauthAppId?: string | undefined;
  },
  allowedOrigins: readonly string[],
): EditorBackend {
  const { name, repo, branch, apiRoot, oauthBaseUrl, oauthAppId } = settings;
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea')
    throw new Error(
      `CMS_BACKEND is "${name}": use github, gitlab or gitea (for Gitea and Forgejo) / CMS_BACKEND là "${name}": hãy dùng github, gitlab hoặc gitea (cho Gitea và Forgejo)`,
    );
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo))
    throw new Error(
      `CMS_REPO is "${repo}": write owner/name, e.g. sonla/portal / CMS_REPO là "${repo}": hãy viết chủ-sở-hữu/tên, ví dụ sonla/portal`,
    );
  // GitHub's OAuth relay is contacted by a sign-in window, not by the editor's requests.
  for (const address of [apiRoot, name === 'github' ? undefined : oauthBaseUrl]) {
    if (!address) continue;
    const origin = new URL(address).origin;
    if (!allowedOrigins.includes(origin))
      throw new Error(
        `${address} is on ${origin}, which the editor's security policy does not allow: add ${origin} to connect-src (and img-src, for avatars) of "/admin/*" in deploy/security-headers.json, public/_headers and deploy/nginx.conf (docs/editing.en.md) / ${origin} chưa được chính sách bảo mật của trình biên tập cho phép: thêm vào connect-src (và img-src) của "/admin/*" trong deploy/security-headers.json, public/_headers và deploy/nginx.conf (docs/editing.vi.md)`,
      );
  }
  return {
    name,
    repo,
    branch,
    ...(apiRoot ? { apiRoot } : {}),
    ...(oauthBaseUrl ? { oauthBaseUrl } : {}),
    ...(oauthAppId ? { oauthAppId } : {}),
  };
}

/** Can editors sign in with OAuth? GitHub needs a relay; GitLab, Gitea and Forgejo an app id. */
function hasOAuth(backend: EditorBackend): boolean {
  return backend.name === 'github' ? Boolean(backend.oauthBaseUrl) : Boolean(backend.oauthAppId);
}

export function cmsConfig({
  backend,
  siteUrl,
  logo,
}: {
  backend: EditorBackend;
  siteUrl: string;
  /** The site's own emblem, shown on the sign-in page and in the editor's header. */
  logo?: string;
}) {
  const git = {
    name: backend.name,
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
    ...(backend.oauthBaseUrl ? { base_url: backend.oauthBaseUrl } : {}),
    ...(backend.oauthAppId ? { app_id: backend.oauthAppId } : {}),
    ...(backend.oauthAppId && backend.name === 'gitlab' ? { auth_type: 'pkce' } : {}),
    // Without an OAuth setup there is nothing to sign in with but a personal access token.
    ...(hasOAuth(backend) ? {} : { auth_methods: ['token'] }),
  };
  const config: CmsConfig = {
    backend: git as CmsConfig['backend'],
    // A change becomes a pull/merge request that CI builds and checks (docs/editing.*.md);
    // Gitea/Forgejo have no editorial workflow in the CMS, so they commit to `branch`.
    publish_mode: backend.name === 'gitea' ? 'simple' : 'editorial_workflow',
    site_url: siteUrl,
    app_title: 'Biên tập nội dung / Content editor — Sơn La',
    ...(logo ? { logo: { src: logo } } : {}),
    // Documents for <DocumentLink href="/documents/…">; page images go beside the page.
    media_folder: 'public/documents',
    public_folder: '/documents',
    i18n: {
      structure: 'multiple_files',
      locales: [...LOCALE_CODES],
      default_locale: DEFAULT_LOCALE,
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections: collectionNames().map(cmsCollection),
  };
  return config;
}

/**
 * Schema rules a form cannot express, each with who checks it instead: the
 * build's content check (npm run content:check), with the same bilingual message.
 */
const BUILD_GATE: readonly { rule: RegExp; checkedBy: string }[] = [
  {
    rule: /: a real calendar day$/,
    checkedBy: 'the date picker offers only real days; the build checks dates typed into files',
  },
  { rule: /^place: refine$/, checkedBy: 'the build checks the point lies inside Sơn La' },
  { rule: /^event: refine$/, checkedBy: 'the build checks the event ends after it starts' },
];

type CmsFieldLike = {
  name: string;
  widget?: string;
  required?: unknown;
  maxlength?: number;
  minlength?: number;
  pattern?: [string, string];
  min?: number;
  max?: number;
  options?: { value: string }[];
  fields?: CmsFieldLike[];
  field?: CmsFieldLike;
};

const WIDGETS: Record<SchemaField['kind'], readonly string[]> = {
  string: ['string', 'text'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['datetime'],
  enum: ['select'],
  image: ['image'],
  object: ['object'],
  list: ['list'],
};

/**
 * Every rule of the schema fields that the form fields do not enforce, as
 * readable problems: the parity the tests hold the configuration to.
 */
export function parityProblems(
  schemaFields: readonly SchemaField[],
  form: readonly Field[],
): string[] {
  const problems: string[] = [];
  const check = (sf: SchemaField, cf: CmsFieldLike | undefined, item = false) => {
    const at = sf.path;
    if (!cf) return problems.push(`${at}: no form field`);
    if (!WIDGETS[sf.kind].includes(cf.widget ?? 'string'))
      problems.push(`${at}: a ${sf.kind} shown as widget "${cf.widget}"`);
    const r = sf.rules;
    // (A list's item field has no "required" of its own.)
    if (sf.kind !== 'boolean' && !item && cf.required !== !r.optional)
      problems.push(
        `${at}: ${r.optional ? 'optional' : 'required'} in the schema, not in the form`,
      );
    const same = (rule: string, want: unknown, got: unknown) => {
      if (want !== undefined && want !== got)
        problems.push(`${at}: ${rule} ${want} in the schema, ${got} in the form`);
    };
    same('maxlength', r.maxLength, cf.maxlength);
    if (r.minLength !== undefined && r.minLength > 1) same('minlength', r.minLength, cf.minlength);
    same('pattern', r.pattern?.source, cf.pattern?.[0]);
    if (sf.kind === 'number') {
      same('min', r.min, cf.min);
      same('max', r.max, cf.max);
    }
    if (sf.kind === 'list') {
      same('min items', r.minItems, cf.min);
      same('max items', r.maxItems, cf.max);
    }
    if (sf.kind === 'enum')
      same('choices', sf.options.join(','), cf.options?.map((o) => o.value).join(','));
    for (const rule of r.buildOnly)
      if (!BUILD_GATE.some((gate) => gate.rule.test(rule)))
        problems.push(
          `${rule}: a schema rule the form cannot check and the build gate does not list`,
        );
    if (sf.kind === 'object')
      for (const inner of sf.fields)
        check(
          inner,
          cf.fields?.find((f) => f.name === inner.name),
        );
    if (sf.kind === 'list') {
      if (sf.item.kind === 'object')
        for (const inner of sf.item.fields)
          check(
            inner,
            cf.fields?.find((f) => f.name === inner.name),
          );
      else check(sf.item, cf.field, true);
    }
    return undefined;
  };
  for (const sf of schemaFields)
    check(
      sf,
      (form as CmsFieldLike[]).find((f) => f.name === sf.name),
    );
  return problems;
}

/** The schema fields of a collection, as the editor reads them. */
export function schemaFields(name: CollectionName): SchemaField[] {
  return readSchema(schemas[name](imageMarker)).fields;
}
