#!/usr/bin/env node
/**
 * `npm test`: formatting and dead code first (seconds, and the commonest
 * mistakes), then the build, then the type check (`astro check`) and every
 * vitest project side by side — the type check is one busy core for most of
 * its run while the browser tests wait on Chromium. Prints how long each step
 * took (for the README), asserts nothing about time. Arguments go to vitest.
 */
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Run a command; `quiet` keeps its output until it ends, so parallel steps do not interleave. */
function run(label, command, args, { quiet = false } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (quiet) process.stdout.write(output);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.log(`${code === 0 ? '✓' : '✗'} ${label} (${seconds} s)`);
      resolve({ label, code, seconds });
    });
  });
}

const started = performance.now();
const results = [];
for (const [label, command, args] of [
  ['prettier --check', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['knip', bin('knip'), []],
  ['build', 'npm', ['run', 'build', '--silent']],
]) {
  const result = await run(label, command, args);
  results.push(result);
  if (result.code !== 0) break;
}
if (results.every((r) => r.code === 0)) {
  results.push(
    ...(await Promise.all([
      run('astro check', bin('astro'), ['check'], { quiet: true }),
      run('vitest', bin('vitest'), ['run', ...process.argv.slice(2)]),
    ])),
  );
}
const total = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `\n${results.map((r) => `${r.code === 0 ? '✓' : '✗'} ${r.label} ${r.seconds} s`).join(' · ')} — ${total} s in all`,
);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
