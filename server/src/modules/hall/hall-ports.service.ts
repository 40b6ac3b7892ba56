import { Injectable } from '@nestjs/common';
import type { Dashboard, RevocationReason } from '@pameran/contracts';
import { HallBroadcaster } from './hall.broadcaster';
import { HallCommands, HallQueries } from './hall.ports';
import { rooms } from './hall.types';

/** The hall's side of its ports: answers from this node's namespace. */
@Injectable()
export class HallPorts implements HallQueries, HallCommands {
  constructor(private readonly broadcaster: HallBroadcaster) {}

  connectionsOnThisNode(): number {
    return this.broadcaster.namespace?.sockets.size ?? 0;
  }

  peopleOnThisNode(eventId: string): number {
    const ns = this.broadcaster.namespace;
    const ids = ns?.adapter.rooms.get(rooms.event(eventId));
    if (!ns || !ids) return 0;
    const users = new Set<string>();
    for (const id of ids) {
      const s = ns.sockets.get(id);
      if (s?.data.user && s.data.user.role !== 'organiser') users.add(s.data.user.sub);
    }
    return users.size;
  }

  eventsOnThisNode(): string[] {
    const ns = this.broadcaster.namespace;
    if (!ns) return [];
    const events = new Set<string>();
    for (const s of ns.sockets.values()) if (s.data.eventId) events.add(s.data.eventId);
    return [...events];
  }

  organisersOnThisNode(eventId: string): boolean {
    return Boolean(this.broadcaster.namespace?.adapter.rooms.get(rooms.role(eventId, 'organiser'))?.size);
  }

  async isAtBooth(userId: string, boothId: string): Promise<boolean> {
    const sockets = (await this.broadcaster.namespace?.in(rooms.user(userId)).fetchSockets()) ?? [];
    return sockets.some((s) => s.rooms.has(rooms.booth(boothId)));
  }

  sendDashboardHere(eventId: string, figures: Dashboard): void {
    this.broadcaster.namespace?.local.to(rooms.role(eventId, 'organiser')).emit('dashboard', figures);
  }

  disconnectUser(userId: string): void {
    this.broadcaster.namespace?.in(rooms.user(userId)).disconnectSockets(true);
  }

  /**
   * Tell every socket of the person why, then close them, on every node (both go through the adapter, in
   * this order, so the reason reaches the client before the close does).
   */
  endSessionsOf(userId: string, reason: RevocationReason): void {
    this.broadcaster.send(rooms.user(userId), 'session:revoked', { reason });
    this.disconnectUser(userId);
  }

  /** Where and on what device a user's hall socket (any node) is, for bans that hold the person. */
  async lastSeen(userId: string): Promise<{ address: string; deviceId: string | null } | null> {
    const sockets = (await this.broadcaster.namespace?.in(rooms.user(userId)).fetchSockets()) ?? [];
    const data = sockets.find((s) => s.data.deviceId)?.data ?? sockets[0]?.data;
    return data ? { address: data.address, deviceId: data.deviceId } : null;
  }
}
