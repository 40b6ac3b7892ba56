import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { FairOrganisers, User } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { MembershipService } from '../memberships';
import { UsersService } from '../users/users.service';
import { EventEntity } from './event.entity';
import { fairBySlug } from './fair-lookup';
import { EventException } from './events.exception';

/**
 * A fair's organisers: organiser memberships of it (docs/decisions/0025-many-fairs.md). The platform admin
 * names the first ones; organisers then name co-organisers. A fair never loses its last organiser.
 */
@Injectable()
export class FairOrganisersService {
  constructor(
    private readonly users: UsersService,
    private readonly memberships: MembershipService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
  ) {}

  /** The registered accounts holding these e-mails, in order; one no account holds is refused by its field. */
  async accounts(emails: string[], field: string): Promise<User[]> {
    const found: User[] = [];
    for (const [i, email] of emails.entries()) {
      const user = await this.users.findByEmail(email.toLowerCase());
      const path = field === 'email' ? field : `${field}.${i}`;
      if (!user || user.isGuest)
        throw new EventException('unknown_account', `${path}: no account uses ${email}`, [
          { path, message: 'no account uses this e-mail address' },
        ]);
      if (!found.some((u) => u.id === user.id)) found.push(user);
    }
    return found;
  }

  /** Make these accounts organisers of the fair, in the caller's unit. */
  async grantAll(eventId: string, accounts: Pick<User, 'id'>[], tx: Tx): Promise<void> {
    for (const a of accounts) await this.memberships.grant({ userId: a.id, eventId, role: 'organiser' }, tx);
  }

  async list(slug: string): Promise<FairOrganisers> {
    const event = await fairBySlug(this.events.manager, slug);
    const ids = await this.memberships.holders(event.id, 'organiser');
    const users = await Promise.all(ids.map((id) => this.users.find(id)));
    return {
      items: users.flatMap((u) =>
        u ? [{ userId: u.id, email: u.email ?? '', displayName: u.displayName }] : [],
      ),
    };
  }

  /** Name a co-organiser by the e-mail of their account (nothing changes if they organise it already). */
  async add(actor: Caller, slug: string, email: string): Promise<FairOrganisers> {
    const [account] = await this.accounts([email], 'email');
    await this.uow.run(async (tx) => {
      const event = await fairBySlug(tx.manager, slug, true);
      await this.memberships.grant({ userId: account.id, eventId: event.id, role: 'organiser' }, tx);
      await this.audit.record(
        actor,
        {
          action: 'event.organiser_add',
          entityType: 'event',
          entityId: event.id,
          eventId: event.id,
          after: { userId: account.id },
        },
        tx,
      );
    });
    return this.list(slug);
  }

  /** Take an organiser off the fair; the last one stays (`last_organiser`). */
  async remove(actor: Caller, slug: string, userId: string): Promise<FairOrganisers> {
    await this.uow.run(async (tx) => {
      // The fair's row lock serialises removals, so two organisers cannot remove each other at once.
      const event = await fairBySlug(tx.manager, slug, true);
      const holders = await this.memberships.holders(event.id, 'organiser', tx);
      if (!holders.includes(userId)) throw notFound('Organiser');
      if (holders.length === 1)
        throw new EventException('last_organiser', 'A fair keeps at least one organiser');
      await this.memberships.withdraw({ userId, eventId: event.id, role: 'organiser' }, tx);
      await this.audit.record(
        actor,
        {
          action: 'event.organiser_remove',
          entityType: 'event',
          entityId: event.id,
          eventId: event.id,
          before: { userId },
        },
        tx,
      );
    });
    return this.list(slug);
  }
}
