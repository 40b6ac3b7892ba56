import { randomUUID } from 'node:crypto';
import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';
import { connectHall } from '../support/hall-client';
import { sqlDuring } from '../support/sql-counter';

/** The hall's handshake under abuse (docs/security.md, "Hall handshake"). */
describe('security: hall handshake', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createApp();
    await FairFactory.event(t.db, 'real-fair');
    token = (await signedIn(t, 'visitor')).token;
    // Warm the identity path for this token, so what is counted below is the event lookup alone.
    await connectHall(t.url, { token, event: 'real-fair' }).then((s) => s.close());
  });
  afterAll(() => t?.close());

  it('handshakes with made-up event slugs cannot make the node query the database per connection', async () => {
    const codes: string[] = [];
    const began = Date.now();
    const sql = await sqlDuring(() =>
      Promise.all(
        Array.from({ length: 60 }, () =>
          connectHall(t.url, { token, event: `nope-${randomUUID().slice(0, 8)}` }).then(
            (s) => (s.close(), codes.push('connected')),
            (err: { data?: { code: string } }) => codes.push(err.data?.code ?? 'none'),
          ),
        ),
      ),
    );
    expect(new Set(codes)).toEqual(new Set(['unknown_event']));
    // At most one re-read of the event list per second, however many slugs are tried (each waits for the
    // read after it, so 60 handshakes spread over a few seconds; one query per handshake would be 60).
    const seconds = Math.ceil((Date.now() - began) / 1000);
    expect(sql.length).toBeLessThanOrEqual(seconds + 1);
    expect(seconds).toBeLessThan(10);
  });
});
