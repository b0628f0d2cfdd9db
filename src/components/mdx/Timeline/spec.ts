import type { KitComponent } from '../../../lib/content/check/kit';

export const timelineSpecs = {
  Timeline: {
    required: [],
    optional: ['title'],
    children: { kind: 'component', name: 'TimelineItem', min: 1 },
  },
  TimelineItem: { required: ['date', 'title'], optional: [] },
} satisfies Record<string, KitComponent>;
