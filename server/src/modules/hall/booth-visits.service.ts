import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { BoothVisitors } from '@pameran/contracts';
import { TtlCache } from '../../common/ttl-cache';
import { DomainEventBus } from '../../domain';
import { VisitRecorder } from '../leads/visit-recorder';
import { PresenceService } from '../presence/presence.service';
import { ScheduleService } from '../schedule/schedule.service';
import { HallBroadcaster } from './hall.broadcaster';
import { rooms, type HallSocket } from './hall.types';
import { EventBoothsReadModel } from './read-models/event-booths.read-model';
import { VisitorConsentReadModel } from './read-models/visitor-consent.read-model';
import { HallException } from './hall.exception';
import { ResumeTokens } from './resume-token';

const VISITORS_DEBOUNCE_MS = 200;

/**
 * Entering and leaving booths: presence counts, the booth's room (its chat), the visit recorded as a
 * lead, and the list of consenting visitors pushed to the booth's staff.
 */
@Injectable()
export class BoothVisitsService implements OnModuleDestroy {
  private readonly logger = new Logger(BoothVisitsService.name);
  /** event id → its booth ids (booths are few and change rarely). */
  private readonly booths = new TtlCache<Set<string>>(30_000, 50);
  private readonly visits = new Map<string, string>();
  private readonly pendingVisitors = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly eventBooths: EventBoothsReadModel,
    private readonly presence: PresenceService,
    private readonly recorder: VisitRecorder,
    private readonly hall: HallBroadcaster,
    private readonly schedule: ScheduleService,
    private readonly consent: VisitorConsentReadModel,
    private readonly resumes: ResumeTokens,
    private readonly bus: DomainEventBus,
  ) {}

  async enter(socket: HallSocket, boothId: string): Promise<number> {
    const { eventId, user } = socket.data;
    const booths = await this.booths.get(eventId, () => this.eventBooths.idsOf(eventId));
    if (!booths.has(boothId))
      throw new HallException('unknown_booth', 'There is no such booth in this event');
    // While the hall is closed visitors can browse but not stand at booths; staff can still prepare theirs.
    if (socket.data.staffBoothId !== boothId) await this.schedule.assertHallOpen(eventId);
    const previous = this.presence.where(socket.id);
    if (previous?.boothId === boothId) return this.presence.count(eventId, boothId);
    if (previous) await this.leave(socket);
    await this.presence.enter(socket.id, eventId, boothId, user.sub);
    await socket.join(rooms.booth(boothId));
    if (socket.data.staffBoothId !== boothId) this.visits.set(socket.id, this.visitFor(socket, boothId));
    this.visitorsChanged(boothId);
    return this.presence.count(eventId, boothId);
  }

  async leave(socket: HallSocket): Promise<void> {
    const stay = await this.presence.leave(socket.id);
    if (!stay) return;
    await socket.leave(rooms.booth(stay.boothId));
    const visit = this.visits.get(socket.id);
    if (visit) {
      this.visits.delete(socket.id);
      this.recorder.leave(visit);
    }
    this.visitorsChanged(stay.boothId);
    await this.bus.publish('hall.booth_left', { userId: socket.data.user.sub, boothId: stay.boothId });
  }

  /** The token a draining node gives this socket so the next node carries its visit on, if it has one. */
  resumeTokenFor(socket: HallSocket): string | undefined {
    const stay = this.presence.where(socket.id);
    const visitId = this.visits.get(socket.id);
    if (!stay || !visitId) return undefined;
    return this.resumes.sign(socket.data.user.sub, socket.data.eventId, { boothId: stay.boothId, visitId });
  }

  /**
   * A new visit, or — the first time a socket that came with a resume token enters that token's booth —
   * the visit it had on the node that drained (no second lead for one stay at a booth).
   */
  private visitFor(socket: HallSocket, boothId: string): string {
    const resume = socket.data.resume;
    socket.data.resume = undefined;
    if (resume?.boothId === boothId) return this.recorder.resume(resume.visitId);
    return this.recorder.enter(boothId, socket.data.eventId, socket.data.user.sub);
  }

  /** A person's consent changed: re-send the lists of every booth where they stand now (any node). */
  async consentChanged(userId: string): Promise<void> {
    const sockets = (await this.hall.namespace?.in(rooms.user(userId)).fetchSockets()) ?? [];
    const booths = sockets.flatMap((s) => [...s.rooms].filter((r) => r.startsWith(rooms.booth(''))));
    for (const room of new Set(booths)) this.visitorsChanged(room.slice(rooms.booth('').length));
  }

  /** Push the booth's visitor list to its staff (debounced; read across nodes). */
  visitorsChanged(boothId: string): void {
    if (this.pendingVisitors.has(boothId)) return;
    const timer = setTimeout(() => {
      this.pendingVisitors.delete(boothId);
      // A failed push (Redis away) is logged; the next change sends the list again.
      this.sendVisitors(boothId).catch((error: unknown) =>
        this.logger.warn({ boothId, error: String(error) }, 'booth visitor list not sent'),
      );
    }, VISITORS_DEBOUNCE_MS);
    this.pendingVisitors.set(boothId, timer);
  }

  /** Pending pushes are dropped on shutdown: they would run after Redis has closed. */
  onModuleDestroy(): void {
    for (const timer of this.pendingVisitors.values()) clearTimeout(timer);
    this.pendingVisitors.clear();
  }

  async visitorsOf(boothId: string): Promise<BoothVisitors> {
    const ns = this.hall.namespace;
    const sockets = ns ? await ns.in(rooms.booth(boothId)).fetchSockets() : [];
    const visitors = sockets.filter((s) => s.data.staffBoothId !== boothId);
    const consenting = await this.consent.consenting([...new Set(visitors.map((s) => s.data.user.sub))]);
    const seen = new Map<string, BoothVisitors['visitors'][number]>();
    for (const s of visitors) {
      const d = s.data;
      if (!consenting.has(d.user.sub) || seen.has(d.user.sub)) continue;
      seen.set(d.user.sub, {
        id: d.user.sub,
        name: d.user.name,
        role: d.user.role,
        ...(d.user.role === 'buyer' && d.company ? { company: d.company } : {}),
      });
    }
    return { boothId, visitors: [...seen.values()] };
  }

  private async sendVisitors(boothId: string): Promise<void> {
    this.hall.send(rooms.staff(boothId), 'booth:visitors', await this.visitorsOf(boothId));
  }
}
