import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'an event without a date',
    mdx: '<Timeline>\n  <TimelineItem title="Founded" />\n</Timeline>',
    en: '<TimelineItem> needs date="…" (required)',
  },
];
