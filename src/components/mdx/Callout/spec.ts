import type { KitComponent } from '../../../lib/content/check/kit';

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

const callout: KitComponent = {
  required: [],
  optional: ['type', 'title'],
  choices: { type: CALLOUT_TYPES },
};

/** `<Aside>` is the same component under the name editors of other sites know. */
export const calloutSpecs = { Callout: callout, Aside: callout };
