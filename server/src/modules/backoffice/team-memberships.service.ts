import { Injectable } from '@nestjs/common';
import type { Role } from '@pameran/contracts';
import type { Tx } from '../../domain';
import { MembershipService } from '../memberships';
import { UsersService } from '../users/users.service';
import { notFound } from '../../common/common.exception';

/** What a join is decided on: the person's account (locked for the unit). */
export interface Account {
  id: string;
  role: Role;
  isGuest: boolean;
}

/** An exhibitor a person is staff of, and its fair. */
export interface Held {
  eventId: string;
  exhibitorId: string;
}

/**
 * Joining and leaving an exhibitor's team. The right is the person's `exhibitor` membership of the
 * exhibitor's fair (docs/decisions/0025-many-fairs.md): one exhibitor per fair, any number of fairs (a
 * returning pesantren applies again in the next fair); nothing else records the team
 * (docs/decisions/0032-no-exhibitor-mirror.md). Both happen in the caller's unit, under the lock on the
 * person's row, so two joins of one person cannot both pass the one-per-fair check.
 */
@Injectable()
export class TeamMemberships {
  constructor(
    private readonly memberships: MembershipService,
    private readonly users: UsersService,
  ) {}

  /**
   * `decide` sees the account and the teams it holds, refuses by throwing, or answers the exhibitor to join
   * (it may create it first, e.g. an application).
   */
  async join(
    userId: string,
    eventId: string,
    tx: Tx,
    decide: (user: Account | null, held: Held[]) => Promise<string>,
  ): Promise<string> {
    let joined = '';
    await this.users.changeTeam(userId, tx, async (user) => {
      joined = await decide(user, user ? await this.memberships.staffOf(userId, tx) : []);
      await this.memberships.grant({ userId, eventId, role: 'exhibitor', exhibitorId: joined }, tx);
      return 'exhibitor';
    });
    return joined;
  }

  /** The person leaves the exhibitor's team (404 when they are not on it); with no team left, a visitor. */
  async leave(userId: string, team: Held, tx: Tx): Promise<void> {
    await this.users.changeTeam(userId, tx, async (user) => {
      const left =
        user !== null && (await this.memberships.withdraw({ userId, role: 'exhibitor', ...team }, tx));
      if (!left) throw notFound('Staff member');
      const rest = await this.memberships.staffOf(userId, tx);
      return rest.length === 0 ? 'visitor' : undefined;
    });
  }
}
