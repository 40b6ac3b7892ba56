import { Injectable } from '@nestjs/common';
import type { BackofficeMe, Exhibitor } from '@pameran/contracts';
import { ApplicationUpdate, ExhibitorApplication } from '@pameran/contracts';
import type { z } from 'zod';
import type { Caller } from '../../common/auth.decorators';
import { UnitOfWork } from '../../domain';
import { EventsService } from '../events/events.service';
import { applicationColumns, ExhibitorsService, toExhibitorDto } from '../exhibitors/exhibitors.service';
import { UsersService } from '../users/users.service';
import { ExhibitorTeamReadModel } from './read-models/exhibitor-team.read-model';
import { ExhibitorException } from '../exhibitors/exhibitors.exception';
import { forbidden, notFound } from '../../common/common.exception';
import { TeamMemberships } from './team-memberships.service';

type Application = z.output<typeof ExhibitorApplication>;
type Update = z.output<typeof ApplicationUpdate>;

/**
 * The caller's own exhibitor in one fair: applying (the audition), reading it, and correcting a rejected
 * application. The reading routes name the fair (`?event=`), so `caller.exhibitorId` is the exhibitor whose
 * staff the caller is there (docs/decisions/0025-many-fairs.md).
 */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly team: ExhibitorTeamReadModel,
    private readonly exhibitors: ExhibitorsService,
    private readonly teams: TeamMemberships,
    private readonly users: UsersService,
    private readonly events: EventsService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * A pesantren applies to a fair; the applying account becomes the exhibitor's owner, staff of it in that
   * fair, in the same transaction. Being staff in another fair is no obstacle (a returning pesantren).
   */
  async apply(caller: Caller, dto: Application): Promise<Exhibitor> {
    const event = await this.events.findEntity(dto.eventSlug);
    return this.uow.run(async (tx) => {
      let applied: Exhibitor | undefined;
      await this.teams.join(caller.sub, event.id, tx, async (user, held) => {
        if (!user) throw notFound('User');
        if (held.some((h) => h.eventId === event.id)) {
          throw new ExhibitorException('already_exhibitor', 'This account already belongs to an exhibitor');
        }
        const exhibitor = await this.exhibitors.create(
          { ...applicationColumns(dto), eventId: event.id, ownerUserId: user.id, status: 'applied' },
          tx,
        );
        applied = toExhibitorDto(exhibitor, null);
        return exhibitor.id;
      });
      return applied!;
    });
  }

  /** The caller's application in the fair and its status. */
  async mine(caller: Caller): Promise<Exhibitor> {
    return this.exhibitors.get(await this.ownId(caller));
  }

  async me(caller: Caller): Promise<BackofficeMe> {
    const r = await this.team.of(await this.ownId(caller));
    if (!r) throw notFound('Your exhibitor application');
    return {
      exhibitorId: r.id,
      name: r.name,
      region: r.region,
      category: r.category,
      contactName: r.contact_name,
      whatsappNumber: r.whatsapp_number,
      description: { id: r.description_id, en: r.description_en },
      status: r.status,
      statusReason: r.status_reason,
      boothId: r.booth_id,
      role: r.owner_user_id === caller.sub ? 'owner' : 'staff',
    };
  }

  /**
   * The owner corrects the application. A rejected one goes back to `applied` for the organisers to
   * decide again; an approved one is edited in the booth editor instead.
   */
  async resubmit(caller: Caller, dto: Update): Promise<BackofficeMe> {
    await this.exhibitors.resubmit(caller, await this.ownId(caller), dto);
    return this.me(caller);
  }

  /**
   * The exhibitor whose staff the caller is in the route's fair. An exhibitor account with none there has
   * not applied yet (404: the client offers the application form); any other account is refused as before.
   */
  private async ownId(caller: Caller): Promise<string> {
    if (caller.exhibitorId) return caller.exhibitorId;
    const account = await this.users.find(caller.sub);
    if (account?.role !== 'exhibitor') throw forbidden('This needs the exhibitor role');
    throw notFound('Your exhibitor application');
  }
}
