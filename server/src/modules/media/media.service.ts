import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category } from '@pameran/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { logoSvg, productSvg } from './pictures';
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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async logo(exhibitorId: string): Promise<Picture> {
    const [row] = await this.db.query<{ id: string; name: string; colour: string; category: Category }[]>(
      'SELECT id, name, colour, category FROM exhibitor WHERE id = $1',
      [exhibitorId],
    );
    if (!row) throw notFound('Exhibitor');
    return picture(logoSvg({ key: row.id, name: row.name, colour: row.colour }));
  }

  async product(productId: string): Promise<Picture> {
    const [row] = await this.db.query<
      { id: string; name_id: string; name_en: string; category: Category; colour: string }[]
    >(
      `SELECT p.id, p.name_id, p.name_en, p.category, e.colour
       FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id WHERE p.id = $1`,
      [productId],
    );
    if (!row) throw notFound('Product');
    return picture(productSvg({ name: { id: row.name_id }, category: row.category }, row.colour));
  }
}
