import { existsSync } from 'node:fs';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/**
 * From TypeScript sources (the test runner) there is no compiled worker file; the worker then compiles
 * its sources with the same compiler the test runner uses, so specs exercise the real thread, not an
 * in-process stand-in. A built server always has the `.js` file and never takes this path.
 */
const FROM_SOURCES = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require('@swc/core');
require.extensions['.ts'] = (module, filename) =>
  module._compile(
    transformSync(readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code,
    filename,
  );
require(workerData.entry);
`;

export class WorkerFailed extends Error {
  constructor(
    readonly reason: 'timeout' | 'crashed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs `base` (a path without extension) in a worker thread with `input` as its `workerData.input`, and
 * resolves with the first message it posts. The worker is terminated on its answer, on `timeoutMs`, and
 * when it dies (e.g. past `resourceLimits`), so a hostile input costs at most one bounded thread.
 */
export function runWorker<T>(
  base: string,
  input: unknown,
  opts: { timeoutMs: number; resourceLimits?: ResourceLimits; transferList?: TransferListItem[] },
): Promise<T> {
  const compiled = `${base}.js`;
  const worker = existsSync(compiled)
    ? new Worker(compiled, { workerData: { input }, ...pick(opts) })
    : new Worker(FROM_SOURCES, { eval: true, workerData: { input, entry: `${base}.ts` }, ...pick(opts) });
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new WorkerFailed('timeout', `worker took longer than ${opts.timeoutMs} ms`));
      void worker.terminate();
    }, opts.timeoutMs);
    const done = () => clearTimeout(timer);
    worker.once('message', (answer: T) => {
      done();
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      done();
      reject(new WorkerFailed('crashed', e.message));
    });
    worker.once('exit', (code) => {
      done();
      reject(new WorkerFailed('crashed', `worker exited with code ${code}`));
    });
  });
}

const pick = (opts: { resourceLimits?: ResourceLimits; transferList?: TransferListItem[] }) => ({
  resourceLimits: opts.resourceLimits,
  transferList: opts.transferList,
});
