/**
 * The MDX kit as a contract (as in govuk-frontend): each component's folder
 * holds its rules (`spec.ts`), its named examples (`examples/*.mdx`, each one
 * valid) and its refused examples (`invalid.ts`, each with the message an
 * editor gets). The examples feed the checker tests (kit.test.ts), the render
 * tests (kit.render.test.ts), the kit page of the fixture site (axe checks it)
 * and the component's README, whose snippets must be examples verbatim.
 */
export interface InvalidExample {
  /** What is wrong, in a few words. */
  name: string;
  mdx: string;
  /** The English line of the checker's message, exactly. */
  en: string;
}
