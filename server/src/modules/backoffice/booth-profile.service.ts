import { Injectable } from '@nestjs/common';
import type { BoothProfile, BoothProfileUpdate, BoothTheme, UploadedImage } from '@pameran/contracts';
import { media } from '../booths/booth.mapper';
import { ExhibitorsService } from '../exhibitors/exhibitors.service';
import type { BoothAccess } from './booth-access.service';
import { BoothChanges } from './booth-changes.service';
import { PictureSwap } from './picture-swap.service';
import { notFound } from '../../common/common.exception';

/** The booth editor: what the panel says and how the booth looks (description, colours, logo, hours). */
@Injectable()
export class BoothProfileService {
  constructor(
    private readonly exhibitors: ExhibitorsService,
    private readonly changes: BoothChanges,
    private readonly pictures: PictureSwap,
  ) {}

  async get(access: BoothAccess): Promise<BoothProfile> {
    const e = await this.exhibitors.find(access.exhibitorId);
    if (!e) throw notFound('Exhibitor');
    return {
      boothId: access.boothId,
      exhibitorId: e.id,
      name: e.name,
      region: e.region,
      category: e.category,
      description: { id: e.descriptionId, en: e.descriptionEn },
      contactName: e.contactName,
      whatsappNumber: e.whatsappNumber,
      colour: e.colour,
      theme: e.theme as BoothTheme,
      staffHours: e.staffHours,
      logoUrl: media.logo(e.id, e.logoKey),
      hasLogo: e.logoKey !== null,
      role: access.role,
    };
  }

  async update(access: BoothAccess, dto: BoothProfileUpdate): Promise<BoothProfile> {
    await this.exhibitors.updateProfile(access.exhibitorId, dto);
    await this.changes.changed(access);
    return this.get(access);
  }

  async setLogo(access: BoothAccess, file: Buffer | undefined): Promise<UploadedImage> {
    const image = await this.pictures.replace('logo', file, (tx, key) =>
      this.exhibitors.swapLogo(access.exhibitorId, key, tx),
    );
    await this.changes.changed(access);
    return image;
  }

  async removeLogo(access: BoothAccess): Promise<void> {
    await this.pictures.clear('logo', (tx) => this.exhibitors.swapLogo(access.exhibitorId, null, tx));
    await this.changes.changed(access);
  }
}
