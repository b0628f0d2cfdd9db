import type { Kit } from '../../lib/content/check/kit';
import { calloutSpecs } from './Callout/spec';
import { documentLink } from './DocumentLink/spec';
import { factBoxSpecs } from './FactBox/spec';
import { figure } from './Figure/spec';
import { gallery } from './Gallery/spec';
import { placeMap } from './PlaceMap/spec';
import { timelineSpecs } from './Timeline/spec';
import { videoEmbed } from './VideoEmbed/spec';

/**
 * What editors may write in MDX: the rules of every component of the kit, each
 * from its own folder (`<Name>/spec.ts`, see contract.ts). Plain data, so `npm
 * run content:check` can check a page without rendering it; `index.ts` maps the
 * same names to the `.astro` files (its type makes a missing or extra name a
 * type error). The order is the one the "unknown component" message lists.
 */
export const MDX_KIT = {
  Figure: figure,
  Gallery: gallery,
  ...calloutSpecs,
  ...factBoxSpecs,
  ...timelineSpecs,
  VideoEmbed: videoEmbed,
  DocumentLink: documentLink,
  PlaceMap: placeMap,
} as const satisfies Kit;

export type KitName = keyof typeof MDX_KIT;
export const KIT_NAMES = Object.keys(MDX_KIT) as KitName[];
