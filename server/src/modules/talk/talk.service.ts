import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  TALK_VISITORS_PER_CALL,
  type JoinResponse,
  type TalkStaffView,
  type TalkState,
  type TalkVisitorView,
} from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { CommonException, notFound } from '../../common/common.exception';
import { DomainEventBus, OnDomainEvent, type DomainEventMap } from '../../domain';
import { HallQueries } from '../hall';
import { LeadsService } from '../leads/leads.service';
import { RateLimiter } from '../rate-limit';
import { LiveKit } from '../video/livekit.service';
import { VideoException } from '../video/video.exception';
import { TalkPeopleReadModel } from './talk-people.read-model';
import {
  staffView,
  TalkChange,
  talkRoom,
  visitorsIn,
  visitorView,
  type BoothTalk,
  type TalkEffects,
} from './talk-state';
import { TalkException } from './talk.exception';
import { TalkStore } from './talk.store';

/** Knocks per person per minute, over all booths and nodes. */
export const KNOCKS_PER_MINUTE = 6;
/** A token only lets its holder in for this long; LiveKit renews it for whoever is connected. */
const TOKEN_TTL_S = 120;
const MAX_ATTEMPTS = 8;

/**
 * Talk now at the booth (docs/decisions/0019-talk-now.md). Every step reads the booth's document, applies
 * the rules (`TalkChange`), stores it only if nobody changed it meanwhile, then carries out the effects:
 * leads of kind `talk`, LiveKit rooms closed, and `talk.changed` for the hall to push to staff and visitors.
 * Who may do what is checked here from the server's own state: the hall's presence for "at the booth", the
 * stored conversation for tokens.
 */
@Injectable()
export class TalkService implements OnModuleDestroy {
  private readonly logger = new Logger(TalkService.name);
  /** Booth → the timer that drops its lapsed knocks and calls (and tells the people concerned). */
  private readonly sweeps = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: TalkStore,
    private readonly people: TalkPeopleReadModel,
    private readonly hall: HallQueries,
    private readonly leads: LeadsService,
    private readonly limiter: RateLimiter,
    private readonly livekit: LiveKit,
    private readonly bus: DomainEventBus,
  ) {}

  onModuleDestroy(): void {
    for (const t of this.sweeps.values()) clearTimeout(t);
    this.sweeps.clear();
  }

  async state(caller: Caller, boothId: string): Promise<TalkState> {
    const staff = await this.isStaff(caller, boothId);
    const doc = await this.change(boothId, () => undefined).then((r) => r.doc);
    return staff
      ? { as: 'staff', staff: staffView(boothId, doc) }
      : { as: 'visitor', visitor: visitorView(boothId, doc, caller.sub) };
  }

  async setAvailable(caller: Caller, boothId: string, available: boolean): Promise<TalkStaffView> {
    await this.requireStaff(caller, boothId);
    if (available) await this.requireAtBooth(caller.sub, boothId);
    const { doc } = await this.change(boothId, (c) =>
      c.setAvailable({ id: caller.sub, name: caller.name }, available),
    );
    return staffView(boothId, doc);
  }

  async knock(caller: Caller, boothId: string): Promise<TalkVisitorView> {
    if (await this.isStaff(caller, boothId))
      throw new CommonException('forbidden', 'Staff of this booth cannot knock at it');
    if (!(await this.limiter.allow(`talk-knock:${caller.sub}`, KNOCKS_PER_MINUTE, 60_000)))
      throw new CommonException('rate_limited', 'Too many knocks; wait a minute');
    await this.requireAtBooth(caller.sub, boothId);
    const shown = await this.people.shownVisitor(caller.sub);
    const { doc } = await this.change(boothId, (c) => c.knock({ id: caller.sub, ...shown }));
    return visitorView(boothId, doc, caller.sub);
  }

  async withdraw(caller: Caller, boothId: string): Promise<TalkVisitorView> {
    const { doc } = await this.change(boothId, (c) => c.withdraw(caller.sub));
    return visitorView(boothId, doc, caller.sub);
  }

  async accept(caller: Caller, boothId: string, knockId: string): Promise<TalkStaffView> {
    await this.requireStaff(caller, boothId);
    const { doc } = await this.change(boothId, (c) =>
      c.accept({ id: caller.sub, name: caller.name }, knockId),
    );
    return staffView(boothId, doc);
  }

  async decline(caller: Caller, boothId: string, knockId: string): Promise<TalkStaffView> {
    await this.requireStaff(caller, boothId);
    const { doc } = await this.change(boothId, (c) => c.decline(knockId));
    return staffView(boothId, doc);
  }

  /** A token for the conversation's room, only for its staff member and visitors as stored now. */
  async join(caller: Caller, boothId: string, conversationId: string): Promise<JoinResponse> {
    if (!this.livekit.enabled)
      throw new VideoException('video_not_configured', 'Video calls are not configured on this server');
    const { doc } = await this.change(boothId, () => undefined);
    const c = doc.conversations.find((x) => x.id === conversationId);
    if (!c) throw new TalkException('talk_ended', 'This conversation has ended');
    const visitor = c.visitors.find((v) => v.id === caller.sub);
    if (c.staffId !== caller.sub && !visitor) throw notFound('Conversation');
    const room = talkRoom(c.id);
    await this.livekit.ensureRoom(room, TALK_VISITORS_PER_CALL + 1, 60);
    const token = await this.livekit.token({
      identity: caller.sub,
      // Staff see a visitor's name only with their consent (the same rule as the knock).
      name: visitor ? (visitor.name ?? '') : c.staffName,
      room,
      ttlSeconds: TOKEN_TTL_S,
      grant: { canPublish: true, canPublishData: true, canSubscribe: true },
    });
    return { url: this.livekit.url, token, room, endsAt: new Date(c.ends).toISOString(), role: 'party' };
  }

  async leave(caller: Caller, boothId: string, conversationId: string): Promise<void> {
    await this.change(boothId, (c) => c.leave(conversationId, caller.sub));
  }

  /** Whoever is no longer at the booth on any node loses their place: staff their availability and calls. */
  @OnDomainEvent('hall.booth_left')
  async leftBooth({ userId, boothId }: DomainEventMap['hall.booth_left']): Promise<void> {
    const doc = await this.store.get(boothId);
    const involved =
      doc.staff.some((s) => s.id === userId) ||
      visitorsIn(doc).has(userId) ||
      doc.conversations.some((c) => c.staffId === userId);
    if (!involved || (await this.hall.isAtBooth(userId, boothId))) return;
    await this.change(boothId, (c) => c.leftBooth(userId));
  }

  /** Applies one step to the booth's document, retrying when another node changed it meanwhile. */
  private async change<T>(
    boothId: string,
    work: (c: TalkChange) => T,
  ): Promise<{ result: T; doc: BoothTalk }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const before = await this.store.get(boothId);
      const change = new TalkChange(structuredClone(before), Date.now());
      change.prune();
      const result = work(change);
      const after = { ...change.state, v: before.v };
      if (JSON.stringify(after) === JSON.stringify(before)) return { result, doc: before };
      const next = { ...after, v: before.v + 1 };
      if (!(await this.store.put(boothId, before.v, next))) continue;
      await this.carryOut(boothId, before, next, change.effects);
      return { result, doc: next };
    }
    throw new CommonException('conflict', 'The booth is busy; try again');
  }

  private async carryOut(boothId: string, before: BoothTalk, after: BoothTalk, fx: TalkEffects) {
    const eventId = fx.leadsStarted.length ? await this.people.boothEvent(boothId) : null;
    if (eventId)
      for (const lead of fx.leadsStarted)
        await this.leads.recordTalk(lead.id, { boothId, eventId }, lead.userId);
    await this.leads.endTalks(fx.leadsEnded);
    for (const room of fx.roomsClosed) {
      if (this.livekit.enabled)
        await this.livekit
          .closeRoom(room)
          .catch((err: Error) =>
            this.logger.warn({ room, err: err.message }, 'could not close a talk-now room'),
          );
    }
    const visitors = [...new Set([...visitorsIn(before, after), ...fx.outcomes.keys()])].map((userId) => ({
      userId,
      view: visitorView(boothId, after, userId, fx.outcomes.get(userId)),
    }));
    await this.bus.publish('talk.changed', { boothId, staff: staffView(boothId, after), visitors });
    this.scheduleSweep(boothId, after);
  }

  /** Wakes when the next knock, availability or call lapses, so those concerned hear of it then. */
  private scheduleSweep(boothId: string, doc: BoothTalk): void {
    clearTimeout(this.sweeps.get(boothId));
    this.sweeps.delete(boothId);
    const next = Math.min(
      ...doc.knocks.map((k) => k.expires),
      ...doc.staff.map((s) => s.until),
      ...doc.conversations.map((c) => c.ends),
    );
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(
      () => {
        this.sweeps.delete(boothId);
        void this.change(boothId, () => undefined).catch((err: Error) =>
          this.logger.warn({ boothId, err: err.message }, 'talk-now sweep failed'),
        );
      },
      Math.max(0, next - Date.now()) + 50,
    );
    timer.unref();
    this.sweeps.set(boothId, timer);
  }

  private async isStaff(caller: Caller, boothId: string): Promise<boolean> {
    const exhibitorId = await this.people.boothExhibitor(boothId);
    if (!exhibitorId) throw notFound('Booth');
    return Boolean(caller.exhibitorId) && caller.exhibitorId === exhibitorId;
  }

  private async requireStaff(caller: Caller, boothId: string): Promise<void> {
    if (!(await this.isStaff(caller, boothId)))
      throw new CommonException('forbidden', 'Only staff of this booth may do this');
  }

  private async requireAtBooth(userId: string, boothId: string): Promise<void> {
    if (!(await this.hall.isAtBooth(userId, boothId)))
      throw new TalkException('talk_not_at_booth', 'Stand at the booth (open it in the hall) first');
  }
}
