/** Runs one auto-scheduling job off the main thread (see runner.ts); answers with ours and greedy's results. */
import { parentPort, workerData } from 'node:worker_threads';
import { greedyFirstFit } from './greedy';
import { schedule } from './schedule';
import type { ScheduleOptions, SchedulingProblem } from './types';

const { problem, opts } = workerData as { problem: SchedulingProblem; opts: ScheduleOptions };
parentPort?.postMessage({ result: schedule(problem, opts), greedy: greedyFirstFit(problem) });
