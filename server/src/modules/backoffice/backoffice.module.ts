import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { BoothsModule } from '../booths/booths.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ImportsModule } from '../imports/imports.module';
import { UploadsModule } from '../uploads/uploads.module';
import { ApplicationService } from './application.service';
import { BackofficeController } from './backoffice.controller';
import { BoothAccessService } from './booth-access.service';
import { BoothChanges } from './booth-changes.service';
import { BoothProfileService } from './booth-profile.service';
import { LeadsController } from './leads.controller';
import { LeadsViewService } from './leads-view.service';
import { PictureSwap } from './picture-swap.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

/** The exhibitor's back office: booth editor, products (with photos and import), staff and leads. */
@Module({
  imports: [AuthModule, BoothsModule, CatalogueModule, UploadsModule, ImportsModule],
  controllers: [BackofficeController, ProductsController, StaffController, LeadsController],
  providers: [
    BoothAccessService,
    ApplicationService,
    BoothProfileService,
    BoothChanges,
    PictureSwap,
    ProductsService,
    StaffService,
    LeadsViewService,
  ],
})
export class BackofficeModule {}
