import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Which booths an event has, for checking where a visitor may stand. Reads the booths' `booth` table; never writes. */
@Injectable()
export class EventBoothsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async idsOf(eventId: string): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }[]>('SELECT id FROM booth WHERE event_id = $1', [eventId]);
    return new Set(rows.map((r) => r.id));
  }
}
