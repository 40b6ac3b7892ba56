import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category } from '@pameran/contracts';
import { DataSource } from 'typeorm';

/**
 * What the generated pictures are drawn from: an exhibitor's name and colour, a product's name and
 * category in its pesantren's colour. Reads exhibitors' `exhibitor`, booths' `booth` and catalogue's
 * `product` tables.
 */
@Injectable()
export class PictureSourcesReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exhibitor(id: string) {
    const [row] = await this.db.query<{ id: string; name: string; colour: string; category: Category }[]>(
      'SELECT id, name, colour, category FROM exhibitor WHERE id = $1',
      [id],
    );
    return row;
  }

  async product(id: string) {
    const [row] = await this.db.query<
      { id: string; name_id: string; name_en: string; category: Category; colour: string }[]
    >(
      `SELECT p.id, p.name_id, p.name_en, p.category, e.colour
       FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id WHERE p.id = $1`,
      [id],
    );
    return row;
  }
}
