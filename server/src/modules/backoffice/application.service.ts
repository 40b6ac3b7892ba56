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
import { notFound } from '../../common/common.exception';

type Application = z.output<typeof ExhibitorApplication>;
type Update = z.output<typeof ApplicationUpdate>;

/** The caller's own exhibitor: applying (the audition), reading it, and correcting a rejected application. */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly team: ExhibitorTeamReadModel,
    private readonly exhibitors: ExhibitorsService,
    private readonly users: UsersService,
    private readonly events: EventsService,
    private readonly uow: UnitOfWork,
  ) {}

  /** A pesantren applies; the applying account becomes the exhibitor's owner in the same transaction. */
  async apply(caller: Caller, dto: Application): Promise<Exhibitor> {
    const event = await this.events.findEntity(dto.eventSlug);
    return this.uow.run(async (tx) => {
      let applied: Exhibitor | undefined;
      await this.users.changeExhibitor(caller.sub, tx, async (user) => {
        if (!user) throw notFound('User');
        if (user.exhibitorId) {
          throw new ExhibitorException('already_exhibitor', 'This account already belongs to an exhibitor');
        }
        const exhibitor = await this.exhibitors.create(
          { ...applicationColumns(dto), eventId: event.id, ownerUserId: user.id, status: 'applied' },
          tx,
        );
        applied = toExhibitorDto(exhibitor, null);
        return { exhibitorId: exhibitor.id };
      });
      return applied!;
    });
  }

  /** The caller's application and its status. */
  async mine(caller: Caller): Promise<Exhibitor> {
    const own = await this.team.of(caller.sub);
    if (!own) throw notFound('Your exhibitor application');
    return this.exhibitors.get(own.id);
  }

  async me(caller: Caller): Promise<BackofficeMe> {
    const r = await this.team.of(caller.sub);
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
    await this.exhibitors.resubmit(caller, dto);
    return this.me(caller);
  }
}
