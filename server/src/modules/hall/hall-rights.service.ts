import { Injectable } from '@nestjs/common';
import type { Role } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { roleIn } from '../memberships';
import { BoothVisitsService } from './booth-visits.service';
import { HallBroadcaster } from './hall.broadcaster';
import { rooms, type HallCaller, type HallSocket } from './hall.types';
import { EventDirectory } from './state/event-directory';
import { FairRights } from './state/fair-rights';

/** What a socket is in its hall's fair. */
export interface HallSeat {
  user: HallCaller;
  /** The booth this person staffs in the fair, if any. */
  staffBoothId: string | null;
}

/**
 * What a person is in the fair whose hall they are in — its organiser, staff of one of its exhibitors'
 * booths, or what their account is anywhere (`baseRole`) — decided from memory at the handshake and again
 * for their open sockets when their memberships change (docs/decisions/0030-hall-rights-per-fair.md).
 */
@Injectable()
export class HallRights {
  constructor(
    private readonly rights: FairRights,
    private readonly directory: EventDirectory,
    private readonly broadcaster: HallBroadcaster,
    private readonly visits: BoothVisitsService,
  ) {}

  async seat(caller: Caller, accountRole: Role, eventId: string): Promise<HallSeat> {
    const rights = await this.rights.of(
      eventId,
      caller.sub,
      accountRole === 'organiser' || accountRole === 'exhibitor',
    );
    return {
      user: { ...caller, role: roleIn(rights, accountRole), exhibitorId: rights.exhibitorId, eventId },
      staffBoothId: await this.directory.staffBooth(eventId, rights.exhibitorId),
    };
  }

  /**
   * The person's memberships changed (here or on another node): once their rights are read again, each of
   * their sockets on this node moves to its new role's room and staff booth in its own fair.
   */
  async changed(userId: string): Promise<void> {
    if (!(await this.rights.changed(userId))) return;
    const ns = this.broadcaster.namespace;
    const ids = ns?.adapter.rooms.get(rooms.user(userId));
    if (!ns || !ids) return;
    for (const id of [...ids]) {
      const socket = ns.sockets.get(id);
      if (socket) await this.reseat(socket);
    }
  }

  private async reseat(socket: HallSocket): Promise<void> {
    const { eventId, accountRole, user: before, staffBoothId: boothBefore } = socket.data;
    const { user, staffBoothId } = await this.seat(before, accountRole, eventId);
    socket.data.user = user;
    socket.data.staffBoothId = staffBoothId;
    if (user.role !== before.role) {
      await socket.leave(rooms.role(eventId, before.role));
      await socket.join(rooms.role(eventId, user.role));
    }
    if (staffBoothId === boothBefore) return;
    if (boothBefore) await socket.leave(rooms.staff(boothBefore));
    if (!staffBoothId) return;
    await socket.join(rooms.staff(staffBoothId));
    socket.emit('booth:visitors', await this.visits.visitorsOf(staffBoothId));
  }
}
