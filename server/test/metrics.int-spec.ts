import { randomUUID } from 'node:crypto';
import { MetricsServer } from '../src/modules/metrics';
import { PROBE_INTERVAL_MS } from '../src/modules/hall/adapter-lag-probe';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';
import { redisUrl } from './support/services';

/** One scrape as `series → value` (the series written as Prometheus prints it, labels and all). */
async function scrape(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    series.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return series;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Prometheus metrics (a node on PostgreSQL and Redis)', () => {
  let t: TestApp;
  let metricsUrl: string;
  let slug: string;
  let boothId: string;
  const open: HallClient[] = [];

  beforeAll(async () => {
    t = await createApp({
      env: {
        METRICS_PORT: '0',
        REDIS_URL: redisUrl(),
        JWT_SECRET: 'metrics-spec-secret-'.repeat(3),
        UPLOAD_DIR_SHARED: '1',
      },
    });
    metricsUrl = t.app.get(MetricsServer).url!;
    const event = await FairFactory.event(t.db, 'metrics-fair');
    slug = event.slug;
    boothId = (await FairFactory.booth(t.db, event.id)).booth.id;
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    // The booth's staff list is re-sent (debounced) when its visitors leave: let that run before Redis goes.
    await wait(500);
    await t?.close();
  });

  it('moves the hall, HTTP, database and mail figures as people use the hall', async () => {
    const before = await scrape(metricsUrl);
    const delta = (after: Map<string, number>, series: string) =>
      (after.get(series) ?? 0) - (before.get(series) ?? 0);

    // A refused handshake, by its code.
    await expect(connectHall(t.url, { token: 'not-a-token', event: slug })).rejects.toThrow();
    // Two visitors side by side: one walks, both are in the booth, one chats.
    const [a, b] = await Promise.all(
      [0, 1].map(async () =>
        connectHall(t.url, { token: (await signedIn(t, 'visitor')).token, event: slug }),
      ),
    );
    open.push(a, b);
    a.emit('move', { x: 0, z: 0, ry: 0 });
    const seen = next(a, 'peers', (p) => (p.e ?? []).length > 0);
    b.emit('move', { x: 1, z: 1, ry: 0 });
    await seen;
    await a.emitWithAck('booth:enter', { boothId });
    await b.emitWithAck('booth:enter', { boothId });
    const chat = next(a, 'chat:message');
    expect(
      await b.emitWithAck('chat:send', { boothId, text: 'Halo', clientMsgId: randomUUID() }),
    ).toMatchObject({ ok: true });
    await chat;
    expect((await t.http.get(`/api/events/${slug}/booths`)).status).toBe(200);

    const after = await scrape(metricsUrl);
    expect(after.get('pameran_hall_connections')).toBe(2);
    expect(delta(after, 'pameran_hall_connects_total')).toBe(2);
    expect(delta(after, 'pameran_hall_handshake_failures_total{code="unauthorized"}')).toBe(1);
    expect(after.get('pameran_hall_handshake_failures_total{code="banned"}')).toBe(0);
    // Snapshots, peers frames, occupancy, acks and the chat message: each written message counts.
    expect(delta(after, 'pameran_hall_deliveries_total')).toBeGreaterThanOrEqual(8);
    expect(delta(after, 'pameran_hall_delivered_bytes_total')).toBeGreaterThan(
      40 * delta(after, 'pameran_hall_deliveries_total'),
    );
    expect(delta(after, 'pameran_hall_flush_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(delta(after, 'pameran_db_pool_acquire_seconds_count')).toBeGreaterThan(0);
    expect(after.get('pameran_db_pool_connections{state="busy"}')).toBeGreaterThanOrEqual(0);
    expect(after.get('pameran_db_pool_waiting')).toBe(0);
    expect(after.get('pameran_mail_outbox{status="queued"}')).toBe(0);
    expect(after.get('pameran_mail_outbox{status="dead"}')).toBe(0);
    expect(after.get('pameran_mail_outbox_oldest_due_seconds')).toBe(0);
    expect(after.has('pameran_timed_effect_lag_seconds_count')).toBe(true);
    expect(after.get('pameran_event_loop_delay_seconds_count')).toBeGreaterThan(0);
  });

  it('labels HTTP latency by route template, method and status class, never by the raw path', async () => {
    await t.http.get(`/api/events/${slug}/booths`);
    await t.http.get('/api/events/no-such-fair');
    const series = [...(await scrape(metricsUrl)).keys()].filter((s) =>
      s.startsWith('pameran_http_request_duration_seconds_count'),
    );
    expect(series).toContain(
      'pameran_http_request_duration_seconds_count{route="/api/events/:slug/booths",method="GET",status="2xx"}',
    );
    expect(series).toContain(
      'pameran_http_request_duration_seconds_count{route="/api/events/:slug",method="GET",status="4xx"}',
    );
    expect(series.join('\n')).not.toMatch(new RegExp(`${slug}|no-such-fair`));
  });

  it("measures the Socket.IO adapter's Redis with a publish→receive probe", async () => {
    await wait(200); // the first probe goes out at start-up
    const lag = (await scrape(metricsUrl)).get('pameran_redis_adapter_lag_seconds');
    expect(lag).toBeGreaterThan(0);
    expect(lag).toBeLessThan(PROBE_INTERVAL_MS / 1000);
  });
});
