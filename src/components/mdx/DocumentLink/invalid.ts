import type { InvalidExample } from '../contract';

export const invalid: InvalidExample[] = [
  {
    name: 'a file that is not in public/',
    mdx: '<DocumentLink href="/documents/plan.pdf" title="The plan" />',
    en: '<DocumentLink href="/documents/plan.pdf">: the file public/documents/plan.pdf does not exist: check the name, or add the file under public/documents/',
  },
  {
    name: 'an address that is neither a file nor a web page',
    mdx: '<DocumentLink href="ftp://example.org/plan.pdf" title="The plan" />',
    en: '<DocumentLink href="ftp://example.org/plan.pdf"> must be a file in public/ (href="/documents/name.pdf") or a web address starting with https://',
  },
];
