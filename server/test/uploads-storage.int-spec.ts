import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { FairFactory } from './factories/fair.factory';
import { UserFactory } from './factories/user.factory';
import { NodeProcess } from './support/node-process';
import { nodeTokens } from './support/node-tokens';
import { BucketProbe, freshBucket, s3Env } from './support/s3';
import { createDatabase, redisUrl } from './support/services';

const SECRET = 's'.repeat(48);
const YEAR = 'public, max-age=31536000, immutable';

const picture = (colour: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/**
 * Two real server processes sharing PostgreSQL, Redis and one bucket on a real S3-compatible server
 * (versitygw): a picture uploaded through one node is served by the other (docs/decisions/0010).
 */
describe('uploaded pictures on S3, shared by two nodes', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;
  let bucket: BucketProbe;
  const nodes: NodeProcess[] = [];
  const dirs: string[] = [];
  let a: string;
  let b: string;
  let productId: string;
  let owner: string;

  const upload = async (url: string, file: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'foto.jpg');
    const res = await fetch(`${url}/api/backoffice/products/${productId}/photo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as { key: string; url: string } };
  };

  beforeAll(async () => {
    database = await createDatabase();
    const name = freshBucket();
    bucket = new BucketProbe(name);
    for (let i = 0; i < 2; i++) {
      dirs.push(mkdtempSync(join(tmpdir(), `pameran-s3node${i}-`)));
      // Started together on a bucket that does not exist yet: both try to create it.
      nodes.push(
        new NodeProcess({
          DATABASE_URL: database.url,
          REDIS_URL: redisUrl(),
          JWT_SECRET: SECRET,
          DATA_DIR: dirs[i],
          SEED: 'none',
          LOG_LEVEL: 'warn',
          ...s3Env(name),
        }).start(),
      );
    }
    [a, b] = await Promise.all(nodes.map((n) => n.ready()));
    db = await new DataSource(typeormOptions(database.url, { embedded: false, poolSize: 2 })).initialize();
    const event = await FairFactory.event(db, 's3-fair');
    const { exhibitor, products } = await FairFactory.booth(db, event.id, { products: 1 });
    productId = products[0].id;
    const user = await UserFactory.create(db, { role: 'exhibitor', exhibitorId: exhibitor.id });
    await db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [user.id, exhibitor.id]);
    const tokens = nodeTokens(SECRET);
    owner = tokens.signAccess({
      sub: user.id,
      role: 'exhibitor',
      name: user.displayName,
      guest: false,
    });
  });
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    bucket?.close();
    await db?.destroy();
    await database?.drop();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('serves through node B the photo uploaded through node A: same bytes, year-long cache, 304 on revalidation', async () => {
    const first = await upload(a, await picture('#e76f51'));
    expect(first.status).toBe(200);
    const { key, url } = first.body;
    expect(await bucket.keys(`uploads/${key}`)).toEqual(
      [320, 640, 1280].flatMap((w) => [`uploads/${key}-${w}.jpg`, `uploads/${key}-${w}.webp`]).sort(),
    );
    // Nothing was written to either node's own disk.
    expect(dirs.map((d) => existsSync(join(d, 'uploads')))).toEqual([false, false]);

    const accept = { accept: 'image/avif,image/webp,*/*' };
    const [fromA, fromB] = await Promise.all([
      fetch(`${a}${url}`, { headers: accept }),
      fetch(`${b}${url}`, { headers: accept }),
    ]);
    expect([fromA.status, fromB.status]).toEqual([200, 200]);
    const bytes = Buffer.from(await fromB.arrayBuffer());
    expect(bytes.equals(Buffer.from(await fromA.arrayBuffer()))).toBe(true);
    expect(fromB.headers.get('content-type')).toBe('image/webp');
    expect(fromB.headers.get('content-length')).toBe(String(bytes.length));
    expect(fromB.headers.get('cache-control')).toBe(YEAR);
    expect(fromB.headers.get('vary')).toBe('Accept');
    expect((await sharp(bytes).metadata()).width).toBe(640);

    const again = await fetch(`${b}${url}`, {
      headers: { ...accept, 'if-none-match': fromB.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(YEAR);
    const jpeg = await fetch(`${b}${url}.jpg`);
    expect([jpeg.status, jpeg.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
  });

  it('replacing the photo through node B deletes the old objects, and node A no longer serves them', async () => {
    const old = (await db.query('SELECT image_key FROM product WHERE id = $1', [productId]))[0]
      .image_key as string;
    expect(old).toMatch(/^[0-9a-f]{24}$/);
    const next = await upload(b, await picture('#2a9d8f'));
    expect(next.status).toBe(200);
    expect(next.body.key).not.toBe(old);
    expect(await bucket.keys(`uploads/${old}`)).toEqual([]);
    expect(await bucket.keys('uploads/')).toHaveLength(6);
    expect((await fetch(`${a}/api/uploads/${old}-640.webp`)).status).toBe(404);
    // A browser still holding the old picture is not told it is current.
    const stale = await fetch(`${a}/api/uploads/${old}-640.webp`, {
      headers: { 'if-none-match': `"${old}-640-webp"` },
    });
    expect(stale.status).toBe(404);
    expect((await fetch(`${a}${next.body.url}`)).status).toBe(200);
  });
});

describe('several nodes without shared picture storage', () => {
  it('refuse to start, in one line saying what to set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pameran-nostore-'));
    try {
      const node = new NodeProcess({ DATA_DIR: dir, REDIS_URL: redisUrl(), JWT_SECRET: SECRET }).start();
      expect(await node.exited()).toBe(1);
      const lines = node.output.filter((l) => l.trim());
      expect(lines).toEqual([
        'Invalid configuration: several nodes (REDIS_URL) need shared picture storage: set S3_ENDPOINT, ' +
          'S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or UPLOAD_DIR_SHARED=1 when DATA_DIR/uploads ' +
          'is one directory every node shares',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
