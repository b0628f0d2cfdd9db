import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'a box without figures',
    mdx: '<FactBox title="Sơn La" source="A source">\n</FactBox>',
    en: '<FactBox> must contain at least 1 <Fact … /> inside it',
  },
  {
    name: 'a figure without its label',
    mdx: '<FactBox title="Sơn La" source="A source">\n  <Fact value="12" />\n</FactBox>',
    en: '<Fact> needs label="…" (required)',
  },
];
