import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'a gallery of one image',
    mdx: '<Gallery caption="One view">\n![A ridge](./photo.svg)\n</Gallery>',
    en: '<Gallery> must contain at least 2 image(s) written ![alt text](./file.jpg) on their own lines',
  },
];
