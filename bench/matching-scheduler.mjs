#!/usr/bin/env node
// Meeting auto-scheduler benchmark: fixed, seeded, tight instances (generateInstance in the library).
// For each: the upper bound, greedy first-fit (the baseline, same process) and schedule() with its default
// 800 ms budget. The library's TypeScript is compiled on the fly with @swc/core into a temp dir, so the
// bench needs no server build. Usage: node bench/matching-scheduler.mjs [runs=3]
import { cpus } from 'node:os';
import { loadServerSource } from './ts-source.mjs';

const lib = loadServerSource('server/src/modules/matching/scheduler', 'index');

const runs = Number(process.argv[2] ?? 3);
const instances = [
  { name: 'main 2000 (seed 2020)', seed: 2020, size: 2000 },
  { name: 'small 200 (seed 7)', seed: 7, size: 200 },
  { name: 'medium 600 (seed 11)', seed: 11, size: 600 },
  { name: 'large 1000 (seed 42)', seed: 42, size: 1000 },
];
const pct = (x) => `${(100 * x).toFixed(1)} %`;
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}; ${runs} run(s) each`,
);
const rows = [];
for (const inst of instances) {
  const problem = lib.generateInstance(inst.seed, inst.size);
  const errors = [];
  for (let run = 0; run < runs; run++) {
    const greedy = lib.greedyFirstFit(problem);
    const ours = lib.schedule(problem, { seed: run + 1 });
    errors.push(...lib.validate(problem, ours), ...lib.validate(problem, greedy));
    const bound = ours.stats.upperBound;
    rows.push({
      instance: inst.name,
      run: run + 1,
      requests: problem.requests.length,
      'upper bound': bound,
      greedy: greedy.stats.placed,
      ours: ours.stats.placed,
      'ours/greedy': (ours.stats.placed / greedy.stats.placed).toFixed(3),
      'ours/bound': pct(ours.stats.placed / bound),
      // No algorithm can beat greedy by more than this on the instance: the bound caps the optimum.
      'bound/greedy': (bound / greedy.stats.placed).toFixed(3),
      'greedy ms': greedy.stats.ms,
      'ours ms': ours.stats.ms,
      iterations: ours.stats.iterations,
    });
  }
  if (errors.length) console.log(`${inst.name}: INVALID: ${errors.slice(0, 5).join('; ')}`);
}
console.table(rows);
