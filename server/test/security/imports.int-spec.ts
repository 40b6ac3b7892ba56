import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';
import { lyingWorkbookBomb } from '../factories/zip.factory';
import { createApp, TestApp } from '../support/create-app';

/** Abuse cases against the CSV/XLSX import (docs/security.md, "Files, imports and enumeration"). */
describe('security: import files built to hurt the server', () => {
  let t: TestApp;
  let owner: string;
  let boothId: string;

  const upload = async (file: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'produk.xlsx');
    const res = await fetch(`${t.url}/api/backoffice/booths/${boothId}/products/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as { code?: string } };
  };

  /** Milliseconds the health route takes to answer. */
  const healthLatency = async () => {
    const started = Date.now();
    const res = await fetch(`${t.url}/api/health`);
    expect(res.status).toBe(200);
    return Date.now() - started;
  };

  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'bomb-fair');
    const { booth, exhibitor } = await FairFactory.booth(t.db, event.id);
    boothId = booth.id;
    const me = await signedIn(t, 'exhibitor', { exhibitorId: exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [me.user.id, exhibitor.id]);
    owner = me.token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses an XLSX whose headers declare 100 bytes but which inflates to 1 GiB with a 422, while the server keeps answering', async () => {
    const bomb = await lyingWorkbookBomb(1024 ** 3);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const pending = Promise.all([upload(bomb), upload(bomb)]);
    const latencies: number[] = [];
    let settled = false;
    void pending.finally(() => (settled = true));
    // While the two bombs are being read, the event loop still serves other requests promptly.
    while (!settled && latencies.length < 20) {
      latencies.push(await healthLatency());
      await new Promise((r) => setTimeout(r, 50));
    }
    const answers = await pending;
    expect(answers).toEqual([
      { status: 422, body: expect.objectContaining({ code: 'import_too_large' }) },
      { status: 422, body: expect.objectContaining({ code: 'import_too_large' }) },
    ]);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  }, 120_000);
});
