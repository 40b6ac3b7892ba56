import { Injectable } from '@nestjs/common';
import type { HandshakeErrorCode } from '@pameran/contracts';
import { AppConfig } from '../../config/app-config';

/** A refused client waits a random moment in [MIN, MIN + SPREAD) ms, so the refused do not return together. */
export const BUSY_RETRY = { minMs: 1_000, spreadMs: 4_000 };

export interface Busy {
  code: Extract<HandshakeErrorCode, 'busy'>;
  message: string;
  retryInMs: number;
}

/**
 * Bounds the handshakes a node works on at once (`HALL_HANDSHAKES_IN_FLIGHT`). Beyond it a connection is
 * refused at once with `busy` and a jittered `retryInMs` (the shape of the drain hint,
 * `server:draining.reconnectInMs`): at the opening bell the crowd is spread over a few seconds instead of
 * queueing on a node until its clients time out and all retry at the same moment.
 */
@Injectable()
export class HandshakeGate {
  private inFlight = 0;
  private readonly limit: number;

  constructor(config: AppConfig) {
    this.limit = config.get('HALL_HANDSHAKES_IN_FLIGHT');
  }

  /** Null when admitted (call `leave` when its handshake ends), else the hint to send back. */
  enter(): Busy | null {
    if (this.inFlight >= this.limit)
      return {
        code: 'busy',
        message: 'The hall is very busy; try again shortly',
        retryInMs: BUSY_RETRY.minMs + Math.floor(Math.random() * BUSY_RETRY.spreadMs),
      };
    this.inFlight++;
    return null;
  }

  leave(): void {
    this.inFlight--;
  }
}
