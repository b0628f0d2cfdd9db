import { serveStatic } from '../../scripts/lib/static-site.mjs';
import { DIST } from './dist';

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve the built site (or another `root`) on 127.0.0.1; see scripts/lib/static-site.mjs. */
export function serveDist({
  root = DIST,
  base = '/',
}: { root?: string; base?: string } = {}): Promise<RunningServer> {
  return serveStatic(root, { base });
}
