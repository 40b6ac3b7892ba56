import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Where a booth stands on the hall floor (metres). */
export interface BoothSpot {
  id: string;
  x: number;
  z: number;
}

/**
 * The fair the demo acts in: the latest live one (the 2020 fair with SEED=opop-2020, this year's with
 * SEED=demo, where the 2020 fair is archived). A subquery of the events' `event` table.
 */
export const LIVE_FAIR_ID = `(SELECT id FROM event WHERE status = 'live' ORDER BY starts_on DESC LIMIT 1)`;

/** The booths the demo crowd walks between. Reads the booths' `booth` and the events' `event` tables; never writes. */
@Injectable()
export class BoothSpotsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async liveFair(): Promise<string | undefined> {
    const [fair] = await this.db.query<{ slug: string }[]>(
      `SELECT slug FROM event WHERE id = ${LIVE_FAIR_ID}`,
    );
    return fair?.slug;
  }

  ofEvent(slug: string): Promise<BoothSpot[]> {
    return this.db.query<BoothSpot[]>(
      'SELECT b.id, b.position_x AS x, b.position_z AS z FROM booth b JOIN event e ON e.id = b.event_id WHERE e.slug = $1',
      [slug],
    );
  }
}
