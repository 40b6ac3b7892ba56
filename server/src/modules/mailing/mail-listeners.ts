import { Inject, Injectable } from '@nestjs/common';
import type { NotificationKind } from '@pameran/contracts';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { calendar } from '../events/ical';
import { RateLimiter } from '../rate-limit';
import { UsersService } from '../users/users.service';
import type { MailContent } from './mail-content';
import { MailPreferencesService } from './mail-preferences.service';
import { PersonalMail } from './personal-mail.service';

/*
 * Mail's listeners: each turns one domain event into mail through the outbox. One listener, one job; search
 * for the event name to find every consequence of it.
 */

/** The mail a notification becomes, from its kind and data; null for kinds that are not mailed. */
export function mailForNotification(
  kind: NotificationKind,
  data: Record<string, string>,
): MailContent | null {
  const by = data.by ?? data.buyer ?? '';
  switch (kind) {
    case 'request_new':
      return { kind: 'request_received', from: data.buyer ?? by };
    case 'request_accepted':
    case 'request_declined':
    case 'request_countered':
      return { kind: 'request_answered', answer: kind.slice('request_'.length) as 'accepted', by };
    case 'meeting_scheduled':
      return { kind: 'meeting_changed', change: 'scheduled', start: data.start };
    case 'meeting_moved':
      return { kind: 'meeting_changed', change: 'moved', by: data.by, start: data.start };
    case 'meeting_cancelled':
      return { kind: 'meeting_changed', change: 'cancelled', by: data.by };
    default:
      return null;
  }
}

/**
 * Every notification about a request or meeting is also mailed, so a feature that notifies mails too without
 * hooking each service (reminders come from `meeting.reminder_due`, with the `.ics`; messages from threads).
 */
@Injectable()
export class MailNotification {
  constructor(private readonly mail: PersonalMail) {}

  @OnDomainEvent('notification.created')
  async deliver({ userId, eventId, notification }: DomainEventMap['notification.created']): Promise<void> {
    const content = mailForNotification(notification.kind, notification.data);
    if (content)
      await this.mail.send(userId, content, { dedupeKey: `notification:${notification.id}`, eventId });
  }
}

/** An erased account's mail switches go with it. */
@Injectable()
export class ForgetMailPreferences {
  constructor(private readonly preferences: MailPreferencesService) {}

  @OnDomainEvent('account.erased')
  async forget({ userId }: DomainEventMap['account.erased']): Promise<void> {
    await this.preferences.forget(userId);
  }
}

/** A meeting reminder to each party, with the meeting as an `.ics` for their calendar. */
@Injectable()
export class MailMeetingReminder {
  constructor(private readonly mail: PersonalMail) {}

  @OnDomainEvent('meeting.reminder_due')
  async deliver(e: DomainEventMap['meeting.reminder_due']): Promise<void> {
    const ics = calendar('Pameran', [
      {
        uid: `meeting-${e.meetingId}@pameran`,
        start: new Date(e.startsAt),
        end: new Date(e.endsAt),
        summary: 'Pameran',
        alarmMinutes: 10,
      },
    ]);
    const attachments = [
      { filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
    ];
    for (const userId of new Set(e.partyUserIds))
      await this.mail.send(
        userId,
        { kind: 'meeting_reminder', minutes: e.minutesBefore, start: e.start },
        {
          dedupeKey: `reminder:${e.meetingId}:${e.startsAt}:${e.minutesBefore}:${userId}`,
          eventId: e.eventId,
          attachments,
        },
      );
  }
}

/**
 * Whether a thread message is still unread by a person: a port the messages module implements (bound in
 * `MailingModule`), so mail never reads another module's tables.
 */
export interface ThreadReads {
  isUnread(messageId: string, userId: string): Promise<boolean>;
}
export const THREAD_READS = Symbol('ThreadReads');

/** At most one mail per thread and recipient an hour. */
export const MESSAGE_MAIL_WINDOW_MS = 3_600_000;

/** Tell a recipient who has not read a new message, at most once an hour per thread. */
@Injectable()
export class MailNewMessage {
  constructor(
    private readonly mail: PersonalMail,
    private readonly users: UsersService,
    private readonly limiter: RateLimiter,
    @Inject(THREAD_READS) private readonly reads: ThreadReads | null,
  ) {}

  @OnDomainEvent('thread.message_posted')
  async deliver(e: DomainEventMap['thread.message_posted']): Promise<void> {
    // Without the messages module nobody can say the message is unread: mail nothing rather than too much.
    if (!this.reads) return;
    const sender = await this.users.find(e.senderId);
    for (const userId of new Set(e.recipientIds)) {
      if (userId === e.senderId || !(await this.reads.isUnread(e.messageId, userId))) continue;
      const key = `mail:message:${e.threadId}:${userId}`;
      if (!(await this.limiter.allow(key, 1, MESSAGE_MAIL_WINDOW_MS))) continue;
      await this.mail.send(
        userId,
        { kind: 'message_new', from: sender?.displayName ?? '' },
        { dedupeKey: `message:${e.messageId}:${userId}`, eventId: e.eventId },
      );
    }
  }
}
