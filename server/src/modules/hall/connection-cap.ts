import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { HandshakeError } from './hall-auth.service';
import { HallBroadcaster } from './hall.broadcaster';
import { rooms } from './hall.types';

/**
 * At most `HALL_SOCKETS_PER_USER` open `/hall` connections per account, counted on every node (the
 * adapter's fetchSockets). The newest is refused, never the oldest: closing a tab the person is using
 * would surprise them, two tabs that each evict the other would reconnect in a loop, and someone holding
 * a copied token could push the owner out. Checked twice: in the handshake, so the usual case gets a
 * clean `connect_error` (`too_many_connections`); and again once the socket has joined its user's room,
 * so a burst of simultaneous handshakes (each counting before any joined) cannot get past the cap: a
 * socket that finds more than the cap after joining leaves, and the survivors never exceed it.
 */
@Injectable()
export class ConnectionCap {
  private readonly logger = new Logger(ConnectionCap.name);
  private readonly cap: number;

  constructor(
    private readonly broadcaster: HallBroadcaster,
    config: AppConfig,
  ) {
    this.cap = config.get('HALL_SOCKETS_PER_USER');
  }

  /** Before the socket joins: refuse when the account already has the cap open. */
  async admit(userId: string): Promise<void> {
    if ((await this.open(userId)) >= this.cap)
      throw new HandshakeError(
        'too_many_connections',
        `You have the hall open ${this.cap} times already; close one to open another`,
      );
  }

  /** After the socket joined its user's room: false when it made one too many. */
  async withinCap(userId: string): Promise<boolean> {
    return (await this.open(userId)) <= this.cap;
  }

  private async open(userId: string): Promise<number> {
    const ns = this.broadcaster.namespace;
    if (!ns) return 0;
    try {
      return (await ns.in(rooms.user(userId)).fetchSockets()).length;
    } catch (err) {
      // A node that does not answer in time (lost without closing its Redis link): count this node only
      // rather than keep everyone out of the hall.
      this.logger.warn({ err }, 'could not count sockets on every node; counting this node only');
      return ns.local
        .in(rooms.user(userId))
        .fetchSockets()
        .then((s) => s.length);
    }
  }
}
