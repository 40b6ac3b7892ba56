import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { demoOffsetMs } from '../../modules/events/demo-offset';
import { EventEntity } from '../../modules/events/event.entity';
import { bulkInsert, stableUuid } from './bulk-insert';
import { generateHistory, type HistoryPlan } from './history';
import { seedOutcomes } from './seed-history-outcomes';
import { seedHistoryPeople } from './seed-history-people';
import { DAY_MS, fairDays, historyDays, wibMidnight, type HistoryTarget } from './seed-history-input';

export { demoIds } from './seed-history-input';
/**
 * Writes the demo fair's history ({@link generateHistory}) inside the seeder's transaction, table by table
 * in bulk. Times the application keeps on the real clock (leads, chat, deals, `created_at`) are moved by the
 * DEMO_LIVE offset of this first start; slots, meetings and expiries stay on the fair's timeline. An
 * archived fair is over: all its days are past, and every time stays on its own dates (docs/demo.md).
 */
export async function seedHistory(
  m: EntityManager,
  target: HistoryTarget,
  log: Logger,
): Promise<HistoryPlan> {
  const event = await m.findOneByOrFail(EventEntity, { slug: target.slug });
  const days = await fairDays(m, event);
  const archived = event.status === 'archived';
  const when = historyDays(days, archived);
  const live = when.liveDay;
  const tables: { id: string }[] = await m.query(
    'SELECT id FROM meeting_table WHERE event_id = $1 ORDER BY label',
    [event.id],
  );
  const demoBooth = target.booths.findIndex((b) => b.exhibitorId === target.demo.exhibitorId);
  if (demoBooth < 0) throw new Error('demo history: the demo exhibitor has no booth');
  const open: { preferred_starts: Date[] }[] = await m.query(
    `SELECT preferred_starts FROM meeting_request WHERE requester_id = $1 AND event_id = $2 AND status = 'pending'`,
    [target.demo.buyerId, event.id],
  );
  const plan = generateHistory({
    keepFree: open.flatMap((r) => r.preferred_starts.map((t) => new Date(t).getTime())),
    booths: target.booths,
    ...when,
    tables: tables.length,
    demoBooth,
  });
  // The past days land on the real calendar days before today at their own hours (whole days back), so
  // the dashboard's hourly curve peaks at ten and two WIB as the fair did and each visit keeps its day;
  // what happened on the live day itself moves by the demo's exact offset, like the schedule.
  const now = target.now ?? Date.now();
  const offset = demoOffsetMs(new Date(live.hallStart), now);
  const dayShift = wibMidnight(now) - wibMidnight(live.hallStart);
  const fair = (t: number) => new Date(t).toISOString();
  const real = archived
    ? fair
    : (t: number) => new Date(t + (t < wibMidnight(live.hallStart) ? dayShift : offset)).toISOString();
  const id = (kind: string, i: number) => stableUuid(`${event.id}:${kind}:${i}`);
  const person = (i: number) => {
    const p = plan.people[i];
    if (p.existing === 'buyer') return target.demo.buyerId;
    if (p.existing === 'exhibitor') return target.demo.staffId;
    return id('person', i);
  };
  const booth = (i: number) => target.booths[i];
  const firstDay = real(days[0].hallStart - 7 * DAY_MS);

  const exhibitorOf = (b: number) => booth(b).exhibitorId;
  await seedHistoryPeople(m, plan, { eventId: event.id, person, exhibitorOf, firstDay, log });

  await bulkInsert(
    m,
    'lead',
    {
      event_id: 'uuid',
      booth_id: 'uuid',
      user_id: 'uuid',
      kind: 'text',
      created_at: 'timestamptz',
      ended_at: 'timestamptz',
    },
    plan.leads.map((l) => ({
      event_id: event.id,
      booth_id: booth(l.booth).id,
      user_id: person(l.person),
      kind: l.kind,
      created_at: real(l.at),
      ended_at: l.endedAt === null ? null : real(l.endedAt),
    })),
  );
  await bulkInsert(
    m,
    'chat_message',
    {
      event_id: 'uuid',
      booth_id: 'uuid',
      user_id: 'uuid',
      author_name: 'text',
      author_role: 'text',
      from_staff: 'boolean',
      text: 'text',
      client_msg_id: 'text',
      created_at: 'timestamptz',
    },
    plan.chats.map((c, i) => ({
      event_id: event.id,
      booth_id: booth(c.booth).id,
      user_id: person(c.person),
      author_name: plan.people[c.person].name,
      author_role: plan.people[c.person].role,
      from_staff: c.fromStaff,
      text: c.text,
      client_msg_id: `history-${i}`,
      created_at: real(c.at),
    })),
  );
  log.log(`seeding history: ${plan.leads.length} leads, ${plan.chats.length} chat messages`);

  await bulkInsert(
    m,
    'sourcing_request',
    {
      id: 'uuid',
      event_id: 'uuid',
      buyer_id: 'uuid',
      title: 'text',
      category: 'text',
      quantity: 'float8',
      unit: 'text',
      halal: 'boolean',
      export_ready: 'boolean',
      requirements: 'text',
      target_price: 'bigint',
      destination_country: 'text',
      status: 'text',
      created_at: 'timestamptz',
    },
    plan.sourcing.map((s, i) => ({
      id: id('sourcing', i),
      event_id: event.id,
      buyer_id: person(s.buyer),
      title: s.title,
      category: s.category,
      quantity: s.quantity,
      unit: s.unit,
      halal: s.halal,
      export_ready: s.exportReady,
      requirements: s.requirements,
      target_price: s.targetPrice,
      destination_country: s.country,
      status: s.status,
      created_at: real(s.at),
    })),
  );
  await bulkInsert(
    m,
    'sourcing_response',
    {
      request_id: 'uuid',
      exhibitor_id: 'uuid',
      author_id: 'uuid',
      message: 'text',
      created_at: 'timestamptz',
    },
    plan.sourcing.flatMap((s, i) =>
      s.responses.map((r) => ({
        request_id: id('sourcing', i),
        exhibitor_id: booth(r.booth).exhibitorId,
        author_id: person(r.author),
        message: r.message,
        created_at: real(r.at),
      })),
    ),
  );

  await bulkInsert(
    m,
    'meeting_request',
    {
      id: 'uuid',
      event_id: 'uuid',
      exhibitor_id: 'uuid',
      requester_id: 'uuid',
      message: 'text',
      preferred_starts: 'timestamptz[]',
      mode: 'text',
      status: 'text',
      counter_start: 'timestamptz',
      decline_reason: 'text',
      expires_at: 'timestamptz',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    plan.requests.map((r, i) => ({
      id: id('request', i),
      event_id: event.id,
      exhibitor_id: booth(r.booth).exhibitorId,
      requester_id: person(r.buyer),
      message: r.message,
      preferred_starts: r.preferred.map(fair),
      mode: r.mode,
      status: r.status,
      counter_start: r.counterStart === null ? null : fair(r.counterStart),
      decline_reason: r.declineReason,
      expires_at: fair(r.expiresAt),
      created_at: real(r.at),
      updated_at: real(r.answeredAt),
    })),
  );
  const booked = plan.requests.map((r, i) => ({ r, i })).filter(({ r }) => r.meeting);
  await bulkInsert(
    m,
    'meeting',
    {
      id: 'uuid',
      event_id: 'uuid',
      request_id: 'uuid',
      exhibitor_id: 'uuid',
      starts_at: 'timestamptz',
      ends_at: 'timestamptz',
      mode: 'text',
      table_id: 'uuid',
      status: 'text',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    booked.map(({ r, i }) => ({
      id: id('meeting', i),
      event_id: event.id,
      request_id: id('request', i),
      exhibitor_id: booth(r.booth).exhibitorId,
      starts_at: fair(r.meeting!.start),
      ends_at: fair(r.meeting!.end),
      mode: r.mode,
      table_id: r.meeting!.table === null ? null : tables[r.meeting!.table].id,
      status: r.meeting!.status,
      created_at: real(r.answeredAt),
      updated_at: real(r.meeting!.status === 'scheduled' ? r.answeredAt : r.meeting!.end),
    })),
  );
  const staffOf = new Map(
    plan.people.flatMap((p, i) => (p.booth === undefined ? [] : [[p.booth, i] as const])),
  );
  await bulkInsert(
    m,
    'meeting_participant',
    {
      meeting_id: 'uuid',
      user_id: 'uuid',
      side: 'text',
      starts_at: 'timestamptz',
      ends_at: 'timestamptz',
      cancelled: 'boolean',
    },
    booked.flatMap(({ r, i }) =>
      (
        [
          [r.buyer, 'buyer'],
          [staffOf.get(r.booth)!, 'exhibitor'],
        ] as const
      ).map(([who, side]) => ({
        meeting_id: id('meeting', i),
        user_id: person(who),
        side,
        starts_at: fair(r.meeting!.start),
        ends_at: fair(r.meeting!.end),
        cancelled: r.meeting!.status === 'cancelled',
      })),
    ),
  );
  log.log(
    `seeding history: ${plan.sourcing.length} sourcing requests, ${plan.requests.length} meeting requests, ${booked.length} meetings`,
  );

  await bulkInsert(
    m,
    'deal',
    {
      event_id: 'uuid',
      exhibitor_id: 'uuid',
      buyer_id: 'uuid',
      meeting_id: 'uuid',
      value: 'bigint',
      status: 'text',
      note: 'text',
      recorded_by: 'text',
      recorded_by_user: 'uuid',
      confirmed_at: 'timestamptz',
      confirmed_by: 'uuid',
      verification: 'text',
      verified_at: 'timestamptz',
      verified_by: 'uuid',
      rejection_reason: 'text',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    plan.deals.map((d) => {
      const buyer = person(d.buyer);
      const staff = person(staffOf.get(d.booth)!);
      const [by, other] = d.recordedBy === 'buyer' ? [buyer, staff] : [staff, buyer];
      const confirmedAt = d.confirmed ? real(d.at + 2 * 3_600_000) : null;
      const decided = d.verification !== 'claimed' ? real(d.at + 20 * 3_600_000) : null;
      return {
        event_id: event.id,
        exhibitor_id: booth(d.booth).exhibitorId,
        buyer_id: buyer,
        meeting_id: d.request === null ? null : id('meeting', d.request),
        value: d.value,
        status: d.status,
        note: d.note,
        recorded_by: d.recordedBy,
        recorded_by_user: by,
        confirmed_at: confirmedAt,
        confirmed_by: d.confirmed ? other : null,
        verification: d.verification,
        // The automatic rule verifies when the deal is confirmed; the organiser decides later.
        verified_at: d.verification === 'verified' && !d.byOrganiser ? confirmedAt : decided,
        verified_by: d.byOrganiser ? target.demo.organiserId : null,
        rejection_reason: d.rejectionReason,
        created_at: real(d.at),
        updated_at: decided ?? confirmedAt ?? real(d.at),
      };
    }),
  );
  log.log(`seeding history: ${plan.deals.length} deals`);

  await seedOutcomes(m, plan, {
    eventId: event.id,
    held: booked.filter(({ r }) => r.meeting!.status === 'held'),
    meetingId: (i) => id('meeting', i),
    exhibitorOf,
    recorder: (o, r) => person(o.side === 'buyer' ? r.buyer : staffOf.get(r.booth)!),
    real,
    log,
  });
  await m.query('ANALYZE lead, chat_message, meeting, deal, app_user, meeting_outcome');
  return plan;
}
