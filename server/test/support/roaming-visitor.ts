import type { ServerDraining } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import type { HallClient } from './hall-client';

/**
 * A visitor as the real client behaves (client/src/lib/socket.ts, useBoothVisit.ts): reconnects with
 * jittered backoff, honours `server:draining` (drops the transport at the hinted moment and hands the
 * resume token over), and stands at its booth again on every connect. Keeps what the spec checks.
 */
export class RoamingVisitor {
  readonly socket: HallClient;
  /** Chat message ids the server acknowledged. */
  readonly acked: string[] = [];
  readonly announcements = new Set<string>();
  /** Booth counts as this client sees them: the last snapshot with every change since. */
  readonly occupancy: Record<string, number> = {};
  connects = 0;
  private resume?: string;

  constructor(
    url: string,
    token: string,
    event: string,
    /** Where the visitor stands; none for an observer that only watches the counts. */
    readonly boothId?: string,
  ) {
    let mark = () => {};
    this.entered = new Promise<void>((resolve) => (mark = resolve));
    this.markEntered = mark;
    this.socket = io(`${url}/hall`, {
      transports: ['websocket'],
      forceNew: true,
      auth: (cb) => cb({ token, event, ...(this.resume ? { resume: this.resume } : {}) }),
      reconnectionDelay: 500,
      reconnectionDelayMax: 3000,
      randomizationFactor: 0.5,
    });
    this.socket.on('connect', () => {
      this.resume = undefined;
      this.connects++;
      void this.enter();
    });
    this.socket.on('server:draining', (hint: ServerDraining) => {
      this.resume = hint.resume;
      setTimeout(() => this.socket.io.engine?.close(), hint.reconnectInMs);
    });
    this.socket.on('announcement', (a) => this.announcements.add(a.id));
    this.socket.on('hall:snapshot', (snap) => Object.assign(this.occupancy, snap.occupancy));
    this.socket.on('occupancy', ({ changes }) => Object.assign(this.occupancy, changes));
  }

  /** Resolves once the visitor stands at its booth (the first time). */
  readonly entered: Promise<void>;
  private readonly markEntered: () => void;

  private async enter(): Promise<void> {
    if (!this.boothId) return this.markEntered();
    const ack = await this.socket
      .timeout(5000)
      .emitWithAck('booth:enter', { boothId: this.boothId })
      .catch(() => undefined);
    if (ack?.ok) this.markEntered();
  }

  /** One chat message; its id is kept when (and only when) the server acknowledged it. */
  async chat(text: string): Promise<void> {
    if (!this.boothId) return;
    const ack = await this.socket
      .timeout(5000)
      .emitWithAck('chat:send', { boothId: this.boothId, text, clientMsgId: randomUUID() })
      .catch(() => undefined);
    if (ack?.ok) this.acked.push(ack.id);
  }

  close(): void {
    this.socket.close();
  }
}
