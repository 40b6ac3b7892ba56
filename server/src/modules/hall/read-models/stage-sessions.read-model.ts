import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Which event a stage session belongs to, for who may follow it. Reads events' `schedule_session`; never writes. */
@Injectable()
export class StageSessionsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async eventOf(sessionId: string): Promise<string | null> {
    const [row] = await this.db.query<{ eventId: string }[]>(
      `SELECT event_id AS "eventId" FROM schedule_session WHERE id = $1 AND kind = 'stage'`,
      [sessionId],
    );
    return row?.eventId ?? null;
  }
}
