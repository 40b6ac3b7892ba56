import type { HallSnapshot } from '@pameran/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { UserFactory } from './factories/user.factory';
import { connectHall, type HallClient } from './support/hall-client';
import { NodeProcess } from './support/node-process';
import { nodeTokens } from './support/node-tokens';
import { createDatabase, redisUrl } from './support/services';

const SECRET = 'h'.repeat(48);
/** The bound docs/decisions/0022-handshake-from-memory.md states for a change to reach another node. */
const BOUND_MS = 1_000;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The handshake reads memory only; a change made on node A must reach node B's memory within the bound:
 * a ban, a mute and a token-version change on A each hold for B's very next handshakes.
 */
describe('hall handshake memory across two nodes', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;
  const nodes: NodeProcess[] = [];
  const urls: string[] = [];
  const dirs: string[] = [];
  const open: HallClient[] = [];
  const tokens = nodeTokens(SECRET);
  let slug: string;
  let organiser: string;

  /** A token with the hall's claims (what the server signs now), at the person's current version. */
  const sign = async (id: string) => {
    const u = await db.getRepository(UserEntity).findOneByOrFail({ id });
    return tokens.signAccess({
      sub: u.id,
      role: u.role,
      name: u.displayName,
      guest: u.isGuest,
      ver: u.tokenVersion,
      company: null,
    });
  };
  const post = async (node: number, path: string, token: string, body?: unknown) =>
    (
      await fetch(`${urls[node]}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    ).status;
  /** Connects to node B; resolves with the snapshot, or with the refusal's code. */
  const attempt = async (token: string): Promise<{ code: string } | { snapshot: HallSnapshot }> => {
    let got: (s: HallSnapshot) => void = () => undefined;
    const snapshot = new Promise<HallSnapshot>((resolve) => (got = resolve));
    try {
      const s = await connectHall(
        urls[1],
        { token, event: slug },
        { listen: (c) => c.once('hall:snapshot', got) },
      );
      open.push(s);
      return { snapshot: await snapshot };
    } catch (err) {
      return { code: (err as { data?: { code: string } }).data?.code ?? String(err) };
    }
  };
  /** Milliseconds until node B's handshake answers as `holds` says (fails the spec past the bound). */
  const within = async (
    token: () => Promise<string>,
    holds: (r: Awaited<ReturnType<typeof attempt>>) => boolean,
  ): Promise<number> => {
    const start = Date.now();
    for (;;) {
      if (holds(await attempt(await token()))) return Date.now() - start;
      if (Date.now() - start > BOUND_MS) throw new Error(`node B did not learn of it within ${BOUND_MS} ms`);
      await wait(25);
    }
  };

  beforeAll(async () => {
    database = await createDatabase();
    for (let i = 0; i < 2; i++) {
      dirs.push(mkdtempSync(join(tmpdir(), `pameran-bell${i}-`)));
      nodes.push(
        new NodeProcess({
          DATABASE_URL: database.url,
          REDIS_URL: redisUrl(),
          UPLOAD_DIR_SHARED: '1', // nothing is uploaded here; several nodes must still say where pictures go
          JWT_SECRET: SECRET,
          DATA_DIR: dirs[i],
          SEED: 'none',
          LOG_LEVEL: 'warn',
        }).start(),
      );
    }
    urls.push(...(await Promise.all(nodes.map((n) => n.ready()))));
    db = await new DataSource(typeormOptions(database.url, { embedded: false, poolSize: 4 })).initialize();
    slug = (await FairFactory.event(db, 'bell-nodes-fair')).slug;
    organiser = await sign((await UserFactory.create(db, { role: 'organiser' })).id);
  }, 120_000);
  afterAll(async () => {
    open.forEach((s) => s.close());
    await Promise.all(nodes.map((n) => n.stop()));
    await db?.destroy();
    await database?.drop();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('a ban on node A refuses the next handshake on node B, even with a token signed after it', async () => {
    const person = await UserFactory.create(db, { role: 'visitor' });
    expect(await attempt(await sign(person.id))).toHaveProperty('snapshot');
    const body = { userId: person.id, kind: 'ban', minutes: 60, reason: 'penipuan' };
    expect(await post(0, `/api/admin/moderation?event=${slug}`, organiser, body)).toBe(200);
    // A token at the version the ban moved to: only the ban itself can keep this one out.
    const ms = await within(
      () => sign(person.id),
      (r) => 'code' in r && r.code === 'banned',
    );
    expect(ms).toBeLessThanOrEqual(BOUND_MS);
  });

  it('a mute on node A is in the snapshot of the next handshake on node B', async () => {
    const person = await UserFactory.create(db, { role: 'visitor' });
    const token = await sign(person.id);
    expect(await attempt(token)).toMatchObject({ snapshot: { moderation: { state: 'ok' } } });
    const body = { userId: person.id, kind: 'mute', minutes: 30, reason: 'spam' };
    expect(await post(0, `/api/admin/moderation?event=${slug}`, organiser, body)).toBe(200);
    await within(
      async () => token,
      (r) => 'snapshot' in r && r.snapshot.moderation.state === 'muted',
    );
  });

  it('a token-version change on node A refuses the old token at node B’s next handshake', async () => {
    const person = await UserFactory.create(db, { role: 'buyer' });
    const token = await sign(person.id);
    // Node B has trusted this token from memory; it must stop the moment the version moves on.
    expect(await attempt(token)).toHaveProperty('snapshot');
    expect(await post(0, '/api/auth/sign-out-everywhere', token)).toBe(204);
    await within(
      async () => token,
      (r) => 'code' in r && r.code === 'session_revoked',
    );
  });
});
