#!/usr/bin/env node
/**
 * `npm run bench [-- --pages 1000,5000 --rounds 3]`: the project's full build
 * (`npm run build`: Astro, font subset, Pagefind, service worker) against bare
 * Astro + @astrojs/mdx + the Pagefind CLI on the same synthetic pages, side by
 * side, in one run. The bare project is generated here from a template: one
 * glob collection, one page route, `<html lang>`, title, description, h1 and the
 * MDX body, then `pagefind --site dist`.
 *
 * Both build cold (dist and caches removed before each build), in alternating
 * order, for several rounds. Reported: medians, and the project/bare ratio as
 * the median of each round's ratio (so a busy machine slows both sides of a
 * pair alike). Times: `/usr/bin/time` (wall, user+sys of the whole tree, max
 * RSS of the largest process); "tree RSS" is the peak of all processes alive
 * together, sampled from /proc (Astro and the Pagefind service at once).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { writeSyntheticContent } from './bench/synthetic-site.mjs';
import { copySite, removeCopy } from './lib/site-copy.mjs';

const ROOT = resolve('.');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const SIZES = String(option('pages', '1000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const ROUNDS = Number(option('rounds', '3'));

/** The bare project: the floor any Astro + MDX + Pagefind site pays for the same pages. */
const BARE = {
  'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ site: 'https://example.org', integrations: [mdx()], cacheDir: './.astro-cache' });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({ title: z.string(), description: z.string() }).passthrough(),
});
export const collections = { pages };
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const lang = entry.id.endsWith('-vi') ? 'vi' : 'en';
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
};

function bareCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'son-la-bench-bare-'));
  for (const [path, text] of Object.entries(BARE)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** RSS in bytes of a process and all its descendants, from /proc. */
function treeRss(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    try {
      const rss = readFileSync(`/proc/${current}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

function countPages(dir) {
  let pages = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(join(d, entry.name));
      } else if (entry.name.endsWith('.html')) pages += 1;
    }
  };
  walk(dir);
  return pages;
}

const SYSTEMS = {
  project: { command: 'npm run --silent build' },
  bare: { command: 'node_modules/.bin/astro build && node_modules/.bin/pagefind --site dist' },
};

async function buildOnce(system, dir) {
  for (const path of ['dist', '.astro', '.astro-cache'])
    rmSync(join(dir, path), { recursive: true, force: true });
  const timing = join(dir, '.bench-time');
  const log = join(dir, '.bench-log');
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S %M',
      '-o',
      timing,
      'sh',
      '-c',
      `{ ${SYSTEMS[system].command}; } > ${log} 2>&1`,
    ],
    {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    },
  );
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 250);
  const code = await new Promise((done) => child.on('exit', done));
  clearInterval(timer);
  if (code !== 0) {
    throw new Error(`${system} build failed in ${dir}:\n${readFileSync(log, 'utf8').slice(-3000)}`);
  }
  const [wall, user, sys, maxKb] = readFileSync(timing, 'utf8')
    .trim()
    .split('\n')
    .pop()
    .split(' ')
    .map(Number);
  return {
    wall,
    cpu: user + sys,
    rss: maxKb / 1024,
    tree: peak / 2 ** 20,
    pages: countPages(join(dir, 'dist')),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = [];
for (const pages of SIZES) {
  const topics = Math.round(pages / 2);
  const dirs = {
    project: copySite(ROOT, { content: 'all', prefix: `son-la-bench-${pages}-` }),
    bare: bareCopy(),
  };
  try {
    writeSyntheticContent(join(dirs.project, 'content'), { count: topics });
    writeSyntheticContent(join(dirs.bare, 'content'), { count: topics });
    const runs = { project: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? ['project', 'bare'] : ['bare', 'project'];
      for (const system of order) {
        const load = loadavg()[0].toFixed(1);
        const run = await buildOnce(system, dirs[system]);
        runs[system].push({ ...run, load });
        console.error(
          `${pages} pages, round ${round + 1}/${ROUNDS}, ${system}: ${run.wall.toFixed(1)} s, ${run.cpu.toFixed(1)} s CPU, ${run.rss.toFixed(0)} MB (tree ${run.tree.toFixed(0)} MB), load ${load}`,
        );
      }
    }
    const ratio = (key) => median(runs.project.map((p, i) => p[key] / runs.bare[i][key]));
    for (const system of ['project', 'bare']) {
      const r = runs[system];
      results.push({
        pages,
        system,
        'HTML pages': r[0].pages,
        'wall s': median(r.map((x) => x.wall)).toFixed(1),
        'CPU s': median(r.map((x) => x.cpu)).toFixed(1),
        'max RSS MB': median(r.map((x) => x.rss)).toFixed(0),
        'tree RSS MB': median(r.map((x) => x.tree)).toFixed(0),
        'ms/page': ((median(r.map((x) => x.wall)) * 1000) / r[0].pages).toFixed(1),
      });
    }
    results.push({
      pages,
      system: 'ratio project/bare',
      'HTML pages': '',
      'wall s': ratio('wall').toFixed(2),
      'CPU s': ratio('cpu').toFixed(2),
      'max RSS MB': ratio('rss').toFixed(2),
      'tree RSS MB': ratio('tree').toFixed(2),
      'ms/page': '',
    });
  } finally {
    removeCopy(dirs.project);
    removeCopy(dirs.bare);
  }
}
console.log(
  `\n${ROUNDS} rounds per size, medians; ${cpus().length} CPUs, load average now ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
console.table(results);
