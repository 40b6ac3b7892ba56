import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { logoSvg, productSvg } from './pictures';
import { PictureSourcesReadModel } from './read-models/picture-sources.read-model';
import { notFound } from '../../common/common.exception';

export interface Picture {
  body: string;
  etag: string;
}

const picture = (body: string): Picture => ({
  body,
  etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
});

/**
 * Pictures for booths and products. Until exhibitors upload their own, each logo and product picture is
 * drawn from the record itself (name, category, colour), so it is always in step with the data.
 */
@Injectable()
export class MediaService {
  constructor(private readonly sources: PictureSourcesReadModel) {}

  async logo(exhibitorId: string): Promise<Picture> {
    const row = await this.sources.exhibitor(exhibitorId);
    if (!row) throw notFound('Exhibitor');
    return picture(logoSvg({ key: row.id, name: row.name, colour: row.colour }));
  }

  async product(productId: string): Promise<Picture> {
    const row = await this.sources.product(productId);
    if (!row) throw notFound('Product');
    return picture(productSvg({ name: { id: row.name_id }, category: row.category }, row.colour));
  }
}
