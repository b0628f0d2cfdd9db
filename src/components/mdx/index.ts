import Figure from './Figure/Figure.astro';
import Gallery from './Gallery/Gallery.astro';
import Callout from './Callout/Callout.astro';
import FactBox from './FactBox/FactBox.astro';
import Fact from './FactBox/Fact.astro';
import Timeline from './Timeline/Timeline.astro';
import TimelineItem from './Timeline/TimelineItem.astro';
import VideoEmbed from './VideoEmbed/VideoEmbed.astro';
import DocumentLink from './DocumentLink/DocumentLink.astro';
import PlaceMap from './PlaceMap/PlaceMap.astro';
import type { KitName } from './kit';

/**
 * Components editors may use in MDX without import lines. TopicView passes
 * this map to every page's `<Content components={…} />`. The names come from
 * `kit.ts`, which the content check reads; `satisfies` keeps the two equal.
 */
export const mdxComponents = {
  Figure,
  Gallery,
  Callout,
  Aside: Callout,
  FactBox,
  Fact,
  Timeline,
  TimelineItem,
  VideoEmbed,
  DocumentLink,
  PlaceMap,
} satisfies Record<KitName, unknown>;
