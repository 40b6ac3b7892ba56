import type { Role } from '@pameran/contracts';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ROLES_KEY } from '../../src/common/auth.decorators';
import { BoothAccessGuard } from '../../src/modules/backoffice/booth-access.guard';
import { ThreadPartyGuard } from '../../src/modules/messages/thread-party.guard';
import { FILE_BODY } from '../../src/modules/uploads/upload-body';
import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

const MB = 1024 * 1024;
/** Just under the 15 MB picture limit, so only the ownership check can refuse it. */
const BODY_BYTES = 14 * MB;

interface Outcome {
  status: number;
  code?: string;
  /** Body bytes the client had handed to its socket when the answer arrived. */
  sentAtAnswer: number;
  /** Whether the client managed to send the whole body (the server kept reading it). */
  sentAll: boolean;
  /** Bytes the server read from the connection in all. */
  serverRead: number;
}

/**
 * Streams a multipart upload of `BODY_BYTES` as fast as the connection takes it, the way an abusive
 * client would, and keeps sending after the answer; counts what the server read on that connection.
 */
async function streamUpload(t: TestApp, path: string, token: string): Promise<Outcome> {
  const server = t.app.getHttpServer() as import('node:http').Server;
  let serverSocket: Socket | undefined;
  const onConnection = (s: Socket) => (serverSocket = s);
  server.once('connection', onConnection);
  const boundary = 'pameran-abuse';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\n` +
      'Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff',
    'latin1',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1');
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  const { port } = server.address() as AddressInfo;
  const req = request({
    host: '127.0.0.1',
    port,
    path,
    method: 'POST',
    agent: false,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(BODY_BYTES),
    },
  });
  let sent = 0;
  let failed = false;
  const serverClosed = new Promise<void>((resolve) => {
    const wait = () => (serverSocket ? serverSocket.once('close', resolve) : setImmediate(wait));
    wait();
  });
  const answer = new Promise<{ status: number; code?: string; sentAtAnswer: number }>((resolve, reject) => {
    req.on('response', (res) => {
      const sentAtAnswer = sent;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, code: JSON.parse(text || '{}').code, sentAtAnswer }),
      );
      res.on('error', reject);
    });
  });
  req.on('error', () => (failed = true)); // EPIPE / ECONNRESET once the server hangs up
  const write = (buf: Buffer) => new Promise<boolean>((resolve) => req.write(buf, (err) => resolve(!err)));
  if (await write(head)) sent += head.length;
  // A well-formed body (closing boundary included), so a server that did read it all would accept it.
  while (!failed && sent < BODY_BYTES) {
    const left = BODY_BYTES - tail.length - sent;
    const piece = left > 0 ? chunk.subarray(0, Math.min(chunk.length, left)) : tail;
    if (!(await write(piece))) break;
    sent += piece.length;
  }
  const sentAll = !failed && sent >= BODY_BYTES;
  if (sentAll) req.end();
  const { status, code, sentAtAnswer } = await answer;
  if (!sentAll) await serverClosed;
  else req.destroy();
  await serverClosed;
  return { status, code, sentAtAnswer, sentAll, serverRead: serverSocket?.bytesRead ?? -1 };
}

/** A picture upload to someone else's booth is refused before its body is read, not after buffering it. */
describe('security: uploads', () => {
  let t: TestApp;
  let theirBoothId: string;
  let theirProductId: string;
  const tokens = {} as Record<'otherOwner' | 'staff' | Role, string>;

  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'upload-abuse');
    const theirs = await FairFactory.booth(t.db, event.id, { products: 1 });
    theirBoothId = theirs.booth.id;
    theirProductId = theirs.products[0].id;
    const mine = await FairFactory.booth(t.db, event.id, { slot: 1 });
    const other = await signedIn(t, 'exhibitor', { exhibitorId: mine.exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [
      other.user.id,
      mine.exhibitor.id,
    ]);
    tokens.otherOwner = other.token;
    tokens.staff = (await signedIn(t, 'exhibitor', { exhibitorId: theirs.exhibitor.id })).token;
    tokens.visitor = (await signedIn(t, 'visitor')).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  // The visitor is refused by role (the global guard); the others by ownership, from the database.
  it.each([
    ['another exhibitor', 'otherOwner', () => `/api/backoffice/products/${theirProductId}/photo`],
    ['another exhibitor (logo)', 'otherOwner', () => `/api/backoffice/booths/${theirBoothId}/logo`],
    [
      'another exhibitor (import)',
      'otherOwner',
      () => `/api/backoffice/booths/${theirBoothId}/products/import`,
    ],
    ["the booth's staff (read only)", 'staff', () => `/api/backoffice/products/${theirProductId}/photo`],
    ['a visitor', 'visitor', () => `/api/backoffice/booths/${theirBoothId}/logo`],
  ] as const)(
    '%s streaming 14 MB gets 403 before sending most of it, and the server stops reading',
    async (_, who, path) => {
      const started = Date.now();
      const out = await streamUpload(t, path(), tokens[who]);
      expect(out.status).toBe(403);
      if (who !== 'visitor') expect(out.code).toBe('forbidden');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(out.sentAtAnswer).toBeLessThan(BODY_BYTES / 2);
      // The connection is cut soon after the answer: the client could not push the rest through, and the
      // server read a small part of the 14 MB at most (nothing buffered, nothing drained).
      expect(out.sentAll).toBe(false);
      expect(out.serverRead).toBeLessThan(2 * MB);
    },
  );

  it('every route that reads a file body decides ownership in a guard, or is for organisers only', () => {
    const routes: string[] = [];
    const unguarded: string[] = [];
    for (const mod of t.app.get(ModulesContainer).values()) {
      for (const { metatype } of mod.controllers.values()) {
        if (!metatype) continue;
        const proto = metatype.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name];
          if (typeof handler !== 'function' || Reflect.getMetadata(FILE_BODY, handler) === undefined)
            continue;
          const route = `${metatype.name}.${name}`;
          routes.push(route);
          const guards: unknown[] = Reflect.getMetadata(GUARDS_METADATA, handler) ?? [];
          const roles: string[] =
            Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, metatype) ?? [];
          const ownership = guards.includes(BoothAccessGuard) || guards.includes(ThreadPartyGuard);
          const organisersOnly = roles.length === 1 && roles[0] === 'organiser';
          if (!ownership && !organisersOnly) unguarded.push(route);
        }
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(unguarded).toEqual([]);
  });
});
