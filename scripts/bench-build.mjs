#!/usr/bin/env node
/**
 * `npm run bench [-- 100 500 1000]`: builds the site (Astro + search index, i.e.
 * `npm run build`) with N synthetic topics in both languages added to a temporary
 * copy, and prints time, ms per page and peak memory (RSS of the build and its children).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { writeSyntheticContent } from './bench/synthetic-site.mjs';
import { copySite, removeCopy } from './lib/site-copy.mjs';

const ROOT = resolve('.');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [100, 500, 1000];

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

function countPages(dist) {
  let pages = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.html')) pages += 1;
    }
  };
  walk(dist);
  return pages;
}

async function benchOnce(count) {
  const dir = copySite(ROOT, { content: 'all', prefix: `son-la-bench-${count}-` });
  try {
    writeSyntheticContent(join(dir, 'content'), { count });
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
    const code = await new Promise((done) => child.on('exit', done));
    clearInterval(timer);
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`build with ${count} topics failed:\n${stderr.slice(-2000)}`);
    const pages = countPages(join(dir, 'dist'));
    return {
      'synthetic topics': count,
      'HTML pages': pages,
      'build s': (ms / 1000).toFixed(1),
      'ms/page': (ms / pages).toFixed(1),
      'peak RSS MB': Math.round(peak / 2 ** 20),
    };
  } finally {
    removeCopy(dir);
  }
}

const rows = [];
for (const count of counts) {
  rows.push(await benchOnce(count));
  console.table(rows);
}
