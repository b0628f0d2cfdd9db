import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'a type that does not exist',
    mdx: '<Callout type="danger">Careful.</Callout>',
    en: '<Callout type="danger"> is not allowed: use one of note, tip, warning',
  },
];
