import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupCommand } from './support/backup-command';
import { createApp, TestApp } from './support/create-app';
import { buildFairMidEvent, fairCounts, type FairSnapshot } from './support/fair-mid-event';
import { createDatabase } from './support/services';
import { TEST_PASSWORD } from './factories/user.factory';

jest.setTimeout(180_000);

/**
 * The restore drill of docs/operations.md: a fair mid-event is backed up with the shipped command,
 * restored into an empty database, and the app started on it must hold every booth, meeting, deal and
 * acknowledged chat message, and work (sign in, read a booth).
 */
async function expectRestored(t: TestApp, before: FairSnapshot): Promise<void> {
  const event = await t.http.get(`/api/events/${before.slug}`);
  expect(event.status).toBe(200);
  expect(await fairCounts(t, event.body.id)).toEqual(before.counts);
  const ids = async (table: string, wanted: string[]) =>
    (await t.db.query(`SELECT id FROM ${table} WHERE id = ANY($1)`, [wanted])).map(
      (r: { id: string }) => r.id,
    );
  expect((await ids('booth', before.boothIds)).sort()).toEqual([...before.boothIds].sort());
  expect((await ids('meeting', before.meetingIds)).sort()).toEqual([...before.meetingIds].sort());
  expect((await ids('deal', before.dealIds)).sort()).toEqual([...before.dealIds].sort());
  const chatIds = before.ackedChatIds.map((c) => c.id);
  expect((await ids('chat_message', chatIds)).sort()).toEqual([...chatIds].sort());

  // The app works on it: the buyer signs in (a new node's secret: old tokens are not needed) and reads.
  const login = await t.http.post('/api/auth/login', { email: before.buyer.email, password: TEST_PASSWORD });
  expect(login.status).toBe(200);
  const token = login.body.accessToken as string;
  const booth = await t.http.get(`/api/booths/${before.boothIds[1]}`, token);
  expect(booth.status).toBe(200);
  expect(booth.body.id).toBe(before.boothIds[1]);
  expect((await t.http.get(`/api/meetings/${before.buyer.meetingId}`, token)).body).toMatchObject({
    id: before.buyer.meetingId,
    status: 'scheduled',
  });
  expect((await t.http.get(`/api/deals/${before.buyer.dealId}`, token)).body.id).toBe(before.buyer.dealId);
  const sample = before.ackedChatIds[before.ackedChatIds.length - 1];
  const history = await t.http.get(`/api/booths/${sample.boothId}/chat?limit=10`);
  expect(history.body.items.map((m: { id: string }) => m.id)).toContain(sample.id);
}

describe('backup and restore drill', () => {
  const work = mkdtempSync(join(tmpdir(), 'pameran-drill-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('PostgreSQL: pg_dump mid-event while the app runs, pg_restore into an empty database', async () => {
    const source = await createApp();
    const file = join(work, 'fair.dump');
    let before: FairSnapshot;
    try {
      before = await buildFairMidEvent(source, 'drill-fair');
      const backup = await backupCommand(['backup', file], {
        DATABASE_URL: source.config.get('DATABASE_URL'),
      });
      expect(backup).toMatchObject({ code: 0 });
    } finally {
      await source.close(); // drops the source database: only the file is left
    }

    const target = await createDatabase();
    try {
      const restore = await backupCommand(['restore', file], { DATABASE_URL: target.url });
      expect(restore.output).toMatch(/restored/);
      expect(restore.code).toBe(0);
      // A second restore onto the now non-empty database is refused without --force.
      const again = await backupCommand(['restore', file], { DATABASE_URL: target.url });
      expect(again.code).toBe(1);
      expect(again.output).toMatch(/not empty.*--force/);
      const restored = await createApp({ databaseUrl: target.url });
      try {
        await expectRestored(restored, before!);
      } finally {
        await restored.close();
      }
    } finally {
      await target.drop();
    }
  });

  it('PGlite: the data-dir dump of a stopped server, loaded into an empty DATA_DIR', async () => {
    const sourceDir = join(work, 'source-data');
    const source = await createApp({ engine: 'pglite', dataDir: sourceDir });
    const file = join(work, 'fair.tar.gz');
    let before: FairSnapshot;
    try {
      before = await buildFairMidEvent(source, 'drill-fair');
      // The embedded database belongs to the running server: the backup refuses until it stops.
      const refused = await backupCommand(['backup', file], { DATA_DIR: sourceDir });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/in use by process .*stop the server first/);
    } finally {
      await source.close();
    }
    expect(await backupCommand(['backup', file], { DATA_DIR: sourceDir })).toMatchObject({ code: 0 });
    rmSync(sourceDir, { recursive: true, force: true });

    const targetDir = join(work, 'target-data');
    const restore = await backupCommand(['restore', file], { DATA_DIR: targetDir });
    expect(restore.output).toMatch(/restored/);
    expect(restore.code).toBe(0);
    const restored = await createApp({ engine: 'pglite', dataDir: targetDir });
    try {
      await expectRestored(restored, before!);
    } finally {
      await restored.close();
    }
  });
});
