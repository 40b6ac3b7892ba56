#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof; bench/hall-load.mjs writes one with BENCH_CPU_PROF=<dir>):
// the functions with the most self time, the share of time under the movement flush, and (with --folded
// <file>) every stack folded as `a;b;c <ms>` lines, the input of flame-graph tools (flamegraph.pl,
// speedscope, inferno).
// --from/--to (seconds since the profile started) keep only that stretch, e.g. the measured walk.
// Usage: node bench/cpuprofile-fold.mjs <file.cpuprofile> [--top 25] [--under flush] [--folded out.txt]
//        [--from s] [--to s] [--min-ms 1] [--timeline]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file] = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time per node: each sample counts the interval to the next one.
const self = new Map();
const { samples, timeDeltas } = profile;
const [from, to] = [Number(arg('from', 0)) * 1000, Number(arg('to', Infinity)) * 1000];
let at = 0;
for (let i = 0; i < samples.length; i++) {
  at += timeDeltas[i] / 1000;
  if (at < from || at > to) continue;
  const dt = (timeDeltas[i + 1] ?? 0) / 1000;
  self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
}
const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
};
const stackOf = (id) => {
  const out = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) out.push(label(byId.get(cur)));
  return out.reverse().slice(1); // drop (root)
};

let total = 0;
let idle = 0;
const perFunction = new Map();
const folded = new Map();
const under = arg('under', 'flush');
let underMs = 0;
for (const [id, ms] of self) {
  total += ms;
  const name = label(byId.get(id));
  if (name.startsWith('(idle)')) idle += ms;
  perFunction.set(name, (perFunction.get(name) ?? 0) + ms);
  const stack = stackOf(id);
  if (stack.some((f) => f.split(' ')[0] === under)) underMs += ms;
  const key = stack.join(';');
  folded.set(key, (folded.get(key) ?? 0) + ms);
}
const busy = total - idle;
const pct = (ms) => `${((ms / busy) * 100).toFixed(1)} %`;
console.log(
  `${basename(file)}: ${(busy / 1000).toFixed(2)} s busy of ${(total / 1000).toFixed(2)} s sampled`,
);
console.log(`under ${under}(): ${(underMs / 1000).toFixed(2)} s = ${pct(underMs)} of busy time`);
const top = Number(arg('top', 25));
for (const [name, ms] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  if (!name.startsWith('(idle)'))
    console.log(`${pct(ms).padStart(8)}  ${(ms / 1000).toFixed(2).padStart(6)} s  ${name}`);
// --timeline: busy and under-`under` milliseconds per second, to find the measured stretch.
if (process.argv.includes('--timeline')) {
  const perSecond = [];
  let t = 0;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] / 1000;
    const slot = (perSecond[Math.floor(t / 1000)] ??= [0, 0]);
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    const stack = stackOf(samples[i]);
    if (!stack.length || stack.at(-1).startsWith('(idle)')) continue;
    slot[0] += dt;
    if (stack.some((f) => f.split(' ')[0] === under)) slot[1] += dt;
  }
  console.log(
    perSecond.map((v, i) => `${i}s ${Math.round(v?.[0] ?? 0)}/${Math.round(v?.[1] ?? 0)}`).join('  '),
  );
}
const out = arg('folded', null);
if (out) {
  const minMs = Number(arg('min-ms', 1));
  const lines = [...folded].filter(([, ms]) => ms >= minMs).map(([k, ms]) => `${k} ${Math.round(ms)}`);
  writeFileSync(out, `${lines.sort().join('\n')}\n`);
}
