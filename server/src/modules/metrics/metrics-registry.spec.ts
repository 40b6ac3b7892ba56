import { Counter } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

// A cluster worker, as the primary's AggregatorRegistry (cluster-metrics.ts) sees it: asked over IPC.
jest.mock('node:cluster', () => ({ __esModule: true, default: { isWorker: true, isPrimary: false } }));
jest.mock('cluster', () => ({ isWorker: true, isPrimary: false, isMaster: false }));

describe('MetricsRegistry in a cluster worker', () => {
  const sent: unknown[] = [];
  const original = process.send;
  beforeAll(() => {
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
  });
  afterAll(() => {
    process.send = original;
  });

  it("answers the primary's request for metrics with its own figures", async () => {
    const registry = new MetricsRegistry();
    new Counter({ name: 'pameran_spec_total', help: 'spec', registers: [registry] }).inc(3);
    process.emit('message', { type: 'prom-client:getMetricsReq', requestId: 7 }, undefined);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toHaveLength(1);
    const [answer] = sent as {
      type: string;
      requestId: number;
      metrics: { name: string; values: unknown[] }[][];
    }[];
    expect(answer).toMatchObject({ type: 'prom-client:getMetricsRes', requestId: 7 });
    const spec = answer.metrics[0].find((m) => m.name === 'pameran_spec_total');
    expect(spec?.values).toEqual([expect.objectContaining({ value: 3 })]);
    expect(answer.metrics[0].some((m) => m.name === 'process_cpu_user_seconds_total')).toBe(true);
  });
});
