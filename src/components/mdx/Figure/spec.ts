import type { KitComponent } from '../../../lib/content/check/kit';

export const figure: KitComponent = {
  required: ['caption'],
  optional: ['credit'],
  children: { kind: 'images', min: 1 },
};
