import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validExamples } from '../../src/components/mdx/examples';
import { NEW_TOPIC_TEXT, fixtureSite, type FixtureSite } from '../support/fixture-build';

/**
 * The production build succeeds with every component of the MDX kit and with a
 * topic from `npm run new` whose placeholders were filled (the shared fixture site).
 */
let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});
const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

describe('the fixture build', () => {
  it('publishes a filled-in new topic in both languages', () => {
    expect(page('vi/du-lich/ban-hang-moc-chau')).toContain(NEW_TOPIC_TEXT);
    expect(page('en/visit/ban-hang')).toContain(NEW_TOPIC_TEXT);
  });

  it('renders the component kit: a video that loads nothing, a document with its size', () => {
    const kit = page('en/culture/component-kit');
    expect(kit).toContain('data-video-embed');
    // Nothing from YouTube until the click: no iframe in the page as built.
    expect(kit).not.toContain('<iframe');
    // Decision 2477's text in public/documents/: 25,651 bytes.
    expect(kit).toContain('(TXT, 25 KB)');
  });

  it('shows every example of the kit', () => {
    const kit = page('en/culture/component-kit');
    for (const example of validExamples())
      expect(kit, example.name).toContain(`${example.folder}: ${example.name}`);
  });
});
