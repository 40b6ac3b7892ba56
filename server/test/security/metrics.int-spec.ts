import { randomUUID } from 'node:crypto';
import { MetricsServer } from '../../src/modules/metrics';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

/**
 * The metrics endpoint (docs/security.md, "Metrics"; docs/decisions/0016-metrics-endpoint.md): a live
 * picture of the nodes for whoever can reach it, so only on its own port, on loopback unless configured,
 * and with labels a client cannot multiply.
 */
describe('metrics endpoint', () => {
  let t: TestApp;
  let metricsUrl: string;

  beforeAll(async () => {
    t = await createApp({ env: { METRICS_PORT: '0' } });
    metricsUrl = t.app.get(MetricsServer).url!;
  });
  afterAll(() => t?.close());

  it('is not on the public port, not even for an organiser', async () => {
    const { token } = await signedIn(t, 'organiser');
    for (const path of ['/metrics', '/api/metrics'])
      for (const auth of [undefined, token]) {
        const res = await fetch(`${t.url}${path}`, {
          headers: auth ? { authorization: `Bearer ${auth}` } : {},
        });
        const body = await res.text();
        expect([path, Boolean(auth), res.status]).toEqual([path, Boolean(auth), 404]);
        expect(body).not.toMatch(/pameran_|process_cpu/);
      }
    // The admin port does serve it.
    expect(await (await fetch(`${metricsUrl}/metrics`)).text()).toMatch(/^pameran_hall_connections /m);
  });

  it('listens on loopback unless told otherwise, and answers nothing but GET /metrics', async () => {
    expect(new URL(metricsUrl).hostname).toBe('127.0.0.1');
    for (const path of ['/', '/api/health', '/metrics/../api/health'])
      expect((await fetch(`${metricsUrl}${path}`)).status).toBe(404);
    expect((await fetch(`${metricsUrl}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('a flood of made-up URLs adds no series (labels are route templates, never paths)', async () => {
    const count = async () =>
      (await (await fetch(`${metricsUrl}/metrics`)).text())
        .split('\n')
        .filter((l) => l.startsWith('pameran_http_request_duration_seconds_count')).length;
    await fetch(`${t.url}/api/nothing-here-${randomUUID()}`);
    await fetch(`${t.url}/api/events/${randomUUID()}`);
    const before = await count();
    for (let i = 0; i < 40; i++) {
      await fetch(`${t.url}/api/nothing-here-${randomUUID()}?q=${i}`);
      await fetch(`${t.url}/api/events/${randomUUID()}`);
    }
    expect(await count()).toBe(before);
  });

  it('opens no metrics port unless METRICS_PORT is set', async () => {
    const plain = await createApp();
    try {
      expect(plain.app.get(MetricsServer).url).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
