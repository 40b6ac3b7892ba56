import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { BoothsService } from '../src/modules/booths/booths.service';
import { ExhibitorEntity } from '../src/modules/exhibitors/exhibitor.entity';
import { FairFactory } from './factories/fair.factory';
import { createApp, TestApp } from './support/create-app';

/**
 * The hall's booth list is read and encoded once for everyone for a short while (BoothListCache): the same
 * answer gzipped or plain as the client asks, and a booth's change is in the very next answer.
 */
describe('the booth list, encoded once', () => {
  let t: TestApp;
  let eventId: string;
  let boothId: string;
  let exhibitorId: string;
  const url = () => `/api/events/list-fair/booths?limit=1000`;

  beforeAll(async () => {
    t = await createApp();
    eventId = (await FairFactory.event(t.db, 'list-fair')).id;
    for (let slot = 0; slot < 3; slot++) {
      const { booth, exhibitor } = await FairFactory.booth(t.db, eventId, { slot });
      [boothId, exhibitorId] = [booth.id, exhibitor.id];
    }
  });
  afterAll(() => t?.close());

  /** A GET with node:http, so the body is the bytes on the wire (fetch would unzip it). */
  const rawGet = (path: string, encoding: string) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
      get(`${t.http.baseUrl}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
      }).on('error', reject);
    });

  it('sends gzip to a client that accepts it and plain JSON to one that does not', async () => {
    const zipped = await rawGet(url(), 'gzip, deflate');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/^application\/json/);
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    const plain = await rawGet(url(), 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const list = JSON.parse(plain.bytes.toString());
    expect(list.total).toBe(3);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString())).toEqual(list);
  });

  it('shares one reading for a while, and a booth change is in the next answer at once', async () => {
    const name = async () =>
      (await t.http.get(url())).body.items.find((b: { id: string }) => b.id === boothId).name as string;
    const before = await name();
    await t.db.getRepository(ExhibitorEntity).update({ id: exhibitorId }, { name: 'Pesantren Baru' });
    // Written behind the app's back: the shared reading still holds the old name.
    expect(await name()).toBe(before);
    // The app's own path publishes booth.changed after a change, which ends the shared reading.
    await t.app.get(BoothsService).publishChanged(eventId, boothId);
    expect(await name()).toBe('Pesantren Baru');
  });

  it('answers an unknown fair with 404 as before', async () => {
    const res = await t.http.get('/api/events/no-such-fair/booths');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });
});
