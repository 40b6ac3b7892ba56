import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Histogram } from 'prom-client';
import { EntityManager, In, IsNull, Not, QueryRunner, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { ScheduleClock } from '../events/schedule-clock';
import { MetricsRegistry } from '../metrics';
import { ScheduleService } from './schedule.service';
import { TimedEffectEntity } from './timed-effect.entity';

const TICK_MS = 250;
const BATCH = 50;
const LEADER_LOCK_KEY = 7_217_020_2021;
const MAX_ATTEMPTS = 5;

/** Delay before the next attempt of a failed effect: 2 s, 4 s, 8 s, 16 s. */
export const retryDelayMs = (attempts: number): number => 1000 * 2 ** Math.min(attempts, 10);

export type EffectHandler = (effect: TimedEffectEntity) => Promise<void>;

/** An effect another module wants run at `dueAt`; `key` is unique, so planning it twice runs it once. */
export interface PlannedEffect {
  key: string;
  kind: string;
  payload: Record<string, string>;
  dueAt: Date;
}

/**
 * Runs timed effects across nodes and restarts, AT LEAST ONCE: one node leads (a Postgres advisory lock
 * held on its own connection, checked on every tick; the lock goes with the connection if the node dies,
 * and another node takes over within a tick). The leader runs due effects and marks each done, so a restarted
 * or new leader does not repeat a finished one; but a crash between an effect and its mark runs it again,
 * so every handler is idempotent (a conditional UPDATE, a state broadcast, "create the room if missing").
 * A failing effect is retried with a growing delay and given up after five attempts. On embedded PGlite
 * there is one node, so it always leads. See docs/decisions/0005-timed-effects.md.
 */
@Injectable()
export class EffectRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EffectRunner.name);
  private readonly handlers = new Map<string, EffectHandler[]>();
  private timer?: NodeJS.Timeout;
  private lock?: QueryRunner;
  private leading = false;
  /** The pass under way, if any: passes never overlap. */
  private pass?: Promise<number>;
  private stopped = false;
  private readonly lag: Histogram;

  constructor(
    @InjectRepository(TimedEffectEntity) private readonly effects: Repository<TimedEffectEntity>,
    private readonly config: AppConfig,
    private readonly clock: ScheduleClock,
    private readonly schedule: ScheduleService,
    registry: MetricsRegistry,
  ) {
    this.lag = new Histogram({
      name: 'pameran_timed_effect_lag_seconds',
      help: 'From when a timed effect was due to when its handlers started (a session opening late)',
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    });
    this.register('session.transition', async (e) => this.schedule.publishState(e.payload.eventId));
  }

  /** Add a handler for a kind of effect; several modules may react to one kind, in registration order. */
  register(kind: string, handler: EffectHandler): void {
    this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), handler]);
  }

  get isLeader(): boolean {
    return this.leading;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule.planAll();
    // The timer skips a beat while a pass is still running instead of queueing another behind it.
    this.timer = setInterval(() => {
      if (!this.pass) void this.tick();
    }, TICK_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.pass;
    if (this.lock && !this.lock.isReleased) {
      await this.lock.query('SELECT pg_advisory_unlock($1)', [LEADER_LOCK_KEY]).catch(() => undefined);
      await this.lock.release();
    }
  }

  /**
   * One whole pass that starts after this call: (re)claim leadership if needed, then run whatever is due.
   * A pass already under way (the timer's) is waited for first, so a caller never reads the effects table
   * while another pass is still changing it.
   */
  async tick(): Promise<number> {
    while (this.pass) await this.pass;
    if (this.stopped) return 0;
    this.pass = this.runPass();
    try {
      return await this.pass;
    } finally {
      this.pass = undefined;
    }
  }

  private async runPass(): Promise<number> {
    try {
      if (!(await this.lead())) return 0;
      return await this.runDue();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'timed effects pass failed');
      return 0;
    }
  }

  private async lead(): Promise<boolean> {
    if (this.config.embeddedDatabase) return (this.leading = true);
    if (this.leading && (await this.stillLeading())) return true;
    // The advisory lock needs a connection of its own, held for as long as this node leads.
    this.lock ??= this.effects.manager.connection.createQueryRunner();
    const [{ ok }] = await this.lock.query('SELECT pg_try_advisory_lock($1) AS ok', [LEADER_LOCK_KEY]);
    if (ok && !this.leading) this.logger.log('leading the schedule (timed effects run here)');
    return (this.leading = ok);
  }

  /**
   * Whether this node's lock connection still holds the lock. A connection that died (network, a restarted
   * database, a terminated backend) lost it, and another node may lead already: stop at once and let the
   * next claim use a fresh connection.
   */
  private async stillLeading(): Promise<boolean> {
    try {
      const [{ held }] = await this.lock!.query(
        `SELECT count(*) > 0 AS held FROM pg_locks WHERE locktype = 'advisory' AND granted
           AND pid = pg_backend_pid() AND ((classid::bigint << 32) | objid::bigint) = $1`,
        [LEADER_LOCK_KEY],
      );
      if (held) return true;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'the leader lock connection failed');
    }
    this.logger.warn('lost the lead of the schedule (timed effects stop here)');
    this.leading = false;
    const lock = this.lock;
    this.lock = undefined;
    await lock?.release().catch(() => undefined);
    return false;
  }

  /**
   * Run what is due, oldest first. Only the leader gets here, so no row locks are held while a handler
   * runs (handlers use the database themselves, and the embedded pool has one connection). A row is marked
   * done right after its handler; a crash in between runs it again after the restart (at least once), so
   * handlers are idempotent.
   */
  private async runDue(): Promise<number> {
    const now = this.clock.now();
    const repo = this.effects;
    const due = await repo
      .createQueryBuilder('e')
      .where('e.done_at IS NULL AND e.due_at <= :now', { now })
      .orderBy('e.due_at')
      .limit(BATCH)
      .getMany();
    for (const effect of due) {
      if (this.stopped) break;
      const handlers = this.handlers.get(effect.kind);
      this.lag.observe(Math.max(0, this.clock.now().getTime() - effect.dueAt.getTime()) / 1000);
      try {
        if (!handlers) throw new Error(`no handler for ${effect.kind}`);
        for (const handler of handlers) await handler(effect);
        await repo.update({ id: effect.id }, { doneAt: now, attempts: effect.attempts + 1 });
      } catch (err) {
        const lastError = String((err as Error).message).slice(0, 500);
        const attempts = effect.attempts + 1;
        const giveUp = attempts >= MAX_ATTEMPTS;
        // Try again later, not on the next tick: what failed (LiveKit, the database) needs time to recover.
        const retryAt = new Date(now.getTime() + retryDelayMs(attempts));
        await repo.update(
          { id: effect.id },
          { attempts, lastError, ...(giveUp ? { doneAt: now } : { dueAt: retryAt }) },
        );
        this.logger.error({ effect: effect.key, err: lastError, attempts, giveUp }, 'timed effect failed');
      }
    }
    return due.length;
  }

  /**
   * Replace a subject's pending effects with `wanted` (in the caller's transaction when given a manager):
   * pending ones not wanted any more are dropped, effects already run are never repeated (keys are unique).
   */
  async replan(
    subjectId: string,
    wanted: PlannedEffect[],
    m: EntityManager = this.effects.manager,
  ): Promise<void> {
    await m.delete(TimedEffectEntity, {
      subjectId,
      doneAt: IsNull(),
      ...(wanted.length && { key: Not(In(wanted.map((w) => w.key))) }),
    });
    if (wanted.length === 0) return;
    const rows = wanted.map((w) => ({ ...w, subjectId }));
    await m.createQueryBuilder().insert().into(TimedEffectEntity).values(rows).orIgnore().execute();
  }
}
