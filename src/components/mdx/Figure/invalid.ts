import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'a figure without an image',
    mdx: '<Figure caption="Xòe dancers">\nNo image here.\n</Figure>',
    en: '<Figure> must contain at least 1 image(s) written ![alt text](./file.jpg) on their own lines',
  },
  {
    name: 'a figure without a caption',
    mdx: '<Figure>\n![Dancers](./photo.svg)\n</Figure>',
    en: '<Figure> needs caption="…" (required)',
  },
];
