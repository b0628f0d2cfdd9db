import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { placeSchema } from '../lib/content/schemas';
import { allFields, readField, readSchema } from './zod-fields';

describe('reading a zod schema as form fields', () => {
  it('reads kinds, optionality, defaults and every rule', () => {
    const place = readField('place', 'place', placeSchema);
    expect(place).toMatchObject({
      kind: 'object',
      rules: { optional: false, buildOnly: ['place: refine'] },
    });
    const byPath = Object.fromEntries(allFields([place]).map((f) => [f.path, f]));
    expect(byPath['place.lat']).toMatchObject({
      kind: 'number',
      integer: false,
      rules: { min: -90, max: 90 },
    });
    expect(byPath['place.precision']).toMatchObject({
      kind: 'enum',
      options: ['site', 'commune', 'district', 'city'],
    });
    expect(byPath['place.outsideProvince']).toMatchObject({
      kind: 'boolean',
      rules: { optional: true, default: false },
    });
    const { fields } = readSchema(
      z
        .object({ n: z.number().int().min(1), tags: z.array(z.string()).max(3), link: z.url() })
        .strict(),
    );
    expect(fields.map((f) => [f.path, f.kind])).toEqual([
      ['n', 'number'],
      ['tags', 'list'],
      ['link', 'string'],
    ]);
    expect(fields[0]).toMatchObject({ integer: true, rules: { min: 1 } });
    expect(fields[1]!.rules.maxItems).toBe(3);
    expect(fields[2]!.rules.pattern?.source).toBe('^https?://\\S+$');
  });

  it('refuses, naming the field, a kind of value the editor cannot show', () => {
    expect(() => readSchema(z.object({ size: z.bigint() }))).toThrow(
      'The editor cannot show "size": the zod type "bigint". Teach src/admin/zod-fields.ts',
    );
    expect(() => readSchema(z.object({ code: z.string().length(4) }))).not.toThrow();
    expect(() => readSchema(z.object({ mail: z.email() }))).toThrow('"mail"');
  });
});
