import type { HallQueries } from '../hall';
import type { MailWorker } from '../mail';
import { MetricsRegistry } from '../metrics';
import type { EffectRunner } from '../schedule/effect-runner.service';
import { NodeMetrics } from './node-metrics';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const block = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

describe('NodeMetrics', () => {
  let metrics: NodeMetrics;
  beforeEach(() => {
    metrics = new NodeMetrics(
      { connectionsOnThisNode: () => 3 } as HallQueries,
      { isLeader: true } as EffectRunner,
      { counts: { sent: 4, failed: 1, dead: 0 } } as MailWorker,
      new MetricsRegistry(),
    );
  });
  afterEach(() => metrics.onModuleDestroy());

  it('reads the same event-loop delay for every caller: reading resets nothing', async () => {
    await wait(100);
    block(120);
    await wait(50);
    const first = metrics.read();
    const second = metrics.read();
    expect(first.eventLoopDelayMs.max).toBeGreaterThanOrEqual(100);
    expect(second.eventLoopDelayMs).toEqual(first.eventLoopDelayMs);
    expect(first).toMatchObject({ connections: 3, scheduleLeader: true, mail: { sent: 4, failed: 1 } });
    expect(Object.keys(first).sort()).toEqual(
      [
        'connections',
        'eventLoopDelayMs',
        'heapUsedBytes',
        'mail',
        'rssBytes',
        'scheduleLeader',
        'uptimeSeconds',
      ].sort(),
    );
  });

  it('reads the window a caller asks for', async () => {
    await wait(50);
    block(120);
    await wait(1200);
    expect(metrics.read(60).eventLoopDelayMs.max).toBeGreaterThanOrEqual(100);
    expect(metrics.read(1).eventLoopDelayMs.max).toBeLessThan(100);
  });

  it('keeps a Prometheus registry: process metrics, the event-loop histogram and the hall figures', async () => {
    await wait(50);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toMatch(/^pameran_event_loop_delay_seconds_count [1-9]/m);
    expect(text).toMatch(/^pameran_hall_connections 3$/m);
    expect(text).toMatch(/^pameran_schedule_leader 1$/m);
    expect(text).toMatch(/^pameran_mail_total\{outcome="sent"\} 4$/m);
    expect(text).toMatch(/^pameran_mail_total\{outcome="failed"\} 1$/m);
    expect(text).not.toMatch(/version_info/); // nothing that helps pick an exploit
  });
});
