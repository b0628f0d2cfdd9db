import { serveStatic, type Served } from '../../scripts/lib/static-site.mjs';
import { DIST } from './dist';

export interface RunningServer {
  origin: string;
  /** Every response sent, with its bytes on the wire (gzip counted). */
  served: Served[];
  /** Site path → bytes served instead of the file (e.g. a new sw.js). */
  overrides: Map<string, Buffer>;
  close: () => Promise<void>;
}

/** Serve the built site (or another `root`) on 127.0.0.1; see scripts/lib/static-site.mjs. */
export function serveDist({
  root = DIST,
  base = '/',
}: { root?: string; base?: string } = {}): Promise<RunningServer> {
  return serveStatic(root, { base });
}
