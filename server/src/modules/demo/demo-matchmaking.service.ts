import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { MatchingCalendar } from '../matching/matching-calendar.service';
import { MeetingRequestsService } from '../matching/meeting-requests.service';
import { MeetingsService } from '../matching/meetings.service';
import { DemoCastReadModel, type CastMember } from './read-models/demo-cast.read-model';

const TICK_MS = 30_000;
/** Requests an exhibitor answers per tick, so the organiser sees some wait before they are taken. */
const ANSWERS_PER_TICK = 2;

/**
 * The live part of the demo's business matching (DEMO_LIVE with a crowd): every half minute a simulated
 * buyer asks a simulated exhibitor for one of the next free slots, exhibitors accept the oldest waiting
 * requests, and meetings at the venue tables that ran past their end are marked held (now and then a
 * no-show) by the exhibitor. Meetings go
 * live on the slot grid by themselves (matching's timed effects). It acts through the matching services,
 * with the same rules, notifications and domain events as people; the demo accounts are never touched.
 */
@Injectable()
export class DemoMatchmaking implements BeforeApplicationShutdown {
  private readonly logger = new Logger('DemoMatchmaking');
  private timer?: NodeJS.Timeout;
  private buyers: CastMember[] = [];
  private staff = new Map<string, CastMember>();

  constructor(
    private readonly config: AppConfig,
    private readonly cast: DemoCastReadModel,
    private readonly requests: MeetingRequestsService,
    private readonly meetings: MeetingsService,
    private readonly calendar: MatchingCalendar,
  ) {}

  async start(): Promise<void> {
    if (!this.config.get('DEMO_LIVE') || !this.config.get('DEMO_CROWD')) return;
    if (!(await this.load())) return;
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.logger.log({ buyers: this.buyers.length, exhibitors: this.staff.size }, 'demo matchmaking running');
  }

  /** The simulated buyers and staff (from the seeded history); false when there are none. */
  private async load(): Promise<boolean> {
    this.buyers = await this.cast.cast('buyer');
    this.staff = new Map((await this.cast.cast('exhibitor')).map((s) => [s.sub, s]));
    return this.buyers.length > 0 && this.staff.size > 0;
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One round; each step on its own, so a refused request (a slot just taken) does not stop the others. */
  async tick(): Promise<void> {
    if (!this.staff.size && !(await this.load())) return;
    await this.attempt('request', () => this.sendRequest());
    for (const r of await this.cast.pendingForCast(ANSWERS_PER_TICK))
      await this.attempt('answer', () => this.answer(r.id, this.staff.get(r.staff)!));
    for (const m of await this.cast.endedForCast(this.calendar.now())) {
      // Now and then a no-show, as in the seeded history.
      const status = Math.random() < 0.15 ? 'no_show' : 'held';
      await this.attempt('close', () => this.meetings.setStatus(this.staff.get(m.staff)!, m.id, status));
    }
  }

  private async sendRequest(): Promise<void> {
    const staff = [...this.staff.values()];
    const buyer = this.buyers[Math.floor(Math.random() * this.buyers.length)];
    const exhibitor = staff[Math.floor(Math.random() * staff.length)];
    const free = (await this.meetings.slotOptions(exhibitor.exhibitorId!, [buyer.sub])).filter((s) => s.free);
    if (!free.length) return;
    await this.requests.create(buyer, {
      exhibitorId: exhibitor.exhibitorId!,
      message: 'Assalamualaikum, kami tertarik untuk pasokan rutin. Bisa bertemu di slot berikut?',
      preferredSlots: free.slice(0, 2).map(({ start, end }) => ({ start, end })),
      // At a venue table: an online meeting is settled by who joined its video call, and no simulated
      // person joins one (it would end as a no-show).
      mode: 'onsite',
      productIds: [],
      attendeeEmails: [],
    });
  }

  private async answer(id: string, staff: CastMember): Promise<void> {
    const [slot] = (await this.requests.slots(staff, id)).filter((s) => s.free);
    if (slot) await this.requests.accept(staff, id, slot.start);
  }

  private async attempt(step: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.logger.debug({ step, err: (err as Error).message }, 'demo matchmaking step skipped');
    }
  }
}
