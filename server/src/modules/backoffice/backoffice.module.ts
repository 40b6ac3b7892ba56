import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { BoothsModule } from '../booths/booths.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { EventsModule } from '../events/events.module';
import { ExhibitorsModule } from '../exhibitors/exhibitors.module';
import { ImportsModule } from '../imports/imports.module';
import { LeadsModule } from '../leads/leads.module';
import { MembershipsModule } from '../memberships';
import { OnsiteModule } from '../onsite/onsite.module';
import { UploadsModule } from '../uploads/uploads.module';
import { UsersModule } from '../users/users.module';
import { ApplicationService } from './application.service';
import { ApplicationsController } from './applications.controller';
import { BackofficeController } from './backoffice.controller';
import { BadgeScans } from './badge-scans.service';
import { BoothAccessService } from './booth-access.service';
import { BoothChanges } from './booth-changes.service';
import { BoothProfileService } from './booth-profile.service';
import { LeadsController } from './leads.controller';
import { LeadsViewService } from './leads-view.service';
import { PictureSwap } from './picture-swap.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { BoothAccessReadModel } from './read-models/booth-access.read-model';
import { BoothLeadsReadModel } from './read-models/booth-leads.read-model';
import { ExhibitorTeamReadModel } from './read-models/exhibitor-team.read-model';
import { StaffController } from './staff.controller';
import { StaffInviteEntity } from './staff-invite.entity';
import { StaffService } from './staff.service';
import { TeamMemberships } from './team-memberships.service';
import { RateLimitModule } from '../rate-limit';

/**
 * The exhibitor's back office: the application, booth editor, products (with photos and import), staff and
 * leads.
 */
@Module({
  imports: [
    RateLimitModule,
    TypeOrmModule.forFeature([StaffInviteEntity]),
    AuthModule,
    BoothsModule,
    CatalogueModule,
    EventsModule,
    ExhibitorsModule,
    ImportsModule,
    LeadsModule,
    MembershipsModule,
    OnsiteModule,
    UploadsModule,
    UsersModule,
  ],
  controllers: [
    ApplicationsController,
    BackofficeController,
    ProductsController,
    StaffController,
    LeadsController,
  ],
  providers: [
    BoothAccessService,
    ApplicationService,
    BoothProfileService,
    BoothChanges,
    PictureSwap,
    ProductsService,
    StaffService,
    TeamMemberships,
    LeadsViewService,
    BadgeScans,
    BoothAccessReadModel,
    BoothLeadsReadModel,
    ExhibitorTeamReadModel,
  ],
})
export class BackofficeModule {}
