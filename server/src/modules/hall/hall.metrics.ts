import { Injectable } from '@nestjs/common';
import type { HandshakeErrorCode } from '@pameran/contracts';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from '../metrics';

/** Every handshake refusal code, so each series exists (at 0) from the start and `rate()` sees the first. */
const HANDSHAKE_CODES: Record<HandshakeErrorCode, true> = {
  unauthorized: true,
  session_revoked: true,
  forbidden_origin: true,
  unknown_event: true,
  banned: true,
  bad_request: true,
  too_many_connections: true,
  busy: true,
};

/**
 * The hall's figures for Prometheus. Deliveries are counted in plain numbers on the hot path (one per
 * message written to a connection) and handed to the counters when scraped, so a delivery costs two
 * additions rather than two label lookups.
 */
@Injectable()
export class HallMetrics {
  /** Messages written to hall connections (every event, `peers` frames included) and their bytes. */
  deliveries = 0;
  deliveredBytes = 0;
  private readonly connects: Counter;
  private readonly refused: Counter<'code'>;
  readonly flushDuration: Histogram;

  constructor(registry: MetricsRegistry) {
    this.connects = new Counter({
      name: 'pameran_hall_connects_total',
      help: 'Hall sockets that passed the handshake',
      registers: [registry],
    });
    this.refused = new Counter({
      name: 'pameran_hall_handshake_failures_total',
      help: 'Hall handshakes refused, by error code (docs/socket-contract.md)',
      labelNames: ['code'],
      registers: [registry],
    });
    for (const code of Object.keys(HANDSHAKE_CODES)) this.refused.inc({ code }, 0);
    const read = (value: () => number) =>
      function (this: Counter) {
        this.reset();
        this.inc(value());
      };
    new Counter({
      name: 'pameran_hall_deliveries_total',
      help: 'Messages written to hall connections (events and peers frames)',
      registers: [registry],
      collect: read(() => this.deliveries),
    });
    new Counter({
      name: 'pameran_hall_delivered_bytes_total',
      help: 'Bytes of the messages written to hall connections',
      registers: [registry],
      collect: read(() => this.deliveredBytes),
    });
    this.flushDuration = new Histogram({
      name: 'pameran_hall_flush_duration_seconds',
      help: 'One movement flush: every local observer told what changed in its area of interest',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    });
  }

  connected(): void {
    this.connects.inc();
  }

  handshakeFailed(code: HandshakeErrorCode): void {
    this.refused.inc({ code });
  }

  /** One engine.io packet about to be written; only messages count (pings and upgrades do not). */
  delivered(type: string, data: unknown): void {
    if (type !== 'message') return;
    this.deliveries++;
    if (typeof data === 'string') this.deliveredBytes += Buffer.byteLength(data);
    else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) this.deliveredBytes += data.byteLength;
  }
}
