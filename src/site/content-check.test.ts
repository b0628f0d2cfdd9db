import { describe, expect, it } from 'vitest';
import { formatProblems } from '../lib/content/check';
import { BASE_FIXTURE } from '../../tests/support/fixture-site';
import { checkSiteContent, todayInSonLa } from './content-check';

describe('the content check on disk', () => {
  it('passes the real content of this repository', () => {
    const { problems, files } = checkSiteContent(process.cwd());
    expect(formatProblems(problems.filter((p) => p.severity === 'error'))).toBe('');
    expect(files).toBeGreaterThan(100);
  });

  it('reads the fixture site from disk as the tests read it from memory: no problem', () => {
    expect(checkSiteContent(BASE_FIXTURE).problems.filter((p) => p.severity !== 'note')).toEqual(
      [],
    );
  });

  it('counts the day in Sơn La (UTC+7), not in UTC', () => {
    expect(todayInSonLa(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
  });
});
