import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { LeadEntity } from './lead.entity';

const FLUSH_MS = 1000;

/**
 * Booth visits become leads (who, booth, entered, left) without Postgres on the presence path: visits are
 * buffered and written in batches every second (and on shutdown).
 */
@Injectable()
export class VisitRecorder implements BeforeApplicationShutdown {
  private readonly logger = new Logger(VisitRecorder.name);
  private entered: Partial<LeadEntity>[] = [];
  private left = new Map<string, Date>();
  private timer?: NodeJS.Timeout;
  /** Visits not yet left: closed with the shutdown time when the node stops. */
  private readonly open = new Set<string>();
  private stopped = false;

  constructor(@InjectRepository(LeadEntity) private readonly leads: Repository<LeadEntity>) {}

  /** Returns the visit id to pass to {@link leave}. */
  enter(boothId: string, userId: string): string {
    const id = randomUUID();
    if (this.stopped) return id;
    this.open.add(id);
    this.entered.push({ id, boothId, userId, kind: 'visit', createdAt: new Date() });
    this.schedule();
    return id;
  }

  leave(visitId: string): void {
    if (this.stopped || !this.open.delete(visitId)) return;
    this.left.set(visitId, new Date());
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    this.timer = undefined;
    const entered = this.entered;
    const left = this.left;
    this.entered = [];
    this.left = new Map();
    try {
      if (entered.length) await this.leads.insert(entered);
      if (left.size) {
        const ids = [...left.keys()];
        const times = ids.map((id) => left.get(id)!.toISOString());
        await this.leads.query(
          `UPDATE lead SET ended_at = v.t::timestamptz FROM unnest($1::uuid[], $2::text[]) AS v(id, t) WHERE lead.id = v.id`,
          [ids, times],
        );
      }
    } catch (err) {
      this.logger.error(
        { err: (err as Error).message, visits: entered.length },
        'could not record booth visits',
      );
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.stopped = true;
    const now = new Date();
    for (const id of this.open) this.left.set(id, now);
    this.open.clear();
    await this.flush();
  }
}
