import { describe, expect, it } from 'vitest';
import { contentLinkAttributes } from './content-link';

describe('links written in content', () => {
  it('adds the deployment base to site paths', () => {
    expect(contentLinkAttributes('/vi/di-tich/', '/')).toEqual({ href: '/vi/di-tich/' });
    expect(contentLinkAttributes('/vi/di-tich/', '/quoc-te/')).toEqual({
      href: '/quoc-te/vi/di-tich/',
    });
  });

  it('marks links that leave the site', () => {
    expect(contentLinkAttributes('https://sonla.gov.vn', '/quoc-te/')).toEqual({
      href: 'https://sonla.gov.vn',
      rel: 'external noopener noreferrer',
    });
  });

  it('leaves anchors, mail links and protocol-relative URLs alone', () => {
    expect(contentLinkAttributes('#sources', '/quoc-te/')).toEqual({ href: '#sources' });
    expect(contentLinkAttributes('mailto:a@b.vn', '/x/')).toEqual({ href: 'mailto:a@b.vn' });
    expect(contentLinkAttributes('//cdn.example', '/x/')).toEqual({ href: '//cdn.example' });
  });
});
