import { DealEntity } from '../../src/modules/deals/deal.entity';
import { ChatMessageEntity } from '../../src/modules/chat/chat-message.entity';
import { LeadEntity } from '../../src/modules/leads/lead.entity';
import { TokenService } from '../../src/modules/auth/token.service';
import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

type Booth = Awaited<ReturnType<typeof FairFactory.booth>>;
type Person = Awaited<ReturnType<typeof signedIn>>;

/**
 * Abuse cases against the staff of an exhibitor reaching into another fair (docs/security.md, "Exhibitor
 * staff across fairs"; docs/decisions/0025-many-fairs.md). Fair A has the booth A1; fair B the booths B1
 * and B2. `owner` owns A1's exhibitor and, having accepted B2's invitation, is also staff of B2 (a
 * returning pesantren's people helping another one): in B they are staff of B2 and nothing of B1. `staffA`
 * is staff of A1 only. Each case first shows the allowed path, so a missing route cannot pass it.
 */
describe('security: exhibitor staff across fairs (real PostgreSQL)', () => {
  let t: TestApp;
  let a1: Booth;
  let b1: Booth;
  let b2: Booth;
  let owner: Person;
  let staffA: Person;
  let ownerB2: Person;
  let ownerB1: Person;

  const call = (p: Person, method: string, path: string, body?: object) =>
    t.http.request(method, `/api${path}`, { token: p.token, body });

  async function ownerOf(booth: Booth): Promise<Person> {
    const p = await signedIn(t, 'exhibitor', { exhibitorId: booth.exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [
      p.user.id,
      booth.exhibitor.id,
    ]);
    return p;
  }

  beforeAll(async () => {
    t = await createApp();
    const fairA = await FairFactory.event(t.db, 'fair-staff-a');
    const fairB = await FairFactory.event(t.db, 'fair-staff-b');
    a1 = await FairFactory.booth(t.db, fairA.id);
    b1 = await FairFactory.booth(t.db, fairB.id);
    b2 = await FairFactory.booth(t.db, fairB.id, { slot: 1 });
    owner = await ownerOf(a1);
    staffA = await signedIn(t, 'exhibitor', { exhibitorId: a1.exhibitor.id });
    ownerB2 = await ownerOf(b2);
    ownerB1 = await ownerOf(b1);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('staff of a fair-A exhibitor may join an exhibitor of fair B, and then are staff of that one there', async () => {
    const invite = await call(ownerB2, 'POST', `/backoffice/booths/${b2.booth.id}/staff/invites`, {
      note: 'Returning helper',
    });
    const token = new URL(invite.body.url as string).searchParams.get('token');
    const accepted = await call(owner, 'POST', '/backoffice/invites/accept', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ exhibitorId: b2.exhibitor.id, boothId: b2.booth.id });

    // One team per fair: another exhibitor of fair B is refused, and so is the same one twice.
    const fromB1 = await call(ownerB1, 'POST', `/backoffice/booths/${b1.booth.id}/staff/invites`, {
      note: '',
    });
    const other = new URL(fromB1.body.url as string).searchParams.get('token');
    expect((await call(owner, 'POST', '/backoffice/invites/accept', { token: other })).body.code).toBe(
      'wrong_account',
    );
    const twice = await call(ownerB2, 'POST', `/backoffice/booths/${b2.booth.id}/staff/invites`, {
      note: '',
    });
    const same = new URL(twice.body.url as string).searchParams.get('token');
    expect((await call(owner, 'POST', '/backoffice/invites/accept', { token: same })).body.code).toBe(
      'already_staff',
    );

    // Who they are depends on the fair the request names.
    expect((await call(owner, 'GET', '/backoffice/me?event=fair-staff-a')).body).toMatchObject({
      exhibitorId: a1.exhibitor.id,
      role: 'owner',
    });
    expect((await call(owner, 'GET', '/backoffice/me?event=fair-staff-b')).body).toMatchObject({
      exhibitorId: b2.exhibitor.id,
      role: 'staff',
    });
    expect((await call(staffA, 'GET', '/backoffice/me?event=fair-staff-b')).status).toBe(404);
    expect((await call(staffA, 'GET', '/backoffice/me')).status).toBe(400);
  });

  // The cases below build on the first: `owner` is staff of B2 from here on.
  it("cannot read or change fair B's booth, products, staff or leads except as staff of their own exhibitor there", async () => {
    expect((await call(owner, 'GET', `/backoffice/booths/${b2.booth.id}`)).body.role).toBe('staff');
    expect((await call(owner, 'GET', `/backoffice/booths/${b2.booth.id}/leads`)).status).toBe(200);
    expect((await call(owner, 'GET', `/backoffice/booths/${a1.booth.id}`)).body.role).toBe('owner');

    for (const p of [owner, staffA]) {
      const reads = [
        `/backoffice/booths/${b1.booth.id}`,
        `/backoffice/booths/${b1.booth.id}/products`,
        `/backoffice/booths/${b1.booth.id}/staff`,
        `/backoffice/booths/${b1.booth.id}/leads`,
        `/backoffice/booths/${b1.booth.id}/leads/export.csv`,
      ];
      for (const path of reads) expect([path, (await call(p, 'GET', path)).status]).toEqual([path, 403]);
      const writes: [string, string, object?][] = [
        ['PATCH', `/backoffice/booths/${b1.booth.id}`, { theme: 'classic' }],
        ['POST', `/backoffice/booths/${b1.booth.id}/staff/invites`, { note: 'x' }],
        ['DELETE', `/backoffice/booths/${b1.booth.id}/staff/${ownerB2.user.id}`],
        ['PATCH', `/backoffice/products/${b1.products[0].id}`, { priceRupiah: 1 }],
        ['DELETE', `/backoffice/products/${b1.products[0].id}`],
        ['POST', `/backoffice/booths/${b1.booth.id}/leads/badge`, { code: 'AAAA-BBBB-CCCC' }],
      ];
      for (const [method, path, body] of writes) {
        expect([method, path, (await call(p, method, path, body)).status]).toEqual([method, path, 403]);
      }
    }
    // Staff of B2 still cannot change it: they are not its owner.
    expect(
      (await call(owner, 'PATCH', `/backoffice/booths/${b2.booth.id}`, { theme: 'classic' })).status,
    ).toBe(403);
    expect(
      (await call(owner, 'PATCH', `/backoffice/booths/${a1.booth.id}`, { theme: 'classic' })).status,
    ).toBe(200);
  });

  it("cannot moderate fair B's booth chat or answer its talk-now knocks, except at their own booth", async () => {
    const message = async (booth: Booth) =>
      (
        await t.db.getRepository(ChatMessageEntity).save({
          boothId: booth.booth.id,
          eventId: booth.booth.eventId,
          userId: ownerB2.user.id,
          authorName: 'Someone',
          authorRole: 'exhibitor',
          fromStaff: false,
          text: 'halo',
          clientMsgId: `m-${Math.random()}`,
        })
      ).id;
    const inB1 = await message(b1);
    const inB2 = await message(b2);
    expect((await call(owner, 'DELETE', `/booths/${b1.booth.id}/chat/${inB1}`)).status).toBe(403);
    expect((await call(staffA, 'DELETE', `/booths/${b1.booth.id}/chat/${inB1}`)).status).toBe(403);
    expect((await call(owner, 'DELETE', `/booths/${b2.booth.id}/chat/${inB2}`)).status).toBe(204);

    expect((await call(owner, 'GET', `/booths/${b1.booth.id}/talk`)).body.as).toBe('visitor');
    expect((await call(owner, 'GET', `/booths/${b2.booth.id}/talk`)).body.as).toBe('staff');
    const off = { available: false };
    expect((await call(owner, 'PUT', `/booths/${b1.booth.id}/talk/availability`, off)).status).toBe(403);
    expect((await call(staffA, 'PUT', `/booths/${b1.booth.id}/talk/availability`, off)).status).toBe(403);
    expect((await call(owner, 'PUT', `/booths/${b2.booth.id}/talk/availability`, off)).status).toBe(200);
  });

  it("cannot read or change the deals of fair B's other exhibitors, nor reach their threads", async () => {
    const buyer = await signedIn(t, 'buyer');
    const deal = async (booth: Booth) =>
      (
        await t.db.getRepository(DealEntity).save({
          eventId: booth.booth.eventId,
          exhibitorId: booth.exhibitor.id,
          buyerId: buyer.user.id,
          value: 1_000_000,
          status: 'po',
          recordedBy: 'buyer',
          recordedByUser: buyer.user.id,
        })
      ).id;
    const ofB1 = await deal(b1);
    const ofB2 = await deal(b2);
    expect((await call(owner, 'GET', `/deals/${ofB2}`)).status).toBe(200);
    for (const p of [owner, staffA]) {
      expect((await call(p, 'GET', `/deals/${ofB1}`)).status).toBe(404);
      expect((await call(p, 'POST', `/deals/${ofB1}/confirm`)).status).toBe(404);
    }

    // The deals' message threads: the staff of B2 are parties to its thread (and see it in their inbox),
    // not to B1's.
    const thread = async (id: string) =>
      (await call(buyer, 'POST', '/threads', { kind: 'deal', id })).body.id;
    const [b1Thread, b2Thread] = [await thread(ofB1), await thread(ofB2)];
    for (const id of [b1Thread, b2Thread]) {
      await call(buyer, 'POST', `/threads/${id}/messages`, { body: 'Halo', clientMsgId: `c-${id}` });
    }
    expect((await call(owner, 'GET', `/threads/${b2Thread}/messages`)).status).toBe(200);
    const inbox = (await call(owner, 'GET', '/threads')).body.items as { id: string }[];
    expect(inbox.map((i) => i.id)).toEqual([b2Thread]);
    for (const p of [owner, staffA]) {
      expect((await call(p, 'GET', `/threads/${b1Thread}/messages`)).status).toBe(404);
      expect((await call(p, 'POST', '/threads', { kind: 'deal', id: ofB1 })).status).toBe(404);
    }
  });

  it('cannot browse the buyer directory or ask buyers for meetings as staff in fair B', async () => {
    const buyer = await signedIn(t, 'buyer', { directoryListed: true, directoryListedAt: new Date() });
    expect((await call(staffA, 'GET', '/matching/buyers?event=fair-staff-a')).status).toBe(200);
    expect((await call(owner, 'GET', '/matching/buyers?event=fair-staff-b')).status).toBe(200);
    expect((await call(staffA, 'GET', '/matching/buyers?event=fair-staff-b')).status).toBe(403);
    expect((await call(staffA, 'GET', `/matching/buyers/${buyer.user.id}?event=fair-staff-b`)).status).toBe(
      403,
    );
    const ask = await t.http.request(
      'POST',
      `/api/matching/buyers/${buyer.user.id}/requests?event=fair-staff-b`,
      {
        token: staffA.token,
        body: {},
        headers: { 'idempotency-key': 'fair-staff-ask' },
      },
    );
    expect(ask.status).toBe(403);
  });

  it("cannot read or set an exhibitor's meeting availability in fair B", async () => {
    const start = new Date(Date.now() + 86_400_000);
    const windows = [
      { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() },
    ];
    expect((await call(owner, 'GET', '/meetings/availability?event=fair-staff-b')).status).toBe(200);
    const inB = '/meetings/availability?event=fair-staff-b';
    expect((await call(staffA, 'GET', inB)).status).toBe(403);
    expect((await call(staffA, 'PUT', inB, { windows })).status).toBe(403);
    expect((await call(staffA, 'GET', '/meetings/availability')).status).toBe(400);
  });

  it('leaving the team in fair B ends the rights there and keeps those in fair A', async () => {
    const removed = await call(ownerB2, 'DELETE', `/backoffice/booths/${b2.booth.id}/staff/${owner.user.id}`);
    expect(removed.status).toBe(204);
    // The removal ends their sessions (docs/security.md, revocation): sign in again.
    const [{ token_version: ver }] = await t.db.query<{ token_version: number }[]>(
      'SELECT token_version FROM app_user WHERE id = $1',
      [owner.user.id],
    );
    const token = t.app.get(TokenService).signAccess({
      sub: owner.user.id,
      role: 'exhibitor',
      name: owner.user.displayName,
      guest: false,
      ver,
    });
    const again = { ...owner, token };
    expect((await call(again, 'GET', `/backoffice/booths/${b2.booth.id}`)).status).toBe(403);
    expect((await call(again, 'GET', `/backoffice/booths/${a1.booth.id}`)).body.role).toBe('owner');
    const [account] = await t.db.query('SELECT role FROM app_user WHERE id = $1', [owner.user.id]);
    expect(account).toEqual({ role: 'exhibitor' });
  });

  it('leads written at a booth name its fair', async () => {
    await call(staffA, 'POST', '/leads/whatsapp', { boothId: b1.booth.id });
    const rows = await t.db.getRepository(LeadEntity).find({ where: { boothId: b1.booth.id } });
    expect(rows.map((r) => r.eventId)).toEqual([b1.booth.eventId]);
  });
});
