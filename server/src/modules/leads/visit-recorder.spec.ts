import { Logger } from '@nestjs/common';
import type { Repository } from 'typeorm';
import type { LeadEntity } from './lead.entity';
import { MAX_BUFFERED_VISITS, VisitRecorder } from './visit-recorder';

type Row = Partial<LeadEntity> & { id: string };

/** The lead table as the recorder uses it, with failures on demand. */
class FakeLeads {
  readonly rows = new Map<string, Row>();
  /** Errors thrown by the next writes, in order. */
  readonly failures: unknown[] = [];
  /** Ids whose insert breaks a constraint (their booth or user is gone). */
  readonly orphans = new Set<string>();
  writes = 0;

  private write(rows: Row[]) {
    this.writes++;
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (rows.some((r) => this.orphans.has(r.id)))
      throw Object.assign(new Error('violates foreign key constraint'), { driverError: { code: '23503' } });
    for (const r of rows) if (!this.rows.has(r.id)) this.rows.set(r.id, { ...r });
  }

  // The two shapes the recorder may use: a repository's query builder, or insert/query directly.
  createQueryBuilder() {
    let rows: Row[] = [];
    const qb = {
      insert: () => qb,
      into: () => qb,
      values: (v: Row[]) => ((rows = v), qb),
      orIgnore: () => qb,
      execute: async () => this.write(rows),
    };
    return qb;
  }
  async insert(rows: Row[]) {
    this.write(rows);
  }
  async query(_sql: string, [ids, times]: [string[], (string | null)[]]) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    ids.forEach((id, i) => {
      const row = this.rows.get(id);
      if (row) row.endedAt = times[i] === null ? null : new Date(times[i]!);
    });
  }
  getRepository() {
    return this;
  }
}

const down = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('VisitRecorder', () => {
  let db: FakeLeads;
  let recorder: VisitRecorder;
  let warn: jest.SpyInstance;
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
    db = new FakeLeads();
    recorder = new VisitRecorder(db as unknown as Repository<LeadEntity>);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });
  const tick = (ms: number) => jest.advanceTimersByTimeAsync(ms);

  it('writes visits in batches every second, then their end times', async () => {
    const a = recorder.enter('booth-1', 'event-1', 'user-1');
    recorder.enter('booth-1', 'event-1', 'user-2');
    await tick(1000);
    expect(db.rows.size).toBe(2);
    recorder.leave(a);
    await tick(1000);
    expect(db.rows.get(a)!.endedAt).toBeInstanceOf(Date);
  });

  it('keeps a failed batch and retries it with growing waits until the database is back', async () => {
    const a = recorder.enter('booth-1', 'event-1', 'user-1');
    recorder.enter('booth-1', 'event-1', 'user-2');
    recorder.leave(a);
    db.failures.push(down(), down());
    await tick(1000); // first try fails
    expect(db.rows.size).toBe(0);
    expect(warn).toHaveBeenCalled();
    const c = recorder.enter('booth-2', 'event-1', 'user-3'); // visits keep arriving meanwhile
    await tick(1999);
    expect(db.writes).toBe(1); // waits 2 s after the first failure …
    await tick(1);
    expect(db.writes).toBe(2); // … fails again, then waits 4 s
    await tick(3999);
    expect(db.rows.size).toBe(0);
    await tick(1);
    expect(db.rows.size).toBe(3);
    expect(db.rows.has(c)).toBe(true);
    expect(db.rows.get(a)!.endedAt).toBeInstanceOf(Date);
  });

  it('holds at most MAX_BUFFERED_VISITS while the database is down, dropping the oldest with a warning', async () => {
    db.failures.push(down());
    const first = recorder.enter('booth-1', 'event-1', 'early');
    await tick(1000); // the database is down: kept, next try in 2 s
    for (let i = 0; i < MAX_BUFFERED_VISITS; i++) recorder.enter('booth-1', 'event-1', `user-${i}`);
    await tick(2000);
    expect(db.rows.size).toBe(MAX_BUFFERED_VISITS);
    expect(db.rows.has(first)).toBe(false);
    expect(warn.mock.calls.flat()).toContainEqual(expect.stringMatching(/dropped/));
  });

  it('lets a visit whose booth or visitor is gone fail alone, and writes the rest of its batch', async () => {
    const ok1 = recorder.enter('booth-1', 'event-1', 'user-1');
    const orphan = recorder.enter('booth-gone', 'event-1', 'user-2');
    const ok2 = recorder.enter('booth-1', 'event-1', 'user-3');
    db.orphans.add(orphan);
    await tick(1000);
    expect([...db.rows.keys()].sort()).toEqual([ok1, ok2].sort());
    await tick(60_000);
    expect(db.rows.size).toBe(2); // not retried forever
  });

  it('closes open visits on shutdown and writes them', async () => {
    const a = recorder.enter('booth-1', 'event-1', 'user-1');
    await recorder.beforeApplicationShutdown();
    expect(db.rows.get(a)!.endedAt).toBeInstanceOf(Date);
  });

  it('carries on a visit another node ended when it drained: the same row, open again, then ended here', async () => {
    const other = new VisitRecorder(db as unknown as Repository<LeadEntity>);
    const a = other.enter('booth-1', 'event-1', 'user-1');
    other.leave(a); // the draining node's socket went away
    await other.beforeApplicationShutdown();
    expect(db.rows.get(a)!.endedAt).toBeInstanceOf(Date);

    expect(recorder.resume(a)).toBe(a);
    await tick(1000);
    expect(db.rows.size).toBe(1);
    expect(db.rows.get(a)!.endedAt).toBeNull();
    recorder.leave(a);
    await tick(1000);
    expect(db.rows.get(a)!.endedAt).toBeInstanceOf(Date);
  });
});
