import { ATLAS_LEVELS, AtlasManifest, type AtlasPage } from '@pameran/contracts';
import sharp from 'sharp';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, next, type HallClient } from './support/hall-client';
import { BucketProbe, freshBucket, s3Env } from './support/s3';

const YEAR = 'public, max-age=31536000, immutable';
const RED = { r: 220, g: 30, b: 30 };

/** The mean colour of a box (page fractions) of a decoded page. */
async function meanColour(body: Buffer, [x, y, w, h]: number[], level: number) {
  const { data, info } = await sharp(body)
    .extract({
      left: Math.round(x * level),
      top: Math.round(y * level),
      width: Math.round(w * level),
      height: Math.round(h * level),
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
  const n = data.length / info.channels;
  return { r: sum[0] / n, g: sum[1] / n, b: sum[2] / n };
}

/**
 * The atlas builder on the real app with its uploads on a real S3-compatible server (versitygw): pages per
 * zone with every booth's cell, served like uploads, drawn again when an exhibitor changes a photo and
 * pushed to open halls.
 */
describe('booth picture atlas pages', () => {
  let t: TestApp;
  let bucket: BucketProbe;
  let owner: string;
  let productId: string;
  let boothId: string;
  let otherBoothId: string;
  let visitor: HallClient;

  const manifest = async () => AtlasManifest.parse((await t.http.get('/api/events/atlas-fair/atlas')).body);
  /** The manifest once every zone with booths has its page (the first ask starts drawing them). */
  const drawn = async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const m = await manifest();
      if (m.pages.length === 2 || Date.now() > deadline) return m;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const download = async (url: string) => {
    const res = await fetch(`${t.url}${url}`);
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };
  const cellOf = (page: AtlasPage, id: string) => page.cells.find((c) => c.boothId === id)!.rect;

  beforeAll(async () => {
    const name = freshBucket();
    bucket = new BucketProbe(name);
    t = await createApp({ env: s3Env(name) });
    const event = await FairFactory.event(t.db, 'atlas-fair');
    const a = await FairFactory.booth(t.db, event.id, { category: 'makanan', slot: 0, products: 1 });
    const b = await FairFactory.booth(t.db, event.id, { category: 'makanan', slot: 11, products: 4 });
    await FairFactory.booth(t.db, event.id, { category: 'fesyen', slot: 3, products: 2 });
    boothId = a.booth.id;
    otherBoothId = b.booth.id;
    productId = a.products[0].id;
    const me = await signedIn(t, 'exhibitor', { exhibitorId: a.exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [me.user.id, a.exhibitor.id]);
    owner = me.token;
    visitor = await connectHall(t.url, { token: (await signedIn(t, 'visitor')).token, event: 'atlas-fair' });
  });
  afterAll(async () => {
    visitor?.close();
    await t?.close();
  });

  it('draws one page per zone with booths, at every power-of-two level, served for a year', async () => {
    const first = next(visitor, 'atlas:page', (p) => p.zone === 'makanan', 30_000);
    // Nobody waits for the drawing: the first answer has no pages yet, and open halls are told of each.
    expect((await manifest()).pages).toEqual([]);
    expect((await first).version).toBe(1);
    const { pages } = await drawn();
    expect(pages.map((p) => p.zone).sort()).toEqual(['fesyen', 'makanan']);
    const food = pages.find((p) => p.zone === 'makanan')!;
    expect(food.version).toBe(1);
    expect(food.cells.map((c) => c.boothId).sort()).toEqual([boothId, otherBoothId].sort());
    for (const level of ATLAS_LEVELS) {
      const { res, body } = await download(food.urls[String(level) as '2048']);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe(YEAR);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(await sharp(body).metadata()).toMatchObject({ width: level, height: level, format: 'jpeg' });
    }
    // The pages are in the bucket, under content-hashed names like any upload.
    const stored = await bucket.keys();
    for (const url of Object.values(food.urls)) expect(stored).toContain(`uploads/${url.split('/').pop()}`);
    // Asked again, nothing is drawn anew: same version, same files.
    expect((await manifest()).pages.find((p) => p.zone === 'makanan')).toEqual(food);
  });

  it('draws the booth again when its exhibitor uploads a product photo, and tells open halls', async () => {
    const before = (await manifest()).pages.find((p) => p.zone === 'makanan')!;
    const cell = cellOf(before, boothId);
    // The product row of the booth's panel: its lower half.
    const productRow = [cell[0], cell[1] + cell[3] * 0.6, cell[2] * 0.2, cell[3] * 0.3];
    const old = await meanColour((await download(before.urls['2048'])).body, productRow, 2048);
    expect(old.r - old.g).toBeLessThan(100);

    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: RED } })
      .jpeg()
      .toBuffer();
    const pushed = next(visitor, 'atlas:page', (p) => p.zone === 'makanan', 15_000);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)]), 'foto.jpg');
    const res = await fetch(`${t.url}/api/backoffice/products/${productId}/photo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}` },
      body: form,
    });
    expect(res.status).toBe(200);

    const page = await pushed;
    expect(page.version).toBe(before.version + 1);
    expect(page.urls['2048']).not.toBe(before.urls['2048']);
    const now = await meanColour((await download(page.urls['2048'])).body, productRow, 2048);
    expect(now.r).toBeGreaterThan(180);
    expect(now.g).toBeLessThan(90);
    // The other booth's cell is where it was and unchanged; the other zone was not drawn again.
    expect(cellOf(page, otherBoothId)).toEqual(cellOf(before, otherBoothId));
    const after = await manifest();
    expect(after.pages.find((p) => p.zone === 'makanan')).toEqual(page);
    expect(after.pages.find((p) => p.zone === 'fesyen')!.version).toBe(1);
  });

  it('answers 404 for an event that does not exist', async () => {
    expect((await t.http.get('/api/events/nope/atlas')).status).toBe(404);
  });
});
