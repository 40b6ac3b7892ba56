import { EventEmitter2 } from '@nestjs/event-emitter';
import { Client } from 'pg';
import type { ChatMessage } from '@pameran/contracts';
import { UnitOfWork } from '../src/domain';
import { createApp, type TestApp } from './support/create-app';

/** Domain events leave a unit of work only after its transaction committed; a rollback announces nothing. */
describe('domain events and the unit of work (real PostgreSQL)', () => {
  let t: TestApp;
  let uow: UnitOfWork;
  let emitter: EventEmitter2;
  let probe: Client;
  const message = (id: string): ChatMessage => ({
    id,
    boothId: 'b1',
    userId: 'u1',
    authorName: 'Probe',
    authorRole: 'visitor',
    fromStaff: false,
    text: 'hello',
    createdAt: new Date(0).toISOString(),
  });

  beforeAll(async () => {
    t = await createApp();
    uow = t.app.get(UnitOfWork);
    emitter = t.app.get(EventEmitter2);
    await t.db.query('CREATE TABLE uow_probe (id text PRIMARY KEY)');
    probe = new Client({ connectionString: (t.db.options as { url: string }).url });
    await probe.connect();
  });
  afterAll(async () => {
    await probe.end();
    await t.close();
  });

  /** Listen to one event; each call records whether another connection already sees the row. */
  function listen(): { seen: { id: string; visible: boolean }[]; stop: () => void } {
    const seen: { id: string; visible: boolean }[] = [];
    const fn = async ({ message: m }: { message: ChatMessage }) => {
      const { rowCount } = await probe.query('SELECT 1 FROM uow_probe WHERE id = $1', [m.id]);
      seen.push({ id: m.id, visible: rowCount === 1 });
    };
    // The bus awaits what a listener returns (as it does for @OnDomainEvent methods).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    emitter.on('chat.message_posted', fn);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    return { seen, stop: () => emitter.off('chat.message_posted', fn) };
  }

  it('publishes after the commit, when other connections can already read the change', async () => {
    const l = listen();
    await uow.run(async (tx) => {
      await tx.manager.query('INSERT INTO uow_probe (id) VALUES ($1)', ['committed']);
      tx.publish('chat.message_posted', { boothId: 'b1', message: message('committed') });
    });
    l.stop();
    expect(l.seen).toEqual([{ id: 'committed', visible: true }]);
  });

  it('publishes nothing when the transaction rolls back', async () => {
    const l = listen();
    await expect(
      uow.run(async (tx) => {
        await tx.manager.query('INSERT INTO uow_probe (id) VALUES ($1)', ['rolled-back']);
        tx.publish('chat.message_posted', { boothId: 'b1', message: message('rolled-back') });
        throw new Error('something later in the unit failed');
      }),
    ).rejects.toThrow('something later');
    l.stop();
    expect(l.seen).toEqual([]);
    const { rowCount } = await probe.query('SELECT 1 FROM uow_probe WHERE id = $1', ['rolled-back']);
    expect(rowCount).toBe(0);
  });

  it('a service joining the caller’s unit publishes with it, once, after the outer commit', async () => {
    const l = listen();
    await uow.run(async (outer) => {
      await uow.within(outer, async (tx) => {
        await tx.manager.query('INSERT INTO uow_probe (id) VALUES ($1)', ['joined']);
        tx.publish('chat.message_posted', { boothId: 'b1', message: message('joined') });
      });
      const { rowCount } = await probe.query('SELECT 1 FROM uow_probe WHERE id = $1', ['joined']);
      expect(rowCount).toBe(0); // not committed yet, and nothing was published yet
      expect(l.seen).toEqual([]);
    });
    l.stop();
    expect(l.seen).toEqual([{ id: 'joined', visible: true }]);
  });

  it('a failing listener does not fail the publisher (the change has committed)', async () => {
    const boom = () => {
      throw new Error('listener failed');
    };
    emitter.on('chat.message_deleted', boom);
    try {
      await expect(
        uow.run(async (tx) => {
          await tx.manager.query('INSERT INTO uow_probe (id) VALUES ($1)', ['listener-fails']);
          tx.publish('chat.message_deleted', { boothId: 'b1', id: 'x' });
        }),
      ).resolves.toBeUndefined();
    } finally {
      emitter.off('chat.message_deleted', boom);
    }
  });
});
