import { randomUUID } from 'node:crypto';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { ChatMessageEntity } from '../src/modules/chat/chat-message.entity';
import { DealEntity } from '../src/modules/deals/deal.entity';
import { EventEntity } from '../src/modules/events/event.entity';
import { LeadEntity } from '../src/modules/leads/lead.entity';
import { RetentionService } from '../src/modules/retention/retention.service';
import { EffectRunner } from '../src/modules/schedule/effect-runner.service';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('retention after the fair (RETENTION_DAYS_AFTER_FAIR, real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createApp({ env: { RETENTION_DAYS_AFTER_FAIR: '30' } });
  });
  afterAll(() => t?.close());

  /** A fair with one booth, chat from a visitor, visits, a WhatsApp click and a confirmed deal. */
  async function fair(slug: string, endedDaysAgo: number) {
    const event = await t.db.getRepository(EventEntity).save({
      slug,
      nameId: slug,
      nameEn: slug,
      timeZone: 'Asia/Jakarta',
      startsOn: day(-endedDaysAgo - 3),
      endsOn: day(-endedDaysAgo),
    });
    const { booth, exhibitor } = await FairFactory.booth(t.db, event.id);
    const visitor = await signedIn(t, 'buyer', { displayName: `Visitor of ${slug}` });
    const at = new Date(Date.now() - (endedDaysAgo + 1) * DAY);
    for (const text of ['Ada stok 500 pak?', 'Kirim ke Johor bisa?']) {
      await t.db.getRepository(ChatMessageEntity).insert({
        boothId: booth.id,
        eventId: event.id,
        userId: visitor.user.id,
        authorName: visitor.user.displayName,
        authorRole: 'buyer',
        text,
        clientMsgId: randomUUID(),
        createdAt: at,
      });
    }
    await t.db.getRepository(LeadEntity).insert([
      // Two days' visits (a second visit the same day would count once, before and after).
      { boothId: booth.id, eventId: event.id, userId: visitor.user.id, kind: 'visit', createdAt: at },
      {
        boothId: booth.id,
        eventId: event.id,
        userId: visitor.user.id,
        kind: 'visit',
        createdAt: new Date(at.getTime() - DAY),
      },
      { boothId: booth.id, eventId: event.id, userId: visitor.user.id, kind: 'whatsapp', createdAt: at },
    ]);
    await t.db.getRepository(DealEntity).insert({
      eventId: event.id,
      exhibitorId: exhibitor.id,
      buyerId: visitor.user.id,
      value: 42_000_000,
      status: 'po',
      recordedBy: 'buyer',
      recordedByUser: visitor.user.id,
      confirmedAt: at,
      verification: 'verified', // the public figures count verified deals only
    });
    return { event, booth, visitor };
  }

  const rows = async (boothId: string) => ({
    chat: await t.db.getRepository(ChatMessageEntity).find({ where: { boothId }, order: { text: 'ASC' } }),
    leads: await t.db.getRepository(LeadEntity).findBy({ boothId }),
  });

  it('anonymises chat and leads of a fair past its window, keeps report totals, and runs once in effect', async () => {
    const ended = await fair('ended-long-ago', 45);
    const recent = await fair('ended-last-week', 7);
    const organiser = await signedIn(t, 'organiser');
    const summary = async (slug: string) => {
      const s = (await t.http.get(`/api/events/${slug}/report/summary`, organiser.token)).body;
      return { visits: s.visits.total, whatsapp: s.whatsappClicks, chat: s.chatMessages, deals: s.deals };
    };
    const totalsBefore = await summary('ended-long-ago');
    expect(totalsBefore).toMatchObject({ visits: 2, whatsapp: 1, chat: 2, deals: { total: 42_000_000 } });

    // Planned as the app plans at start-up; the leader's tick runs what is due.
    const retention = t.app.get(RetentionService);
    await retention.onApplicationBootstrap();
    const runner = t.app.get(EffectRunner);
    const audited = () =>
      t.db.getRepository(AuditLogEntity).findBy({ action: 'retention.anonymise', entityId: ended.event.id });
    const deadline = Date.now() + 10_000;
    while ((await audited()).length === 0 && Date.now() < deadline) await runner.tick();

    const after = await rows(ended.booth.id);
    expect(after.chat).toHaveLength(2);
    for (const m of after.chat) expect(m).toMatchObject({ text: '', authorName: '', userId: null });
    expect(after.leads).toHaveLength(3);
    expect(after.leads.every((l) => l.userId === null)).toBe(true);
    expect(await summary('ended-long-ago')).toEqual(totalsBefore);
    const trail = await audited();
    expect(trail).toHaveLength(1);
    expect(trail[0].after).toEqual({ chatMessages: 2, leads: 3, days: 30 });

    // The people themselves and their deals are not touched; the fair inside its window is not either.
    expect(await t.db.getRepository(DealEntity).countBy({ buyerId: ended.visitor.user.id })).toBe(1);
    const kept = await rows(recent.booth.id);
    expect(kept.chat.map((m) => m.text)).toEqual(['Ada stok 500 pak?', 'Kirim ke Johor bisa?']);
    expect(kept.leads.every((l) => l.userId === recent.visitor.user.id)).toBe(true);
    expect(await retention.apply(recent.event.id)).toBeNull();

    // Run again (at least once): nothing more changes and no second audit entry.
    expect(await retention.apply(ended.event.id)).toEqual({ chatMessages: 0, leads: 0 });
    expect(await audited()).toHaveLength(1);
  });
});
