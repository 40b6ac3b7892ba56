import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoothProfile, BoothProfileUpdate, BoothTheme, UploadedImage } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { media } from '../booths/booth.mapper';
import { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import type { BoothAccess } from './booth-access.service';
import { BoothChanges } from './booth-changes.service';
import { PictureSwap } from './picture-swap.service';
import { notFound } from '../../common/common.exception';

/** The booth editor: what the panel says and how the booth looks (description, colours, logo, hours). */
@Injectable()
export class BoothProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly changes: BoothChanges,
    private readonly pictures: PictureSwap,
  ) {}

  async get(access: BoothAccess): Promise<BoothProfile> {
    const e = await this.db.getRepository(ExhibitorEntity).findOne({ where: { id: access.exhibitorId } });
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
    const patch: Partial<ExhibitorEntity> = {};
    if (dto.description) {
      patch.descriptionId = dto.description.id;
      patch.descriptionEn = dto.description.en;
    }
    if (dto.contactName !== undefined) patch.contactName = dto.contactName;
    if (dto.whatsappNumber !== undefined) patch.whatsappNumber = dto.whatsappNumber;
    if (dto.colour !== undefined) patch.colour = dto.colour;
    if (dto.theme !== undefined) patch.theme = dto.theme;
    if (dto.staffHours !== undefined) patch.staffHours = dto.staffHours;
    if (Object.keys(patch).length)
      await this.db.getRepository(ExhibitorEntity).update({ id: access.exhibitorId }, patch);
    await this.changes.changed(access);
    return this.get(access);
  }

  async setLogo(access: BoothAccess, file: Buffer | undefined): Promise<UploadedImage> {
    const image = await this.pictures.replace('logo', file, (m, key) =>
      this.swapLogo(m, access.exhibitorId, key),
    );
    await this.changes.changed(access);
    return image;
  }

  async removeLogo(access: BoothAccess): Promise<void> {
    await this.pictures.clear('logo', (m) => this.swapLogo(m, access.exhibitorId, null));
    await this.changes.changed(access);
  }

  private async swapLogo(
    m: import('typeorm').EntityManager,
    exhibitorId: string,
    key: string | null,
  ): Promise<string | null> {
    const e = await m.findOne(ExhibitorEntity, {
      where: { id: exhibitorId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!e) throw notFound('Exhibitor');
    await m.update(ExhibitorEntity, { id: exhibitorId }, { logoKey: key });
    return e.logoKey;
  }
}
