import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { LeadEntity } from './lead.entity';

const FLUSH_MS = 1000;
/** After a failed write the next try waits twice as long as the last, up to this. */
const MAX_RETRY_MS = 30_000;
/** Visits (and end times) held while the database cannot take them; beyond this the oldest are dropped. */
export const MAX_BUFFERED_VISITS = 20_000;

type VisitRow = Pick<LeadEntity, 'id' | 'boothId' | 'eventId' | 'userId' | 'kind' | 'createdAt'>;

/** A constraint refused the row (its booth or visitor was deleted meanwhile): retrying cannot help. */
const refusedByConstraint = (err: unknown) =>
  String((err as { driverError?: { code?: unknown } }).driverError?.code ?? '').startsWith('23');

/**
 * Booth visits become leads (who, booth, entered, left) without Postgres on the presence path: visits are
 * buffered and written in batches every second (and on shutdown). A batch the database cannot take stays
 * buffered and is tried again with growing waits; only beyond MAX_BUFFERED_VISITS are the oldest dropped,
 * and the log says how many.
 */
@Injectable()
export class VisitRecorder implements BeforeApplicationShutdown {
  private readonly logger = new Logger(VisitRecorder.name);
  private entered: VisitRow[] = [];
  /** Visit id → when it ended; null reopens a visit another node ended when it drained (see resume). */
  private left = new Map<string, Date | null>();
  private timer?: NodeJS.Timeout;
  /** Visits not yet left: closed with the shutdown time when the node stops. */
  private readonly open = new Set<string>();
  private stopped = false;
  private failures = 0;
  private dropped = 0;
  /** Writes run one after the other, so a retried batch keeps its place before newer visits. */
  private writing: Promise<void> = Promise.resolve();

  constructor(@InjectRepository(LeadEntity) private readonly leads: Repository<LeadEntity>) {}

  /** Returns the visit id to pass to {@link leave}. `eventId` is the booth's fair. */
  enter(boothId: string, eventId: string, userId: string): string {
    const id = randomUUID();
    if (this.stopped) return id;
    this.open.add(id);
    this.entered.push({ id, boothId, eventId, userId, kind: 'visit', createdAt: new Date() });
    this.bound();
    this.schedule(FLUSH_MS);
    return id;
  }

  /**
   * Carry on a visit that a draining node started (and ended when its socket moved here): the same lead,
   * open again, so a deploy makes no second visit. Returns the id for {@link leave}.
   */
  resume(visitId: string): string {
    if (this.stopped) return visitId;
    this.open.add(visitId);
    this.left.set(visitId, null);
    this.bound();
    this.schedule(FLUSH_MS);
    return visitId;
  }

  leave(visitId: string): void {
    if (this.stopped || !this.open.delete(visitId)) return;
    this.left.set(visitId, new Date());
    this.bound();
    this.schedule(FLUSH_MS);
  }

  /** Write what is buffered now (one attempt; a failure is kept for the next). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = this.writing.then(() => this.write());
    this.writing = run;
    return run;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const now = new Date();
    for (const id of this.open) this.left.set(id, now);
    this.open.clear();
    await this.flush();
    clearTimeout(this.timer);
    const lost = this.entered.length + this.left.size;
    if (lost) this.logger.error({ visits: lost }, 'booth visits not recorded before shutdown');
  }

  private schedule(ms: number): void {
    if (!this.stopped) this.timer ??= setTimeout(() => void this.flush(), ms);
  }

  /** Never throws: what could not be written goes back to the buffer and a retry is scheduled. */
  private async write(): Promise<void> {
    const entered = this.entered;
    const left = this.left;
    this.entered = [];
    this.left = new Map();
    if (this.dropped) {
      this.logger.warn(
        { visits: this.dropped },
        'dropped booth visits: the database was unreachable too long',
      );
      this.dropped = 0;
    }
    let inserted = false;
    try {
      if (entered.length) await this.insert(entered);
      inserted = true;
      if (left.size) {
        const ids = [...left.keys()];
        const times = ids.map((id) => left.get(id)?.toISOString() ?? null);
        await this.leads.query(
          `UPDATE lead SET ended_at = v.t::timestamptz FROM unnest($1::uuid[], $2::text[]) AS v(id, t) WHERE lead.id = v.id`,
          [ids, times],
        );
      }
      this.failures = 0;
    } catch (err) {
      // Back in front of anything newer; a visit leaves once, so the end times cannot collide.
      if (!inserted) this.entered = entered.concat(this.entered);
      this.left = new Map([...left, ...this.left]);
      this.bound();
      const wait = Math.min(MAX_RETRY_MS, FLUSH_MS * 2 ** ++this.failures);
      this.logger.warn(
        { err: (err as Error).message, visits: this.entered.length + this.left.size, retryInMs: wait },
        'could not record booth visits; keeping them for the next try',
      );
      clearTimeout(this.timer);
      this.timer = undefined;
      this.schedule(wait);
    }
  }

  /** All at once; when a constraint refuses the batch, row by row so that only the refused rows are lost. */
  private async insert(rows: VisitRow[]): Promise<void> {
    const insert = (values: VisitRow[]) =>
      this.leads.createQueryBuilder().insert().into(LeadEntity).values(values).orIgnore().execute();
    try {
      await insert(rows);
    } catch (err) {
      if (!refusedByConstraint(err)) throw err;
      let refused = 0;
      for (const row of rows) {
        try {
          await insert([row]);
        } catch (e) {
          if (!refusedByConstraint(e)) throw e;
          refused++;
        }
      }
      this.logger.warn(
        { visits: refused },
        'booth visits refused by the database (booth or visitor deleted)',
      );
    }
  }

  /** Keeps the buffer within MAX_BUFFERED_VISITS, oldest out first; the next write logs the count. */
  private bound(): void {
    const over = this.entered.length - MAX_BUFFERED_VISITS;
    if (over > 0) {
      this.entered.splice(0, over);
      this.dropped += over;
    }
    for (const id of this.left.keys()) {
      if (this.left.size <= MAX_BUFFERED_VISITS) break;
      this.left.delete(id);
      this.dropped++;
    }
  }
}
