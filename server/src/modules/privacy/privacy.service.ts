import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/auth.decorators';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { ChatService } from '../chat/chat.service';
import { DealsService } from '../deals/deals.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { LeadsService } from '../leads/leads.service';
import { MembershipService } from '../memberships';
import { MessagesPrivacy } from '../messages';
import { MeetingRequestsService } from '../matching/meeting-requests.service';
import { MeetingsService } from '../matching/meetings.service';
import { SourcingService } from '../matching/sourcing.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';

/**
 * The person's rights over their data (docs/privacy.md): a copy of everything Pameran holds about them,
 * and erasure. Each module reads and erases its own tables through a method it owns; this service only
 * puts the answers together and runs the erasure as one unit of work.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly chat: ChatService,
    private readonly leads: LeadsService,
    private readonly notifications: NotificationsService,
    private readonly meetings: MeetingsService,
    private readonly requests: MeetingRequestsService,
    private readonly sourcing: SourcingService,
    private readonly deals: DealsService,
    private readonly outcomes: OutcomesService,
    private readonly messages: MessagesPrivacy,
    private readonly memberships: MembershipService,
  ) {}

  /** Everything about the person from every module, as one JSON document (access and portability). */
  async export(userId: string) {
    const profile = await this.users.profile(userId);
    const [
      chat,
      meetingRequests,
      meetings,
      deals,
      notifications,
      shortlist,
      sourcing,
      leads,
      actions,
      outcomes,
    ] = await Promise.all([
      this.chat.writtenBy(userId),
      this.requests.ofPerson(userId),
      this.meetings.ofPerson(userId),
      this.deals.ofPerson(userId),
      this.notifications.ofPerson(userId),
      this.sourcing.shortlist(userId),
      this.sourcing.ofPerson(userId),
      this.leads.aboutPerson(userId),
      this.audit.actionsBy(userId),
      this.outcomes.writtenBy(userId),
    ]);
    const threadMessages = await this.messages.writtenBy(userId);
    return {
      exportedAt: new Date().toISOString(),
      user: profile,
      chatMessages: chat,
      threadMessages,
      meetingRequests,
      meetings,
      deals,
      meetingOutcomes: outcomes,
      notifications,
      shortlist,
      sourcingRequests: sourcing.requests,
      sourcingAnswers: sourcing.answersWritten,
      leads,
      auditedActions: actions,
    };
  }

  /**
   * Erasure. What others rely on stays but no longer names the person: the account becomes a tombstone,
   * so the counterpart's deals and meetings, the fair's totals and the booths' conversations are unchanged
   * and show a deleted account. What is the person's alone goes: sessions, reset links, notifications,
   * shortlist, memberships of fairs. Open requests close. Audited (without the name); the hall then closes
   * their sockets. A fair whose only organiser this was keeps going without one: its audit log says so and a
   * platform admin names the next (docs/decisions/0035-fair-gaps.md).
   */
  async erase(caller: Caller): Promise<void> {
    const id = caller.sub;
    await this.uow.run(async (tx) => {
      await this.users.tombstone(id, tx);
      await this.auth.forget(id, tx);
      await this.chat.forgetAuthor(id, tx);
      await this.messages.forgetSender(id, tx);
      await this.leads.forgetPerson(id, tx);
      await this.notifications.forget(id, tx);
      await this.sourcing.forgetBuyer(id, tx);
      const orphaned = await this.memberships.withdrawAll(id, tx);
      await this.requests.cancelOpenOf(id, tx);
      await this.audit.record(caller, { action: 'user.erase', entityType: 'user', entityId: id }, tx);
      for (const eventId of orphaned) {
        const entry = { entityType: 'event', entityId: eventId, eventId, before: { userId: id } };
        await this.audit.record(caller, { action: 'event.last_organiser_erased', ...entry }, tx);
      }
      await this.audit.forgetActorName(id, tx);
      tx.publish('account.erased', { userId: id });
    });
  }
}
