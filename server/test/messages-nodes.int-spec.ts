import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { UserFactory } from './factories/user.factory';
import { connectHall, HallClient, next } from './support/hall-client';
import { NodeCluster } from './support/node-cluster';
import { nodeTokens } from './support/node-tokens';

jest.setTimeout(90_000);

const SECRET = 'm'.repeat(48);

/**
 * A message posted on one node reaches the other party connected to another: the post is stored and
 * published on node A, the hall's listener there emits to the recipient's user room, and the Socket.IO
 * Redis adapter carries it to node B.
 */
describe('thread messages across two nodes', () => {
  const cluster = new NodeCluster({ name: 'messages', secret: SECRET });
  const { urls } = cluster;
  let db: DataSource;
  const sockets: HallClient[] = [];
  const tokens = nodeTokens(SECRET);

  beforeAll(async () => {
    ({ db } = await cluster.start());
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await cluster.stop();
  });

  it('a buyer posting on node A is pushed to the exhibitor’s staff on node B, with their unread count', async () => {
    const event = await FairFactory.event(db, 'messages-nodes-fair');
    const { exhibitor } = await FairFactory.booth(db, event.id);
    const staff = await UserFactory.create(db, { role: 'exhibitor', exhibitorId: exhibitor.id });
    const buyer = await UserFactory.create(db, { role: 'buyer' });
    const token = (u: typeof staff) =>
      tokens.signAccess({
        sub: u.id,
        role: u.role,
        name: u.displayName,
        guest: false,
      });
    const meetingId = await MatchingFactory.heldMeeting(db, event.id, exhibitor.id, buyer.id);

    const onB = await connectHall(urls[1], { token: token(staff), event: event.slug });
    sockets.push(onB);
    const call = (path: string, body: object) =>
      fetch(`${urls[0]}/api${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token(buyer)}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string } }));
    const thread = await call('/threads', { kind: 'meeting', id: meetingId });
    expect(thread.status).toBe(200);

    const pushed = next(onB, 'thread:message', () => true, 5000);
    const posted = await call(`/threads/${thread.body.id}/messages`, {
      body: 'Dari node A',
      clientMsgId: randomUUID(),
    });
    expect(posted.status).toBe(200);
    expect(await pushed).toMatchObject({ message: { id: posted.body.id, body: 'Dari node A' }, unread: 1 });
    // The bell rang on node B too (the notification is pushed the same way).
    const bell = await fetch(`${urls[1]}/api/me/notifications`, {
      headers: { authorization: `Bearer ${token(staff)}` },
    }).then((r) => r.json() as Promise<{ unread: number; items: { kind: string }[] }>);
    expect(bell.items.map((n) => n.kind)).toContain('message_new');
  });
});
