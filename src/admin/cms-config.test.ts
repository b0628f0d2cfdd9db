import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryCollection, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemas, SLUG_PATTERN, DESCRIPTION_MAX } from '../lib/content/schemas';
import { parseFile } from './browser/mdx-file';
import {
  cmsConfig,
  cmsField,
  collectionFields,
  editorBackend,
  fileSpec,
  collectionNames,
  parityProblems,
  schemaFields,
} from './cms-config';
import { IMAGE_MARKER_DESCRIPTION, readSchema } from './zod-fields';

const config = cmsConfig({
  backend: { name: 'github', repo: 'province/portal', branch: 'main' },
  siteUrl: 'https://portal.sonla.example',
});
type AnyField = Field & Record<string, any>;
const fieldsOf = (collection: string) =>
  (config.collections!.find((c) => c.name === collection) as EntryCollection).fields as AnyField[];
const find = (fields: AnyField[], path: string): AnyField => {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head)!;
  if (!rest.length) return field;
  return find(field.fields ?? [field.field], rest.filter((p) => p !== '*').join('.') || head!);
};

describe('the editor configuration (generated from the zod schemas)', () => {
  it('has a collection for every folder under content/, each writing index.<locale>.mdx beside its images', () => {
    const folders = readdirSync('content', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `content/${entry.name}`);
    const collections = config.collections as {
      folder: string;
      path: string;
      media_folder: string;
    }[];
    expect(collections.map((c) => c.folder).sort()).toEqual(folders.sort());
    for (const c of collections) {
      expect(c.path).toBe('{{slug}}/index');
      expect(c.media_folder).toBe('');
    }
    expect(config.i18n).toMatchObject({
      structure: 'multiple_files',
      locales: ['vi', 'en'],
      default_locale: 'vi',
    });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('enforces the schema’s rules in the form, every collection, every field', () => {
    for (const name of collectionNames())
      expect(parityProblems(schemaFields(name), collectionFields(name)), name).toEqual([]);
    const description = find(fieldsOf('news'), 'description');
    expect(description).toMatchObject({ required: true, maxlength: DESCRIPTION_MAX, i18n: true });
    expect(find(fieldsOf('pages'), 'slug').pattern?.[0]).toBe(SLUG_PATTERN.source);
    expect(find(fieldsOf('heritage'), 'place')).toMatchObject({ required: true });
    expect(find(fieldsOf('culture'), 'place')).toMatchObject({ required: false });
    expect(find(fieldsOf('heritage'), 'place.lat')).toMatchObject({
      min: -90,
      max: 90,
      required: true,
    });
    expect(find(fieldsOf('heritage'), 'sources')).toMatchObject({ min: 1, required: true });
  });

  it('fails when a schema rule has no counterpart in the form', () => {
    const fields = schemaFields('pages');
    const form = collectionFields('pages').map((f) =>
      f.name === 'description' ? ({ ...f, maxlength: undefined } as Field) : f,
    );
    expect(parityProblems(fields, form)).toEqual([
      'description: maxlength 160 in the schema, undefined in the form',
    ]);
    const refined = readSchema(
      z.object({ when: z.string().refine((s) => s.length > 2) }).strict(),
    ).fields;
    expect(
      parityProblems(
        refined,
        refined.map((f) => cmsField(f)),
      ),
    ).toEqual([
      'when: refine: a schema rule the form cannot check and the build gate does not list',
    ]);
  });

  it('shows a field added to a schema, with its rules, without touching the editor', () => {
    // As when a review date and interval, or a source's "accessed" date, join the schema.
    const image = () => z.string().describe(IMAGE_MARKER_DESCRIPTION);
    const extended = z
      .object({
        ...schemas.pages(image).shape,
        reviewEvery: z.number().int().min(1).max(36).optional(),
        sources: z
          .array(z.object({ title: z.string().min(1), accessed: z.string().optional() }))
          .min(1),
      })
      .strict();
    const fields = readSchema(extended).fields;
    const form = fields.map((f) => cmsField(f));
    expect(parityProblems(fields, form)).toEqual([]);
    expect(find(form as AnyField[], 'reviewEvery')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
      max: 36,
      required: false,
      i18n: 'duplicate',
    });
    expect(find(form as AnyField[], 'sources.accessed')).toMatchObject({
      name: 'accessed',
      required: false,
    });
  });

  it('keeps pages current: review date and interval, and when each source was read, entered once', () => {
    const heritage = fieldsOf('heritage');
    expect(find(heritage, 'reviewed')).toMatchObject({
      widget: 'datetime',
      required: false,
      i18n: 'duplicate',
    });
    expect(find(heritage, 'reviewEvery')).toMatchObject({
      widget: 'select',
      required: false,
      i18n: 'duplicate',
    });
    expect(find(heritage, 'sources.accessed')).toMatchObject({
      widget: 'datetime',
      i18n: 'duplicate',
    });
    // The interval's default differs by section, so the file format never leaves a chosen one out.
    const { defaults, dates } = fileSpec();
    expect(defaults).not.toHaveProperty('reviewEvery');
    expect(defaults).toMatchObject({ draft: false, 'place.outsideProvince': false });
    expect(dates).toEqual(expect.arrayContaining(['updated', 'reviewed', 'sources.*.accessed']));
  });

  it('asks for prose per language and for data once', () => {
    const heritage = fieldsOf('heritage');
    const translated = [
      'title',
      'description',
      'slug',
      'body',
      'cover.alt',
      'place.basis',
      'sources.title',
      'rankDecision',
    ];
    const shared = [
      'updated',
      'cover',
      'cover.src',
      'place',
      'place.lat',
      'place.precision',
      'place.commune',
      'sources.url',
      'sources.date',
      'rank',
    ];
    for (const path of translated) expect(find(heritage, path).i18n, path).toBe(true);
    for (const path of shared) expect(find(heritage, path).i18n, path).toBe('duplicate');
    // The Vietnamese text has legal force, the translation does not.
    expect(find(fieldsOf('documents'), 'authoritative').i18n).toBe(true);
  });

  it('shares only fields that every existing page pair already has equal', () => {
    const problems: string[] = [];
    for (const name of collectionNames()) {
      const fields = fieldsOf(name);
      for (const topic of readdirSync(join('content', name))) {
        const file = (l: string) => join('content', name, topic, `index.${l}.mdx`);
        if (!existsSync(file('vi')) || !existsSync(file('en'))) continue;
        const [vi, en] = ['vi', 'en'].map((l) => parseFile(readFileSync(file(l), 'utf8')));
        const compare = (form: AnyField[], a: any, b: any, at: string) => {
          for (const field of form) {
            const [x, y] = [a?.[field.name], b?.[field.name]];
            const path = `${at}${field.name}`;
            if (
              field.widget === 'object' &&
              field.i18n === 'duplicate' &&
              field.fields?.some((f: AnyField) => f.i18n === true)
            ) {
              compare(field.fields, x, y, `${path}.`);
              if (Boolean(x) !== Boolean(y))
                problems.push(`${file('vi')}: ${path} present in one language only`);
            } else if (field.widget === 'list' && field.i18n === true && field.fields) {
              // Each language may list more sources; shared parts go by position.
              (x ?? [])
                .slice(0, y?.length ?? 0)
                .forEach((item: unknown, i: number) =>
                  compare(field.fields, item, y[i], `${path}.${i}.`),
                );
            } else if (field.i18n === 'duplicate' && JSON.stringify(x) !== JSON.stringify(y)) {
              problems.push(
                `${file('vi')}: ${path} differs (${JSON.stringify(x)} / ${JSON.stringify(y)})`,
              );
            }
          }
        };
        compare(fields, vi, en, '');
      }
    }
    // A shared field would copy the Vietnamese value over the English one on the next save.
    expect(problems).toEqual([]);
  });

  it('labels every field in both languages', () => {
    const unlabelled: string[] = [];
    const walk = (fields: AnyField[], at: string) => {
      for (const field of fields) {
        if (!/ \/ /.test(field.label ?? '')) unlabelled.push(`${at}${field.name}`);
        if (field.fields) walk(field.fields, `${at}${field.name}.`);
      }
    };
    for (const name of collectionNames()) walk(fieldsOf(name), `${name}: `);
    // Add a label for each in FIELD_TEXT, src/admin/field-text.ts.
    expect(unlabelled).toEqual([]);
  });

  it('connects to the git host from the build settings, refusing what would fail later', () => {
    const allowed = ['https://api.github.com', 'https://gitlab.com', 'https://git.sonla.gov.vn'];
    const settings = { name: 'github', repo: 'sonla/portal', branch: 'main' };
    const github = cmsConfig({ backend: editorBackend(settings, allowed), siteUrl: 'https://x' });
    expect(github.backend).toEqual({
      name: 'github',
      repo: 'sonla/portal',
      branch: 'main',
      auth_methods: ['token'],
    });
    expect(github.publish_mode).toBe('editorial_workflow');
    const relay = editorBackend(
      { ...settings, oauthBaseUrl: 'https://auth.sonla.workers.dev' },
      allowed,
    );
    expect(cmsConfig({ backend: relay, siteUrl: 'https://x' }).backend).toEqual({
      name: 'github',
      repo: 'sonla/portal',
      branch: 'main',
      base_url: 'https://auth.sonla.workers.dev',
    });
    const gitlab = editorBackend(
      {
        ...settings,
        name: 'gitlab',
        apiRoot: 'https://git.sonla.gov.vn/api/v4',
        oauthBaseUrl: 'https://git.sonla.gov.vn',
        oauthAppId: 'abc',
      },
      allowed,
    );
    expect(cmsConfig({ backend: gitlab, siteUrl: 'https://x' }).backend).toMatchObject({
      auth_type: 'pkce',
      app_id: 'abc',
    });
    const forgejo = cmsConfig({
      backend: editorBackend(
        { ...settings, name: 'gitea', apiRoot: 'https://git.sonla.gov.vn/api/v1' },
        allowed,
      ),
      siteUrl: 'https://x',
    });
    // Gitea and Forgejo have no editorial workflow in the CMS: changes go to the configured branch.
    expect(forgejo.publish_mode).toBe('simple');
    expect(() => editorBackend({ ...settings, name: 'bitbucket' }, allowed)).toThrow(
      'use github, gitlab or gitea',
    );
    expect(() => editorBackend({ ...settings, repo: 'portal' }, allowed)).toThrow(
      'write owner/name',
    );
    expect(() =>
      editorBackend(
        { ...settings, name: 'gitea', apiRoot: 'https://git.example.org/api/v1' },
        allowed,
      ),
    ).toThrow('add https://git.example.org to connect-src');
  });
});
