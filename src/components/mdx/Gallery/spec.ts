import type { KitComponent } from '../../../lib/content/check/kit';

export const gallery: KitComponent = {
  required: [],
  optional: ['caption'],
  children: { kind: 'images', min: 2 },
};
