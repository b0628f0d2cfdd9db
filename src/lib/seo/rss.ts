import { xmlEscape } from './xml-escape';

export interface FeedItem {
  title: string;
  description: string;
  url: string;
  published: Date;
}

/** RSS 2.0 for one language's news, newest first. */
export function rssXml(
  channel: { title: string; description: string; url: string; selfUrl: string; language: string },
  items: readonly FeedItem[],
): string {
  const sorted = [...items].sort((a, b) => +b.published - +a.published);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(channel.title)}</title>`,
    `    <link>${xmlEscape(channel.url)}</link>`,
    `    <description>${xmlEscape(channel.description)}</description>`,
    `    <language>${channel.language}</language>`,
    `    <atom:link href="${xmlEscape(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(sorted[0]
      ? [`    <lastBuildDate>${sorted[0].published.toUTCString()}</lastBuildDate>`]
      : []),
    ...sorted.map((item) =>
      [
        '    <item>',
        `      <title>${xmlEscape(item.title)}</title>`,
        `      <link>${xmlEscape(item.url)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(item.url)}</guid>`,
        `      <pubDate>${item.published.toUTCString()}</pubDate>`,
        `      <description>${xmlEscape(item.description)}</description>`,
        '    </item>',
      ].join('\n'),
    ),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
