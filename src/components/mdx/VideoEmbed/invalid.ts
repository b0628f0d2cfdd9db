import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'the whole address instead of the id',
    mdx: '<VideoEmbed id="https://youtu.be/aBcD3fGh1jK" title="Xòe" />',
    en: '<VideoEmbed id="https://youtu.be/aBcD3fGh1jK"> is not a YouTube video id: use the 11 characters after "v=" in the video\'s address, e.g. id="aBcD3fGh1jK"',
  },
];
