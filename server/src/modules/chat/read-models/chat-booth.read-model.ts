import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What chat needs to know about a booth: whose it is, its fair, and whether the fair lets guests write. */
export interface ChatBooth {
  exhibitorId: string;
  eventId: string;
  chatRegisteredOnly: boolean;
}

/** A booth as booth chat sees it. Reads the booths' `booth` and the events' `event` tables; never writes. */
@Injectable()
export class ChatBoothReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The booth, or null when there is none (in `eventId`, when given). */
  async find(boothId: string, eventId?: string): Promise<ChatBooth | null> {
    const [row] = await this.db.query<ChatBooth[]>(
      `SELECT b.exhibitor_id AS "exhibitorId", b.event_id AS "eventId", e.chat_registered_only AS "chatRegisteredOnly"
       FROM booth b JOIN event e ON e.id = b.event_id
       WHERE b.id = $1 AND ($2::uuid IS NULL OR b.event_id = $2)`,
      [boothId, eventId ?? null],
    );
    return row ?? null;
  }
}
