import { Injectable } from '@nestjs/common';
import type { ChatFeed, SanctionItem } from '@pameran/contracts';
import { EventsService } from '../events/events.service';
import { type FeedQuery, ModerationFeedReadModel } from './read-models/moderation-feed.read-model';

/** The moderator's page of the console: recent chat across an event's booths, and who is sanctioned now. */
@Injectable()
export class ModerationFeedService {
  constructor(
    private readonly events: EventsService,
    private readonly feed: ModerationFeedReadModel,
  ) {}

  /** Newest first, searchable; `nextBefore` pages back. */
  async chat(slug: string, query: FeedQuery): Promise<ChatFeed> {
    return this.feed.chat((await this.events.findEntity(slug)).id, query);
  }

  /** Active mutes and bans in the fair (its own and platform-wide ones). */
  async sanctions(eventId: string): Promise<{ items: SanctionItem[] }> {
    return { items: await this.feed.sanctions(eventId) };
  }
}
