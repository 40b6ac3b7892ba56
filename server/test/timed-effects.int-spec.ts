import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { EffectRunner, retryDelayMs } from '../src/modules/schedule/effect-runner.service';
import { TimedEffectEntity } from '../src/modules/schedule/timed-effect.entity';
import { createApp, type TestApp } from './support/create-app';

/**
 * The timed-effect runner on two app instances sharing one real PostgreSQL database: one leader at a time,
 * a leader that lost its lock connection stops at once, failures back off, and an effect whose node died
 * between running it and marking it done runs again on the next leader (at least once).
 */
describe('timed effects: leadership, retries and a crash before the done-mark', () => {
  let a: TestApp;
  let b: TestApp;
  const runs: string[] = [];

  const runner = (t: TestApp) => t.app.get(EffectRunner);
  const effectsRepo = (t: TestApp) =>
    (runner(t) as unknown as { effects: Repository<TimedEffectEntity> }).effects;
  /** The backend holding the leader lock, as seen from another connection. */
  const lockHolders = async (t: TestApp) =>
    t.db.query<{ pid: number }[]>(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database =
         (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
  async function addEffect(kind: string, dueAt: Date): Promise<string> {
    const id = randomUUID();
    await a.db.getRepository(TimedEffectEntity).insert({
      key: `test:${id}`,
      kind,
      subjectId: id,
      payload: { id },
      dueAt,
    });
    return id;
  }
  const effect = (id: string) => a.db.getRepository(TimedEffectEntity).findOneByOrFail({ subjectId: id });

  beforeAll(async () => {
    a = await createApp();
    b = await createApp({ env: { DATABASE_URL: (a.db.options as { url: string }).url } });
    for (const t of [a, b]) {
      const name = t === a ? 'a' : 'b';
      runner(t).register('test.probe', async (e) => void runs.push(`${name}:${e.payload.id}`));
      runner(t).register('test.fails', () => Promise.reject(new Error('the other service is down')));
    }
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('one node leads; when its lock connection dies it stops leading and the other takes over', async () => {
    await runner(a).tick();
    await runner(b).tick();
    expect([runner(a).isLeader, runner(b).isLeader]).toEqual([true, false]);
    const [holder] = await lockHolders(a);
    await a.db.query('SELECT pg_terminate_backend($1)', [holder.pid]);
    await runner(b).tick(); // the lock went with the connection: b claims it
    await runner(a).tick(); // a notices on its next tick
    expect([runner(a).isLeader, runner(b).isLeader]).toEqual([false, true]);
    const id = await addEffect('test.probe', new Date());
    await runner(a).tick();
    await runner(b).tick();
    expect(runs.filter((r) => r.endsWith(id))).toEqual([`b:${id}`]);
  });

  it('a failing effect is retried later with a growing delay, then given up', async () => {
    const id = await addEffect('test.fails', new Date());
    const clock = b.app.get(ScheduleClock);
    const start = Date.now();
    try {
      for (let attempt = 1; attempt <= 5; attempt++) {
        const before = await effect(id);
        clock.freeze(new Date(Math.max(start, before.dueAt.getTime())));
        await runner(b).tick();
        const after = await effect(id);
        expect(after.attempts).toBe(attempt);
        if (attempt < 5) {
          expect(after.doneAt).toBeNull();
          expect(after.dueAt.getTime() - before.dueAt.getTime()).toBeGreaterThanOrEqual(
            retryDelayMs(attempt),
          );
          await runner(b).tick(); // not due again yet: nothing happens
          expect((await effect(id)).attempts).toBe(attempt);
        } else {
          expect(after.doneAt).not.toBeNull(); // given up after five attempts
          expect(after.lastError).toContain('down');
        }
      }
    } finally {
      clock.freeze(undefined);
    }
  });

  it('runs an effect again when its leader died between running it and marking it done', async () => {
    const id = await addEffect('test.probe', new Date());
    // b leads; it runs the effect, then "dies" before the done-mark lands (the mark fails, and the node
    // stops before it can record anything else).
    const update = jest.spyOn(effectsRepo(b), 'update').mockRejectedValue(new Error('node died'));
    await runner(b).tick();
    update.mockRestore();
    expect(runs.filter((r) => r.endsWith(id))).toEqual([`b:${id}`]);
    expect((await effect(id)).doneAt).toBeNull();
    await b.close();
    // a takes over and runs it once more: at least once, never lost.
    for (let i = 0; i < 3 && (await effect(id)).doneAt === null; i++) await runner(a).tick();
    expect(runs.filter((r) => r.endsWith(id))).toEqual([`b:${id}`, `a:${id}`]);
    expect((await effect(id)).doneAt).not.toBeNull();
    await runner(a).tick();
    expect(runs.filter((r) => r.endsWith(id))).toHaveLength(2);
  });
});
