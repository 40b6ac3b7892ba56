import type { MembershipRole, Role } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TokenService } from '../../src/modules/auth/token.service';
import type { EventEntity } from '../../src/modules/events/event.entity';
import { BuyerProfileEntity } from '../../src/modules/users/user.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { StageFactory } from '../factories/stage.factory';
import { UserFactory, type TestUser } from '../factories/user.factory';
import { connectHall, type HallClient } from './hall-client';
import { HttpClient } from './http';

/** What the fixture needs of a running installation: its database, a token signer and one node's URL. */
export interface FairsHost {
  db: DataSource;
  tokens: Pick<TokenService, 'signAccess'>;
  url: string;
}

export interface Person {
  user: TestUser;
  token: string;
}

/**
 * One fair with a record of every kind a route can name (docs/security.md, "Isolation spec"): its people
 * hold memberships of this fair only, so what they can do in the other fair is what any account can.
 */
export interface Fair {
  event: EventEntity;
  slug: string;
  organiser: Person;
  /** Staff of `exhibitor` (an exhibitor membership of this fair), the booth's owner. */
  staff: Person;
  buyer: Person;
  /** A plain account under a sanction in this fair. */
  visitor: Person;
  exhibitor: { id: string };
  /** An exhibitor that has applied and waits for the audition. */
  applicant: { id: string };
  /** Both fairs' booths stand on the same spot of their halls: one grid shared by fairs would show it. */
  booth: { id: string; x: number; z: number };
  productIds: string[];
  dayId: string;
  blockId: string;
  stageSessionId: string;
  requestId: string;
  meetingId: string;
  dealId: string;
  sourcingId: string;
  announcementId: string;
  chatMessageId: string;
  threadId: string;
  messageId: string;
  reportId: string;
  tableId: string;
  questionId: string;
  pollId: string;
  inviteId: string;
  /**
   * A mail campaign by the fair's organiser, when the console's campaign route takes this body (campaigns
   * name no fair yet; left unset otherwise, so a route needing it shows as unmapped rather than guessed).
   */
  campaignId?: string;
  /** Set by `talkAtBooth` for specs that need talk-now's knocks and conversations. */
  talk?: TalkAtBooth;
}

/** Talk-now at a fair's booth: a visitor in a conversation with its staff, another one knocking. */
export interface TalkAtBooth {
  knockId: string;
  conversationId: string;
  /** The hall connections that keep the knock and the conversation alive. */
  sockets: HallClient[];
}

const HOUR = 3_600_000;

/** Knocks and conversations live only while their people are at the booth, so this opens hall sockets. */
export async function talkAtBooth(host: FairsHost, fair: Fair): Promise<TalkAtBooth> {
  const http = new HttpClient(host.url);
  const sockets: HallClient[] = [];
  const atBooth = async (p: Person) => {
    const s = await connectHall(host.url, { token: p.token, event: fair.slug });
    sockets.push(s);
    const entered = await s.emitWithAck('booth:enter', { boothId: fair.booth.id });
    if (!entered.ok) throw new Error(`${fair.slug}: booth:enter refused ${JSON.stringify(entered)}`);
  };
  const talk = (method: string, path: string, p: Person, body?: unknown) =>
    http.request(method, `/api/booths/${fair.booth.id}/talk${path}`, { token: p.token, body });
  await atBooth(fair.staff);
  const available = await talk('PUT', '/availability', fair.staff, { available: true });
  if (available.status !== 200) throw new Error(`${fair.slug}: availability ${available.status}`);
  const knockOf = async (p: Person) => {
    await atBooth(p);
    const res = await talk('POST', '/knock', p);
    if (res.status !== 200 || !res.body.knock) throw new Error(`${fair.slug}: knock ${res.status}`);
    return res.body.knock.id as string;
  };
  const first = await knockOf(fair.buyer);
  const accepted = await talk('POST', `/knocks/${first}/accept`, fair.staff);
  const conversationId = accepted.body.conversations?.[0]?.id as string | undefined;
  if (!conversationId) throw new Error(`${fair.slug}: accept ${accepted.status}`);
  return { knockId: await knockOf(fair.visitor), conversationId, sockets };
}

/** Fairs A and B on one installation; B in another zone (WITA), so nothing can lean on both being WIB. */
export async function twoFairs(host: FairsHost): Promise<{ a: Fair; b: Fair }> {
  const a = await fair(host, 'fair-a', 'Asia/Jakarta');
  const b = await fair(host, 'fair-b', 'Asia/Makassar');
  return { a, b };
}

/** A person whose rights come only from the memberships given here. */
async function person(
  host: FairsHost,
  role: Role,
  eventId: string,
  membership?: { role: MembershipRole; exhibitorId?: string },
): Promise<Person> {
  const user = await UserFactory.create(host.db, { role, memberships: false });
  user.exhibitorId = membership?.exhibitorId ?? null;
  if (membership) {
    await host.db.query(
      'INSERT INTO membership (user_id, event_id, role, exhibitor_id) VALUES ($1, $2, $3, $4)',
      [user.id, eventId, membership.role, membership.exhibitorId ?? null],
    );
  }
  const token = host.tokens.signAccess({
    sub: user.id,
    role,
    name: user.displayName,
    guest: false,
  });
  return { user, token };
}

/** The fair's records, written as its own people write them (through the API) where the API can. */
async function fair(host: FairsHost, slug: string, timeZone: string): Promise<Fair> {
  const { db } = host;
  const http = new HttpClient(host.url);
  const event = await FairFactory.event(db, slug);
  await db.query('UPDATE event SET time_zone = $2 WHERE id = $1', [event.id, timeZone]);
  event.timeZone = timeZone;
  const { exhibitor, booth, products } = await FairFactory.booth(db, event.id, { products: 2 });
  const applicant = await FairFactory.exhibitor(db, event.id);
  const organiser = await person(host, 'organiser', event.id, { role: 'organiser' });
  const staff = await person(host, 'exhibitor', event.id, { role: 'exhibitor', exhibitorId: exhibitor.id });
  await db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [staff.user.id, exhibitor.id]);
  const buyer = await person(host, 'buyer', event.id);
  await db.getRepository(BuyerProfileEntity).save({
    userId: buyer.user.id,
    type: 'buyer',
    company: `Importir ${slug}`,
    country: 'MY',
    directoryListed: true,
    directoryListedAt: new Date(),
  });
  const visitor = await person(host, 'visitor', event.id);
  const { block } = await MatchingFactory.block(db, event, { inMinutes: 2 * 60 });
  const stage = await StageFactory.session(db, event, { speakerIds: [staff.user.id] });
  const meetingId = await MatchingFactory.heldMeeting(db, event.id, exhibitor.id, buyer.user.id);
  const [{ request_id: requestId }] = (await db.query('SELECT request_id FROM meeting WHERE id = $1', [
    meetingId,
  ])) as { request_id: string }[];

  // Routes whose path names no fair get `?event=` (decision 0025's rule for them): ignored by those not
  // scoped yet, required by those scoped with `InEvent.query()`.
  const made = async (what: string, res: Promise<{ status: number; body: { id?: string } }>) => {
    const r = await res;
    if (r.status >= 300 || !r.body?.id)
      throw new Error(`${slug}: ${what} answered ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  };
  const announcementId = await made(
    'announcement',
    http.post(`/api/admin/events/${slug}/announcements`, { text: `Kabar ${slug}` }, organiser.token),
  );
  const dealId = await made(
    'deal',
    http.post(
      `/api/deals?event=${slug}`,
      { exhibitorId: exhibitor.id, meetingId, value: 25_000_000, status: 'po', note: `PO ${slug}` },
      buyer.token,
    ),
  );
  const sourcingId = await made(
    'sourcing request',
    http.post(
      `/api/events/${slug}/sourcing`,
      {
        title: `Keripik ${slug}`,
        category: 'makanan',
        quantity: 1,
        unit: 't',
        halal: true,
        exportReady: true,
        destinationCountry: 'MY',
      },
      buyer.token,
    ),
  );
  const threadId = await made(
    'thread',
    http.post(`/api/threads?event=${slug}`, { kind: 'meeting', id: meetingId }, buyer.token),
  );
  const messageId = await made(
    'message',
    http.post(
      `/api/threads/${threadId}/messages`,
      { body: `Harga khusus ${slug}`, clientMsgId: randomUUID() },
      staff.token,
    ),
  );
  const reported = await http.post(
    `/api/threads/${threadId}/messages/${messageId}/report`,
    { reason: 'kasar' },
    buyer.token,
  );
  if (reported.status !== 204) throw new Error(`${slug}: report answered ${reported.status}`);
  const [{ id: reportId }] = (await db.query('SELECT id FROM thread_message_report WHERE message_id = $1', [
    messageId,
  ])) as { id: string }[];
  const tableId = await made(
    'meeting table',
    http.post(`/api/admin/events/${slug}/matching/tables`, { label: `T-${slug}` }, organiser.token),
  );
  const questionId = await made(
    'stage question',
    http.post(`/api/stage/${stage.id}/questions`, { text: `Harga grosir ${slug}?` }, buyer.token),
  );
  const pollId = await made(
    'stage poll',
    http.post(
      `/api/stage/${stage.id}/polls`,
      { question: `Favorit ${slug}?`, options: ['Kopi', 'Teh'] },
      staff.token,
    ),
  );
  const inviteId = await made(
    'staff invite',
    http.post(`/api/backoffice/booths/${booth.id}/staff/invites`, { note: 'kasir' }, staff.token),
  );
  const sanction = await http.post(
    `/api/admin/moderation?event=${slug}`,
    { userId: visitor.user.id, kind: 'mute', minutes: 30, reason: `spam ${slug}` },
    organiser.token,
  );
  if (sanction.status !== 200) throw new Error(`${slug}: sanction answered ${sanction.status}`);
  const campaign = await http.post(
    `/api/console/mail/campaigns?event=${slug}`,
    {
      segment: 'buyers_without_meetings',
      subject: { id: `Kabar ${slug}`, en: `News ${slug}` },
      text: { id: 'Halo', en: 'Hello' },
      perMinute: 2,
    },
    organiser.token,
  );
  const lead = await http.post(`/api/leads/whatsapp?event=${slug}`, { boothId: booth.id }, buyer.token);
  if (lead.status !== 200) throw new Error(`${slug}: lead answered ${lead.status}`);
  const [{ id: chatMessageId }] = (await db.query(
    `INSERT INTO chat_message (event_id, booth_id, user_id, author_name, author_role, text, client_msg_id, created_at)
     VALUES ($1, $2, $3, $4, 'buyer', $5, $6, $7) RETURNING id`,
    [
      event.id,
      booth.id,
      buyer.user.id,
      buyer.user.displayName,
      `Halo ${slug}`,
      randomUUID(),
      new Date(Date.now() - HOUR),
    ],
  )) as { id: string }[];
  const [{ n: leads }] = (await db.query('SELECT count(*)::int AS n FROM lead WHERE booth_id = $1', [
    booth.id,
  ])) as { n: number }[];
  if (leads === 0) throw new Error(`${slug}: the WhatsApp click left no lead`);

  return {
    event,
    slug,
    organiser,
    staff,
    buyer,
    visitor,
    exhibitor: { id: exhibitor.id },
    applicant: { id: applicant.id },
    booth: { id: booth.id, x: booth.positionX, z: booth.positionZ },
    productIds: products.map((p) => p.id),
    dayId: block.dayId,
    blockId: block.id,
    stageSessionId: stage.id,
    requestId,
    meetingId,
    dealId,
    sourcingId,
    announcementId,
    chatMessageId,
    threadId,
    messageId,
    reportId,
    tableId,
    questionId,
    pollId,
    inviteId,
    campaignId: campaign.status === 201 ? (campaign.body.id as string) : undefined,
  };
}
