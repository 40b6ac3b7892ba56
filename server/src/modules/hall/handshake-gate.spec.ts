import type { AppConfig } from '../../config/app-config';
import { BUSY_RETRY, HandshakeGate } from './handshake-gate';

const gate = (limit: number) => new HandshakeGate({ get: () => limit } as unknown as AppConfig);

describe('HandshakeGate', () => {
  it('admits up to the limit, then answers busy with a jittered retry until one ends', () => {
    const g = gate(2);
    expect(g.enter()).toBeNull();
    expect(g.enter()).toBeNull();
    const hints = Array.from({ length: 50 }, () => g.enter());
    for (const h of hints) {
      expect(h).toMatchObject({ code: 'busy' });
      expect(h!.retryInMs).toBeGreaterThanOrEqual(BUSY_RETRY.minMs);
      expect(h!.retryInMs).toBeLessThan(BUSY_RETRY.minMs + BUSY_RETRY.spreadMs);
    }
    expect(new Set(hints.map((h) => h!.retryInMs)).size).toBeGreaterThan(10);
    g.leave();
    expect(g.enter()).toBeNull();
  });
});
