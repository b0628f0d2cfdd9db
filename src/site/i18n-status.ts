import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES, type Locale } from '../i18n/locales';
import { splitFrontmatter } from '../lib/content/check/frontmatter';
import { filesUnder } from './files';
import { isContentCollection } from '../lib/routes/sections';
import { calendarDayOf } from '../lib/content/calendar-date';
import { localeOfTopicFile } from '../lib/content/topic-files';

/**
 * Which translations are behind their source. A language version is stale when
 * its `updated` date is earlier than the other's, or when git last changed it
 * before the other file — the second catches an edit whose author forgot to
 * bump `updated`. Files not yet committed are dated by their modification time,
 * and the report says so.
 */

interface LanguageState {
  file: string;
  /** `YYYY-MM-DD` from the frontmatter, or undefined when missing/unreadable. */
  updated?: string;
  /** ISO date-time of the last change. */
  changed: string;
  /** Where `changed` comes from. */
  changedBy: 'git' | 'mtime';
}

interface TopicStatus {
  collection: string;
  topic: string;
  languages: Partial<Record<Locale, LanguageState>>;
  /** Stale languages, each with why: `updated` and/or `git`. */
  stale: Partial<Record<Locale, ('updated' | 'git')[]>>;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

function lastChange(root: string, file: string): Pick<LanguageState, 'changed' | 'changedBy'> {
  const dirty = git(root, ['status', '--porcelain', '--', file]);
  const committed = dirty === '' ? git(root, ['log', '-1', '--format=%cI', '--', file]) : undefined;
  if (committed) return { changed: new Date(committed).toISOString(), changedBy: 'git' };
  return { changed: statSync(join(root, file)).mtime.toISOString(), changedBy: 'mtime' };
}

function updatedOf(root: string, file: string): string | undefined {
  const split = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
  if (!split.ok) return undefined;
  return calendarDayOf(split.data.updated);
}

function translationStatus(root: string): TopicStatus[] {
  const topics = new Map<string, TopicStatus>();
  for (const path of filesUnder(join(root, 'content'))) {
    const [collection, topic, name, ...rest] = path.split('/');
    const locale = localeOfTopicFile(name ?? '');
    if (!locale || rest.length > 0 || !isContentCollection(collection!)) continue;
    const file = `content/${path}`;
    const key = `${collection}/${topic}`;
    const status = topics.get(key) ?? {
      collection: collection!,
      topic: topic!,
      languages: {},
      stale: {},
    };
    const updated = updatedOf(root, file);
    status.languages[locale] = { file, ...(updated ? { updated } : {}), ...lastChange(root, file) };
    topics.set(key, status);
  }
  for (const status of topics.values()) {
    for (const locale of LOCALE_CODES) {
      const mine = status.languages[locale];
      if (!mine) continue;
      const reasons: ('updated' | 'git')[] = [];
      for (const other of LOCALE_CODES.filter((l) => l !== locale)) {
        const theirs = status.languages[other];
        if (!theirs) continue;
        if (mine.updated && theirs.updated && mine.updated < theirs.updated)
          reasons.push('updated');
        if (mine.changedBy === 'git' && theirs.changedBy === 'git' && mine.changed < theirs.changed)
          reasons.push('git');
      }
      if (reasons.length > 0) status.stale[locale] = [...new Set(reasons)];
    }
  }
  return [...topics.values()].sort((a, b) =>
    `${a.collection}/${a.topic}`.localeCompare(`${b.collection}/${b.topic}`),
  );
}

const WHY: Record<'updated' | 'git', [string, string]> = {
  updated: ['"updated" is earlier', '"updated" cũ hơn'],
  git: ['last changed earlier in git', 'sửa lần cuối trong git sớm hơn'],
};

/** The report for people: per section, per topic, both languages, then one summary line. */
function formatStatus(statuses: readonly TopicStatus[]): string {
  const lines: string[] = [];
  let section = '';
  for (const s of statuses) {
    if (s.collection !== section) {
      section = s.collection;
      lines.push(`\n${section}`);
    }
    const cells = LOCALE_CODES.map((locale) => {
      const l = s.languages[locale];
      if (!l) return `${locale}: — (missing / chưa có)`;
      const when =
        l.changedBy === 'git'
          ? `git ${l.changed.slice(0, 10)}`
          : `uncommitted, file ${l.changed.slice(0, 10)} / chưa commit`;
      return `${locale}: updated ${l.updated ?? '?'} (${when})`;
    });
    const stale = Object.entries(s.stale).map(
      ([locale, why]) =>
        `${locale} is older than its source — ${why!.map((w) => WHY[w][0]).join(', ')} / bản ${locale} cũ hơn bản gốc — ${why!.map((w) => WHY[w][1]).join(', ')}`,
    );
    lines.push(`  ${stale.length ? '✗' : '✓'} ${s.topic}  ${cells.join('  ')}`);
    for (const line of stale) lines.push(`      ${line}`);
  }
  const staleCount = statuses.filter((s) => Object.keys(s.stale).length > 0).length;
  const missing = statuses.filter((s) => LOCALE_CODES.some((l) => !s.languages[l])).length;
  lines.push(
    '',
    `${statuses.length} topics: ${statuses.length - staleCount - missing} up to date, ${staleCount} with a stale translation, ${missing} missing a language. / ${statuses.length} bài: ${statuses.length - staleCount - missing} đã cập nhật, ${staleCount} có bản dịch cũ, ${missing} thiếu một ngôn ngữ.`,
  );
  return lines.join('\n').replace(/^\n/, '');
}

/**
 * What `npm run i18n:status` prints and its exit code: a report by default (a
 * stale translation is normal while a colleague translates); `strict` fails on one.
 */
export function statusReport(
  root: string,
  { json = false, strict = false } = {},
): { text: string; exitCode: number } {
  const statuses = translationStatus(root);
  const stale = statuses.filter((s) => Object.keys(s.stale).length > 0).length;
  return {
    text: json ? JSON.stringify({ topics: statuses, stale }, null, 2) : formatStatus(statuses),
    exitCode: strict && stale > 0 ? 1 : 0,
  };
}
