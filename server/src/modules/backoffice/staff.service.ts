import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { InviteAccepted, InvitePreview, StaffInviteCreated, StaffList } from '@pameran/contracts';
import { IsNull, MoreThan, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { Sessions } from '../auth/sessions.service';
import { randomToken, sha256 } from '../auth/token.service';
import { UnitOfWork } from '../../domain';
import { BoothsService } from '../booths/booths.service';
import { ExhibitorsService } from '../exhibitors/exhibitors.service';
import type { BoothAccess } from './booth-access.service';
import { ExhibitorTeamReadModel } from './read-models/exhibitor-team.read-model';
import { StaffInviteEntity } from './staff-invite.entity';
import { TeamMemberships } from './team-memberships.service';
import { BackofficeException } from './backoffice.exception';
import { notFound } from '../../common/common.exception';
import { fairFacts, pathInFair } from '../../common/fair-facts.read-model';

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
/** The accounts that may join a team (an organiser or buyer account stays what it is). */
const STAFF_KINDS = new Set<string>(['visitor', 'exhibitor']);
const MAX_PENDING = 20;
/** The join page inside the invitation's fair (`/e/<slug>/exhibitor/join`). */
const JOIN_PATH = '/exhibitor/join';

const invalidInvite = () =>
  new BackofficeException('invite_invalid', 'This invitation link is invalid, used or expired', [
    { path: 'token', message: 'invalid, used or expired' },
  ]);

/**
 * Booth staff: the owner invites by a one-time link (only its hash is stored, valid a week); whoever opens
 * it signs up or signs in and becomes staff. Staff can staff the booth but not change it.
 */
@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(StaffInviteEntity) private readonly invites: Repository<StaffInviteEntity>,
    private readonly team: ExhibitorTeamReadModel,
    private readonly exhibitors: ExhibitorsService,
    private readonly booths: BoothsService,
    private readonly teams: TeamMemberships,
    private readonly sessions: Sessions,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  async list(access: BoothAccess): Promise<StaffList> {
    const owner = await this.exhibitors.find(access.exhibitorId);
    const users = await this.team.members(access.exhibitorId);
    const invites = await this.invites.find({
      where: { exhibitorId: access.exhibitorId, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
    return {
      members: users.map((u) => ({
        userId: u.id,
        displayName: u.display_name,
        email: u.email,
        role: u.id === owner?.ownerUserId ? 'owner' : 'staff',
      })),
      invites: invites.map((i) => ({
        id: i.id,
        note: i.note,
        expiresAt: i.expiresAt.toISOString(),
        createdAt: i.createdAt.toISOString(),
      })),
    };
  }

  async invite(caller: Caller, access: BoothAccess, note: string): Promise<StaffInviteCreated> {
    const pending = await this.invites.count({
      where: { exhibitorId: access.exhibitorId, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    if (pending >= MAX_PENDING)
      throw new BackofficeException('too_many_invites', `At most ${MAX_PENDING} open invitations`);
    const token = randomToken();
    const invite = await this.invites.save({
      exhibitorId: access.exhibitorId,
      tokenHash: sha256(token),
      note,
      createdBy: caller.sub,
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    });
    return {
      id: invite.id,
      url: `${this.config.linkOrigin}${await pathInFair(this.invites.manager, access.eventId, JOIN_PATH)}?token=${token}`,
      expiresAt: invite.expiresAt.toISOString(),
    };
  }

  async revoke(access: BoothAccess, inviteId: string): Promise<void> {
    const result = await this.invites.delete({
      id: inviteId,
      exhibitorId: access.exhibitorId,
      usedAt: IsNull(),
    });
    if (!result.affected) throw notFound('Invitation');
  }

  /**
   * Staff leave the exhibitor: their membership of its fair is withdrawn and their sessions end, so no
   * token still says they are staff (their teams in other fairs stay).
   */
  async remove(caller: Caller, access: BoothAccess, userId: string): Promise<void> {
    const e = await this.exhibitors.find(access.exhibitorId);
    if (e?.ownerUserId === userId)
      throw new BackofficeException('owner_stays', 'The owner cannot be removed');
    await this.uow.run(async (tx) => {
      const team = { eventId: access.eventId, exhibitorId: access.exhibitorId };
      await this.teams.leave(userId, team, tx);
      await this.sessions.revoke(userId, 'staff_removed', tx);
      await this.audit.record(
        caller,
        {
          action: 'exhibitor.staff_remove',
          entityType: 'exhibitor',
          entityId: access.exhibitorId,
          after: { userId },
        },
        tx.manager,
      );
    });
  }

  /** What the accept page shows before the person signs in. */
  async preview(token: string): Promise<InvitePreview> {
    const invite = await this.invites.findOne({ where: { tokenHash: sha256(token), usedAt: IsNull() } });
    if (!invite || invite.expiresAt.getTime() < Date.now()) throw invalidInvite();
    const exhibitor = await this.exhibitors.find(invite.exhibitorId);
    if (!exhibitor) throw invalidInvite();
    const fair = await fairFacts(this.invites.manager, exhibitor.eventId);
    if (!fair) throw invalidInvite();
    return { exhibitorName: exhibitor.name, expiresAt: invite.expiresAt.toISOString(), eventSlug: fair.slug };
  }

  /**
   * The signed-in caller becomes staff: a membership of the exhibitor's fair; the link is spent. Staff of an
   * exhibitor in another fair may accept (one team per fair).
   */
  async accept(caller: Caller, token: string): Promise<InviteAccepted> {
    const exhibitorId = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const invite = await m.findOne(StaffInviteEntity, {
        where: { tokenHash: sha256(token), usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invite || invite.expiresAt.getTime() < Date.now()) throw invalidInvite();
      const exhibitor = await this.exhibitors.find(invite.exhibitorId);
      if (!exhibitor) throw invalidInvite();
      await this.teams.join(caller.sub, exhibitor.eventId, tx, async (user, held) => {
        if (!user || user.isGuest)
          throw new BackofficeException('account_needed', 'Sign up or sign in to accept');
        if (held.some((h) => h.exhibitorId === invite.exhibitorId))
          throw new BackofficeException('already_staff', 'You are already staff of this booth');
        if (held.some((h) => h.eventId === exhibitor.eventId) || !STAFF_KINDS.has(user.role)) {
          throw new BackofficeException(
            'wrong_account',
            'This account already belongs to another exhibitor of this fair or has another role; accept with another account',
          );
        }
        return invite.exhibitorId;
      });
      await m.update(StaffInviteEntity, { id: invite.id }, { usedAt: new Date(), usedBy: caller.sub });
      return invite.exhibitorId;
    });
    return { exhibitorId, boothId: await this.booths.idOfExhibitor(exhibitorId) };
  }
}
