import { transformFileSync } from '@swc/core';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInstance } from './generator';
import { runSchedule } from './runner';
import { validate } from './validate';

/**
 * The scheduler compiled to JavaScript, as the build ships it, in a temporary folder: the worker thread
 * needs a .js file, and compiling here (rather than reading server/dist) means this test never skips and
 * never runs yesterday's build. The library imports only its own files and Node's.
 */
function compileScheduler(): string {
  const out = mkdtempSync(join(tmpdir(), 'pameran-scheduler-'));
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    const { code } = transformFileSync(join(__dirname, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    const outside = /require\("(?!\.\/|node:)([^"]+)"\)/.exec(code);
    if (outside)
      throw new Error(`${file} imports ${outside[1]}: the worker can no longer be compiled on its own here`);
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), code);
  }
  if (!existsSync(join(out, 'worker.js'))) throw new Error(`no worker.ts in ${__dirname}`);
  return out;
}

describe('running the auto-scheduler', () => {
  const problem = generateInstance(7, 200);

  it('runs in-process when there is no compiled worker (TypeScript sources)', async () => {
    const { result, greedy } = await runSchedule(problem, { timeBudgetMs: 100 }, '/nonexistent');
    expect(validate(problem, result)).toEqual([]);
    expect(result.stats.placed).toBeGreaterThanOrEqual(greedy.stats.placed);
  });

  it('runs in a worker thread from compiled JavaScript, leaving the event loop free', async () => {
    const dir = compileScheduler();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    const { result, greedy } = await runSchedule(problem, { timeBudgetMs: 400 }, dir).finally(() =>
      rmSync(dir, { recursive: true, force: true }),
    );
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(validate(problem, result)).toEqual([]);
    expect(result.stats.placed).toBeGreaterThanOrEqual(greedy.stats.placed);
    // The main thread kept ticking while the search ran elsewhere (a blocked loop would tick once or twice).
    expect(ticks).toBeGreaterThan(Math.floor(elapsed / 10) / 3);
  });
});
