import type { KitComponent } from '../../../lib/content/check/kit';

export const factBoxSpecs = {
  FactBox: {
    required: ['title', 'source'],
    optional: ['sourceUrl'],
    children: { kind: 'component', name: 'Fact', min: 1 },
  },
  Fact: { required: ['value', 'label'], optional: ['source'] },
} satisfies Record<string, KitComponent>;
