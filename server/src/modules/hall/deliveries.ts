import { Injectable } from '@nestjs/common';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { MessagesQueries } from '../messages';
import { ModerationService } from '../moderation/moderation.service';
import { BoothVisitsService } from './booth-visits.service';
import { HallPorts } from './hall-ports.service';
import { HallBroadcaster } from './hall.broadcaster';
import { rooms } from './hall.types';
import { HallStateRelay } from './state/hall-state.relay';

/*
 * The hall's listeners: each turns one domain event into what hall clients see, on every node (the
 * Socket.IO adapter carries a room emit to all of them). One listener, one job; search for the event
 * name to find every consequence of it.
 */

@Injectable()
export class DeliverChatToBooth {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('chat.message_posted')
  deliver({ boothId, message }: DomainEventMap['chat.message_posted']): void {
    this.hall.send(rooms.booth(boothId), 'chat:message', message);
  }
}

@Injectable()
export class DeliverChatDeletion {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('chat.message_deleted')
  deliver({ boothId, id }: DomainEventMap['chat.message_deleted']): void {
    this.hall.send(rooms.booth(boothId), 'chat:deleted', { boothId, id });
  }
}

@Injectable()
export class DeliverNotificationToPerson {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('notification.created')
  deliver({ userId, notification }: DomainEventMap['notification.created']): void {
    this.hall.send(rooms.user(userId), 'notification', notification);
  }
}

@Injectable()
export class DeliverMeetingStateToParties {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('meeting.changed')
  deliver({ meeting, partyUserIds }: DomainEventMap['meeting.changed']): void {
    if (partyUserIds.length === 0) return;
    this.hall.send(partyUserIds.map(rooms.user), 'meeting:state', { meeting });
  }
}

@Injectable()
export class DeliverScheduleState {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('schedule.changed')
  deliver({ eventId, state }: DomainEventMap['schedule.changed']): void {
    this.hall.send(rooms.event(eventId), 'schedule:state', state);
  }
}

@Injectable()
export class DeliverAnnouncement {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('announcement.published')
  deliver({ eventId, audience, announcement }: DomainEventMap['announcement.published']): void {
    const target =
      audience === 'all' ? rooms.event(eventId) : audience.map((role) => rooms.role(eventId, role));
    this.hall.send(target, 'announcement', announcement);
  }
}

@Injectable()
export class DeliverBoothChange {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('booth.changed')
  deliver({ eventId, booth }: DomainEventMap['booth.changed']): void {
    this.hall.send(rooms.event(eventId), 'booth:changed', { booth });
  }
}

/** A zone's new picture atlas page goes to every open hall of the event (they load it if they show it). */
@Injectable()
export class DeliverAtlasPage {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('atlas.page_built')
  deliver({ page }: DomainEventMap['atlas.page_built']): void {
    this.hall.send(rooms.event(page.eventId), 'atlas:page', page);
  }
}

/**
 * Tells the user their moderation state; on a ban, first pins a guest's ban to the person: the client
 * address and the signed device their socket came from (a new guest from there stays out). The ban then
 * ends the user's sessions, and `EndRevokedSessions` closes their sockets on every node, saying why.
 */
@Injectable()
export class EnforceModeration {
  constructor(
    private readonly hall: HallBroadcaster,
    private readonly ports: HallPorts,
    private readonly moderation: ModerationService,
    private readonly state: HallStateRelay,
  ) {}

  @OnDomainEvent('moderation.changed')
  async enforce({ userId, eventId, state, ban }: DomainEventMap['moderation.changed']): Promise<void> {
    if (ban?.guest) {
      const seen = await this.ports.lastSeen(userId);
      if (seen) {
        await this.moderation.pinBanToPerson(ban.sanctionId, seen);
        // Every node's handshake must now know the address and device too.
        await this.state.sanctionsChanged();
      }
    }
    // A fair's sanction is that fair's news: the person's sockets in other fairs keep their own state.
    this.hall.send(eventId ? rooms.userIn(eventId, userId) : rooms.user(userId), 'moderation', state);
  }
}

/**
 * A person's access was taken away: their open sockets (with the booth's staff room, visitor lists and the
 * staff mark on chat they were set up with) are told why and closed on every node; the client comes back
 * with a fresh token or asks them to sign in again.
 */
@Injectable()
export class EndRevokedSessions {
  constructor(private readonly ports: HallPorts) {}

  @OnDomainEvent('identity.revoked')
  end({ userId, reason }: DomainEventMap['identity.revoked']): void {
    this.ports.endSessionsOf(userId, reason);
  }
}

/** Closes an erased account's hall sockets on every node (its tokens are refused from now on). */
@Injectable()
export class DisconnectErasedAccount {
  constructor(private readonly ports: HallPorts) {}

  @OnDomainEvent('account.erased')
  disconnect({ userId }: DomainEventMap['account.erased']): void {
    this.ports.disconnectUser(userId);
  }
}

@Injectable()
export class RedeliverVisitorsOnConsentChange {
  constructor(private readonly visits: BoothVisitsService) {}

  /** A visitor who withdraws consent leaves staff's live visitor lists at once (and one who gives it appears). */
  @OnDomainEvent('user.lead_consent_changed')
  async deliver({ userId }: DomainEventMap['user.lead_consent_changed']): Promise<void> {
    await this.visits.consentChanged(userId);
  }
}

/** A thread message goes to each other party's room on every node, with their unread count in that thread. */
@Injectable()
export class DeliverThreadMessageToParties {
  constructor(
    private readonly hall: HallBroadcaster,
    private readonly messages: MessagesQueries,
  ) {}

  @OnDomainEvent('thread.message_posted')
  async deliver({
    threadId,
    messageId,
    recipientIds,
  }: DomainEventMap['thread.message_posted']): Promise<void> {
    const message = await this.messages.visibleMessage(messageId);
    if (!message || recipientIds.length === 0) return;
    const unread = await this.messages.unreadIn(threadId, recipientIds);
    for (const userId of recipientIds) {
      this.hall.send(rooms.user(userId), 'thread:message', { message, unread: unread.get(userId) ?? 0 });
    }
  }
}

/** A hidden thread message leaves the parties' screens; the sender's copy shows it was hidden. */
@Injectable()
export class DeliverThreadMessageHidden {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('thread.message_hidden')
  deliver({ threadId, messageId, partyIds }: DomainEventMap['thread.message_hidden']): void {
    if (partyIds.length === 0) return;
    this.hall.send(partyIds.map(rooms.user), 'thread:hidden', { threadId, messageId });
  }
}

/** A booth's talk-now changed: its staff get the queue and calls, each affected visitor their own view. */
@Injectable()
export class DeliverTalkState {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('talk.changed')
  deliver({ boothId, staff, visitors }: DomainEventMap['talk.changed']): void {
    this.hall.send(rooms.staff(boothId), 'talk:staff', staff);
    for (const { userId, view } of visitors) this.hall.send(rooms.user(userId), 'talk:visitor', view);
  }
}

/**
 * A stage question goes to its author and the moderators (the event's organisers, the session's speakers)
 * in every state, and to everyone watching the stage once approved; when it is hidden (or not yet approved)
 * watchers are told to drop it (a moderator's client keeps its own copy).
 */
@Injectable()
export class DeliverStageQuestion {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('stage.question_changed')
  deliver({
    eventId,
    sessionId,
    question,
    authorId,
    speakerIds,
  }: DomainEventMap['stage.question_changed']): void {
    const insiders = [rooms.role(eventId, 'organiser'), rooms.user(authorId), ...speakerIds.map(rooms.user)];
    if (question.status === 'approved' || question.status === 'answered') {
      this.hall.send([rooms.stage(sessionId), ...insiders], 'stage:question', question);
      return;
    }
    this.hall.send(insiders, 'stage:question', question);
    if (question.status === 'hidden')
      this.hall.send(rooms.stage(sessionId), 'stage:question_removed', { sessionId, id: question.id });
  }
}

/** A stage poll with its results goes to everyone watching the stage; a draft only to the moderators. */
@Injectable()
export class DeliverStagePoll {
  constructor(private readonly hall: HallBroadcaster) {}

  @OnDomainEvent('stage.poll_changed')
  deliver({ eventId, sessionId, poll, speakerIds }: DomainEventMap['stage.poll_changed']): void {
    const moderators = [rooms.role(eventId, 'organiser'), ...speakerIds.map(rooms.user)];
    this.hall.send(
      poll.status === 'draft' ? moderators : [rooms.stage(sessionId), ...moderators],
      'stage:poll',
      poll,
    );
  }
}

export const HALL_DELIVERIES = [
  DeliverChatToBooth,
  DeliverChatDeletion,
  DeliverNotificationToPerson,
  DeliverMeetingStateToParties,
  DeliverScheduleState,
  DeliverAnnouncement,
  DeliverBoothChange,
  DeliverAtlasPage,
  EnforceModeration,
  EndRevokedSessions,
  DisconnectErasedAccount,
  RedeliverVisitorsOnConsentChange,
  DeliverThreadMessageToParties,
  DeliverThreadMessageHidden,
  DeliverTalkState,
  DeliverStageQuestion,
  DeliverStagePoll,
];
