#!/usr/bin/env node
// Cost of the organiser dashboard's queries on a fair-sized database in real PostgreSQL: 500 booths,
// 50,000 booth visits (lead rows), 20,000 chat messages, 2,000 meetings, 1,000 deals. Creates its own
// database from TEST_PG_ADMIN_URL (or BENCH_PG_ADMIN_URL), migrates it with the app's migrations, fills it
// with generate_series, then runs each query of
// server/dist/modules/console/read-models/dashboard.read-model.js (the very functions the app runs;
// `npm run build` first) ITERATIONS times and prints p50/p95/p99 in ms.
// Finally it times one whole dashboard (all queries in parallel, as the 2-second push does).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(join(root, 'server', 'package.json'));
const { Client } = require('pg');
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const admin = process.env.BENCH_PG_ADMIN_URL ?? process.env.TEST_PG_ADMIN_URL;
if (!admin) throw new Error('set TEST_PG_ADMIN_URL (a PostgreSQL URL allowed to CREATE DATABASE)');

const dbName = `bench_dashboard_${process.pid}`;
const adminClient = new Client({ connectionString: admin });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE ${dbName}`);
const url = new URL(admin);
url.pathname = `/${dbName}`;
process.env.DATABASE_URL = url.toString();

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
let client;
try {
  const { dataSource } = require(join(root, 'server/dist/database/data-source.js'));
  const ds = await dataSource;
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();

  client = new Client({ connectionString: url.toString() });
  await client.connect();
  const t0 = Date.now();
  await fill(client);
  console.log(`filled in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM booth) booths, (SELECT count(*) FROM lead) leads,
            (SELECT count(*) FROM chat_message) chats, (SELECT count(*) FROM meeting) meetings,
            (SELECT count(*) FROM deal) deals`,
  );
  console.log('rows', counts.rows[0]);

  const q = { query: (sql, params) => client.query(sql, params).then((r) => r.rows) };
  const dq = require(join(root, 'server/dist/modules/console/read-models/dashboard.read-model.js'));
  const { dealTotals } = require(
    join(root, 'server/dist/modules/deals/read-models/deal-totals.read-model.js'),
  );
  const { EXHIBITOR_STATUSES, MEETING_STATUSES } = require(join(root, 'packages/contracts/dist/index.js'));
  const [{ id: eventId }] = await q.query(`SELECT id FROM event WHERE slug = 'bench-fair'`);
  const [{ id: boothId }] = await q.query('SELECT id FROM booth LIMIT 1');
  const cases = {
    visitFigures: (db) => dq.visitFigures(db, eventId),
    chatFigures: (db) => dq.chatFigures(db, eventId),
    meetingCounts: (db) => dq.meetingCounts(db, eventId, MEETING_STATUSES),
    exhibitorCounts: (db) => dq.exhibitorCounts(db, eventId, EXHIBITOR_STATUSES),
    boothCount: (db) => dq.boothCount(db, eventId),
    dealTotals: (db) => dealTotals(db, eventId),
    'boothRanking top 10': (db) => dq.boothRanking(db, eventId, { limit: 10 }),
    'boothRanking all 500': (db) => dq.boothRanking(db, eventId),
    'series hour (event)': (db) => dq.series(db, eventId, { bucket: 'hour' }),
    'series day (one booth)': (db) => dq.series(db, eventId, { bucket: 'day', boothId }),
  };
  if (process.env.BENCH_EXPLAIN) {
    const explain = {
      query: async (sql, params) => {
        const plan = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params);
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), '\n');
        return [];
      },
    };
    await cases[process.env.BENCH_EXPLAIN](explain).catch(() => undefined);
  }
  console.log(`\n${ITERATIONS} runs each (after 10 warm-up runs), one connection, ms`);
  console.log('query'.padEnd(26), 'p50'.padStart(7), 'p95'.padStart(7), 'p99'.padStart(7), 'max'.padStart(7));
  for (const [name, run] of Object.entries(cases)) {
    for (let i = 0; i < 10; i++) await run(q);
    const times = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const s = process.hrtime.bigint();
      await run(q);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    times.sort((a, b) => a - b);
    const f = (v) => v.toFixed(2).padStart(7);
    console.log(name.padEnd(26), f(pct(times, 50)), f(pct(times, 95)), f(pct(times, 99)), f(times.at(-1)));
  }
} finally {
  await client?.end();
  await adminClient.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await adminClient.end();
}

/** The fair: set-based inserts only (generate_series), times spread over four fair days. */
async function fill(c) {
  const cats = `(ARRAY['makanan','minuman','aksesoris','fesyen','kerajinan','pertanian_perkebunan','peternakan','lainnya'])`;
  await c.query(`INSERT INTO event (slug, name_id, name_en, time_zone, starts_on, ends_on)
                 VALUES ('bench-fair', 'Bench', 'Bench', 'Asia/Jakarta', '2020-12-05', '2020-12-08')`);
  await c.query(`INSERT INTO exhibitor (event_id, name, region, contact_name, whatsapp_number, category, description_id, colour, status)
    SELECT e.id, 'Pesantren ' || g, 'kabupaten-garut', 'Ust', '+6281234567890', ${cats}[1 + g % 8], 'deskripsi pesantren', '#123456',
           CASE WHEN g <= 500 THEN 'approved' ELSE 'applied' END
      FROM event e, generate_series(1, 600) g`);
  await c.query(`INSERT INTO booth (event_id, exhibitor_id, zone, slot, position_x, position_z)
    SELECT x.event_id, x.id, x.category, (row_number() OVER (PARTITION BY x.category ORDER BY x.name)) - 1, 0, 0
      FROM exhibitor x WHERE x.status = 'approved'`);
  await c.query(`INSERT INTO app_user (email, display_name, role, is_guest)
    SELECT CASE WHEN g <= 2000 THEN 'user' || g || '@bench.test' END, 'Visitor ' || g,
           CASE WHEN g <= 300 THEN 'buyer' ELSE 'visitor' END, g > 2000
      FROM generate_series(1, 8000) g`);
  const users = `(SELECT array_agg(id ORDER BY display_name) AS u FROM app_user) uu`;
  const booths = `(SELECT array_agg(id ORDER BY id) AS b FROM booth) bb`;
  const at = (g, n) =>
    `timestamptz '2020-12-05 01:00+00' + ((${g}::bigint * 4 * 86400 / ${n}) % (4 * 86400)) * interval '1 second'`;
  const fair = `(SELECT id FROM event WHERE slug = 'bench-fair')`;
  await c.query(`INSERT INTO lead (booth_id, event_id, user_id, kind, created_at)
    SELECT bb.b[1 + (g::bigint * 7919) % 500], ${fair}, uu.u[1 + (g::bigint * 104729) % 8000], 'visit', ${at('g', 50000)}
      FROM generate_series(1, 50000) g, ${booths}, ${users}`);
  await c.query(`INSERT INTO chat_message (booth_id, event_id, user_id, author_name, author_role, text, client_msg_id, created_at, deleted_at)
    SELECT bb.b[1 + (g * 31) % 500], ${fair}, uu.u[1 + (g * 17) % 8000], 'Visitor', 'visitor', 'Halo, berapa harga produk ' || g, 'bench-' || g,
           ${at('g', 20000)}, CASE WHEN g % 100 = 0 THEN now() END
      FROM generate_series(1, 20000) g, ${booths}, ${users}`);
  // 2,000 meetings: four 20-minute slots per exhibitor, so no exhibitor is double-booked.
  await c.query(`INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
    SELECT x.event_id, x.id, uu.u[1 + s * 50 + (row_number() OVER ()) % 50], 'accepted', now()
      FROM exhibitor x, generate_series(0, 3) s, ${users} WHERE x.status = 'approved'`);
  await c.query(`INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
    SELECT r.event_id, r.id, r.exhibitor_id, t, t + interval '20 minutes', 'online',
           (ARRAY['scheduled','live','held','held','no_show','cancelled'])[1 + n % 6]
      FROM (SELECT r.*, row_number() OVER (PARTITION BY r.exhibitor_id ORDER BY r.id) AS k, row_number() OVER () AS n
              FROM meeting_request r) r,
           LATERAL (SELECT timestamptz '2020-12-06 02:00+00' + (r.k * interval '30 minutes') AS t) tt`);
  await c.query(`INSERT INTO deal (event_id, exhibitor_id, buyer_id, value, status, recorded_by, recorded_by_user, confirmed_at)
    SELECT x.event_id, x.id, uu.u[1 + g % 300], 1000000 * (1 + g % 500), 'po', 'buyer', uu.u[1 + g % 300],
           CASE WHEN g % 5 <> 0 THEN now() END
      FROM generate_series(1, 1000) g
      JOIN LATERAL (SELECT * FROM exhibitor WHERE status = 'approved' ORDER BY name OFFSET (g % 500) LIMIT 1) x ON true,
           ${users}`);
  await c.query('ANALYZE');
}
