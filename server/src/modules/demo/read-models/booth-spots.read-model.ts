import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Where a booth stands on the hall floor (metres). */
export interface BoothSpot {
  id: string;
  x: number;
  z: number;
}

/** The booths the demo crowd walks between. Reads the booths' `booth` and the events' `event` tables; never writes. */
@Injectable()
export class BoothSpotsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  ofEvent(slug: string): Promise<BoothSpot[]> {
    return this.db.query<BoothSpot[]>(
      'SELECT b.id, b.position_x AS x, b.position_z AS z FROM booth b JOIN event e ON e.id = b.event_id WHERE e.slug = $1',
      [slug],
    );
  }
}
