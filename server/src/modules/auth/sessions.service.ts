import { Injectable } from '@nestjs/common';
import { MEMBERSHIP_ROLES, type RevocationReason, type Role } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import { MembershipService } from '../memberships';
import { TokenService } from './token.service';

/**
 * Takes access away. Every path that does (a removal from a booth's staff, a role change, a ban, a password
 * reset, "sign out everywhere") comes through `revoke`, in the change's own transaction: the person's token
 * version moves on, so their access tokens are refused on every node, and `identity.revoked` (published after
 * the commit) closes their open sockets. See docs/decisions/0012-token-versions.md.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly memberships: MembershipService,
  ) {}

  /**
   * A role change keeps the refresh tokens, so the person carries on with a fresh token under the new role;
   * every other reason ends the sessions, and the person signs in again.
   */
  revoke(userId: string, reason: RevocationReason, tx?: Tx): Promise<void> {
    return this.uow.within(tx, async (t) => {
      const version = await this.users.bumpTokenVersion(userId, t);
      if (reason !== 'role_changed') await this.tokens.revokeAllFor(t.manager, userId);
      t.publish('identity.revoked', { userId, version, reason });
    });
  }

  signOutEverywhere(caller: Caller): Promise<void> {
    return this.revoke(caller.sub, 'signed_out_everywhere');
  }

  /**
   * A platform admin gives an account another role (audited); the person's current tokens stop at once. An
   * account that is no longer an organiser (or exhibitor) also loses those memberships in every fair: the
   * role is what the admin means the person to be (docs/decisions/0025-many-fairs.md).
   */
  changeRole(actor: Caller, userId: string, role: Role): Promise<void> {
    return this.uow.run(async (tx) => {
      const onTeam = async () => (await this.memberships.staffOf(userId, tx)).length > 0;
      const { before } = await this.users.changeRole(userId, role, tx, onTeam);
      for (const held of MEMBERSHIP_ROLES)
        if (held !== role) await this.memberships.withdrawEverywhere({ userId, role: held }, tx);
      await this.revoke(userId, 'role_changed', tx);
      await this.audit.record(
        actor,
        {
          action: 'user.role_change',
          entityType: 'user',
          entityId: userId,
          before: { role: before },
          after: { role },
        },
        tx,
      );
    });
  }
}
