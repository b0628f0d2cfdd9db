import type { Bilingual, Locale } from '../../../i18n/locales';
import type { ContentCollection } from '../../routes/sections';
import type { TopicRef, planRoutes } from '../../routes/route-table';
import type { Kit } from './kit';
import type { MdxNode, ParsedBody } from './mdx';
import type { Severity } from './problem';
import type { ContentSource } from './source';

/**
 * The two kinds of rule (rules/*.ts). A page rule looks at one MDX file; a
 * site rule at all files at once (folder layout, translations, links). A rule
 * reports through `report` and never throws for a content mistake.
 */

export type CheckMode = 'build' | 'dev';

export interface CheckContext {
  mode: CheckMode;
  source: ContentSource;
  kit: Kit;
  /** `YYYY-MM-DD`: rules that depend on the date get it here, so tests can fix it. */
  today: string;
}

/** An MDX file whose frontmatter could be read. */
export interface CheckedPage {
  /** `content/heritage/lao-kho/index.vi.mdx` */
  file: string;
  collection: ContentCollection;
  topic: string;
  locale: Locale;
  /** The whole file as read. */
  text: string;
  /** The frontmatter as YAML gives it, before the schema. */
  data: Record<string, unknown>;
  body: ParsedBody;
  /** The file line of a node of `body`. */
  line(node: MdxNode): number;
}

export interface CheckedSite {
  /** Every path under `content/`, relative to it. */
  paths: readonly string[];
  pages: readonly CheckedPage[];
  /** The pages that have a usable slug, as the route table sees them. */
  refs: readonly TopicRef[];
  /** The route table for these refs (memoised: several rules ask). */
  plan(includeDrafts: boolean): ReturnType<typeof planRoutes>;
}

type PageReport = (where: string, message: Bilingual, severity?: Severity) => void;
type SiteReport = (file: string, where: string, message: Bilingual, severity?: Severity) => void;

export interface PageRule {
  name: string;
  checkPage(page: CheckedPage, context: CheckContext, report: PageReport): void;
}

export interface SiteRule {
  name: string;
  checkSite(site: CheckedSite, context: CheckContext, report: SiteReport): void;
}

/** Placeholders stop a production build; in `astro dev` they are only a warning. */
export const placeholderSeverity = (mode: CheckMode): Severity =>
  mode === 'build' ? 'error' : 'warning';
