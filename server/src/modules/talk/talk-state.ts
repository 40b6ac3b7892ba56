import {
  TALK_VISITORS_PER_CALL,
  type TalkOutcome,
  type TalkStaffView,
  type TalkVisitor,
  type TalkVisitorView,
} from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { TalkException } from './talk.exception';

/** "At the booth" lapses after this unless staff renew it (their panel does while it is open). */
export const AVAILABLE_FOR_MS = 15 * 60_000;
/** A knock nobody answers is dropped after this, and the visitor told so. */
export const KNOCK_TIMEOUT_MS = 90_000;
/** A conversation ends at the latest after this (the room goes away; they may knock again). */
export const CONVERSATION_MS = 30 * 60_000;
/** Knocks waiting at one booth at most. */
export const QUEUE_LIMIT = 20;

export interface TalkPerson {
  id: string;
  /** Null when the visitor did not agree to be shown to exhibitors. */
  name: string | null;
  company: string | null;
}
export interface Knock extends TalkPerson {
  knockId: string;
  expires: number;
}
export interface Party extends TalkPerson {
  /** The lead of kind `talk` recorded for this visitor in this conversation. */
  leadId: string;
}
export interface Conversation {
  id: string;
  staffId: string;
  staffName: string;
  visitors: Party[];
  ends: number;
}
/** One booth's talk-now, stored as one document (Redis with several nodes); `v` counts its versions. */
export interface BoothTalk {
  v: number;
  staff: { id: string; name: string; until: number }[];
  knocks: Knock[];
  conversations: Conversation[];
}

export const emptyTalk = (): BoothTalk => ({ v: 0, staff: [], knocks: [], conversations: [] });

/** What a change must do once stored: leads to record and end, rooms to close, visitors to tell why. */
export interface TalkEffects {
  leadsStarted: { id: string; userId: string }[];
  leadsEnded: string[];
  roomsClosed: string[];
  outcomes: Map<string, TalkOutcome>;
}
export const noEffects = (): TalkEffects => ({
  leadsStarted: [],
  leadsEnded: [],
  roomsClosed: [],
  outcomes: new Map(),
});

const gone = () => new TalkException('talk_knock_gone', 'This knock was answered, withdrawn or timed out');

/**
 * The rules of talk-now as changes of one booth's document. Each method changes `state` in place and
 * notes its effects; the service stores the document (compare-and-set) and then carries the effects out.
 */
export class TalkChange {
  readonly effects = noEffects();

  constructor(
    readonly state: BoothTalk,
    private readonly now: number,
  ) {}

  /** Drops what has lapsed: staff not renewed (their calls end), unanswered knocks, calls past their time. */
  prune(): void {
    for (const s of this.state.staff.filter((s) => s.until <= this.now)) this.staffGone(s.id);
    for (const k of this.state.knocks.filter((k) => k.expires <= this.now)) this.dropKnock(k, 'timed_out');
    for (const c of this.state.conversations.filter((c) => c.ends <= this.now)) this.end(c);
  }

  setAvailable(staff: { id: string; name: string }, available: boolean): void {
    if (!available) return this.staffGone(staff.id);
    this.state.staff = this.state.staff.filter((s) => s.id !== staff.id);
    this.state.staff.push({ ...staff, until: this.now + AVAILABLE_FOR_MS });
  }

  /** A visitor's knock (the same one again if they already wait; refused while they are in a call). */
  knock(visitor: TalkPerson): Knock {
    const waiting = this.state.knocks.find((k) => k.id === visitor.id);
    if (waiting) return waiting;
    if (this.conversationOf(visitor.id))
      throw new TalkException('talk_call_full', 'You are already talking with this booth');
    if (this.state.staff.length === 0)
      throw new TalkException('talk_no_staff', 'Nobody from this booth is available to talk now');
    if (this.state.knocks.length >= QUEUE_LIMIT)
      throw new TalkException('talk_queue_full', 'The queue at this booth is full');
    const knock = { ...visitor, knockId: randomUUID(), expires: this.now + KNOCK_TIMEOUT_MS };
    this.state.knocks.push(knock);
    return knock;
  }

  withdraw(visitorId: string): void {
    const knock = this.state.knocks.find((k) => k.id === visitorId);
    if (knock) this.dropKnock(knock, 'withdrawn');
  }

  decline(knockId: string): void {
    const knock = this.state.knocks.find((k) => k.knockId === knockId);
    if (!knock) throw gone();
    this.dropKnock(knock, 'declined');
  }

  /** Staff take a knock: into their conversation (up to the limit), or a new one. */
  accept(staff: { id: string; name: string }, knockId: string): Conversation {
    if (!this.state.staff.some((s) => s.id === staff.id))
      throw new TalkException('talk_not_available', 'Set yourself at the booth to take knocks');
    const knock = this.state.knocks.find((k) => k.knockId === knockId);
    if (!knock) throw gone();
    let conversation = this.state.conversations.find((c) => c.staffId === staff.id);
    if (conversation && conversation.visitors.length >= TALK_VISITORS_PER_CALL)
      throw new TalkException('talk_call_full', 'Your conversation already has the most visitors');
    if (!conversation) {
      conversation = {
        id: randomUUID(),
        staffId: staff.id,
        staffName: staff.name,
        visitors: [],
        ends: this.now + CONVERSATION_MS,
      };
      this.state.conversations.push(conversation);
    }
    this.state.knocks = this.state.knocks.filter((k) => k !== knock);
    const leadId = randomUUID();
    conversation.visitors.push({ id: knock.id, name: knock.name, company: knock.company, leadId });
    this.effects.leadsStarted.push({ id: leadId, userId: knock.id });
    return conversation;
  }

  /** Someone leaves a conversation: staff end it for everyone; the last visitor leaving ends it too. */
  leave(conversationId: string, userId: string): void {
    const c = this.state.conversations.find((x) => x.id === conversationId);
    if (!c) throw new TalkException('talk_ended', 'This conversation has ended');
    if (c.staffId === userId) return this.end(c);
    const party = c.visitors.find((v) => v.id === userId);
    if (!party) throw new TalkException('talk_ended', 'You are not in this conversation');
    this.leaveAsVisitor(c, party);
  }

  /** A person is no longer at the booth: as staff they are unavailable, as a visitor their knock goes. */
  leftBooth(userId: string): void {
    if (this.state.staff.some((s) => s.id === userId)) this.staffGone(userId);
    this.withdraw(userId);
    const c = this.conversationOf(userId);
    const party = c?.visitors.find((v) => v.id === userId);
    if (c && party) this.leaveAsVisitor(c, party);
  }

  conversationOf(userId: string): Conversation | undefined {
    return this.state.conversations.find(
      (c) => c.staffId === userId || c.visitors.some((v) => v.id === userId),
    );
  }

  private leaveAsVisitor(c: Conversation, party: Party): void {
    c.visitors = c.visitors.filter((v) => v !== party);
    this.effects.leadsEnded.push(party.leadId);
    this.effects.outcomes.set(party.id, 'ended');
    if (c.visitors.length === 0) this.end(c);
  }

  private staffGone(staffId: string): void {
    this.state.staff = this.state.staff.filter((s) => s.id !== staffId);
    for (const c of this.state.conversations.filter((c) => c.staffId === staffId)) this.end(c);
  }

  private dropKnock(knock: Knock, why: TalkOutcome): void {
    this.state.knocks = this.state.knocks.filter((k) => k !== knock);
    this.effects.outcomes.set(knock.id, why);
  }

  private end(c: Conversation): void {
    this.state.conversations = this.state.conversations.filter((x) => x !== c);
    this.effects.roomsClosed.push(talkRoom(c.id));
    for (const v of c.visitors) {
      this.effects.leadsEnded.push(v.leadId);
      this.effects.outcomes.set(v.id, 'ended');
    }
  }
}

export const talkRoom = (conversationId: string) => `talk-${conversationId}`;

const iso = (ms: number) => new Date(ms).toISOString();
const shown = (p: TalkPerson): TalkVisitor => ({ id: p.id, name: p.name, company: p.company });

export function staffView(boothId: string, s: BoothTalk): TalkStaffView {
  return {
    boothId,
    available: s.staff.map((x) => ({ id: x.id, name: x.name, until: iso(x.until) })),
    knocks: s.knocks.map((k, i) => ({
      ...shown(k),
      knockId: k.knockId,
      position: i + 1,
      expiresAt: iso(k.expires),
    })),
    conversations: s.conversations.map((c) => ({
      id: c.id,
      staffId: c.staffId,
      staffName: c.staffName,
      visitors: c.visitors.map(shown),
      endsAt: iso(c.ends),
    })),
  };
}

export function visitorView(
  boothId: string,
  s: BoothTalk,
  userId: string,
  outcome?: TalkOutcome,
): TalkVisitorView {
  const i = s.knocks.findIndex((k) => k.id === userId);
  const c = s.conversations.find((x) => x.visitors.some((v) => v.id === userId));
  return {
    boothId,
    staffAvailable: s.staff.length > 0,
    knock: i < 0 ? null : { id: s.knocks[i].knockId, position: i + 1, expiresAt: iso(s.knocks[i].expires) },
    conversation: c ? { id: c.id, staffName: c.staffName, endsAt: iso(c.ends) } : null,
    ...(outcome && i < 0 && !c ? { outcome } : {}),
  };
}

/** Everyone with a knock or a call in either version: their view may have changed (a position moved up). */
export function visitorsIn(...states: BoothTalk[]): Set<string> {
  const ids = new Set<string>();
  for (const s of states) {
    for (const k of s.knocks) ids.add(k.id);
    for (const c of s.conversations) for (const v of c.visitors) ids.add(v.id);
  }
  return ids;
}
