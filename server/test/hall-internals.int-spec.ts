import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket as TcpSocket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { HallBroadcaster } from '../src/modules/hall/hall.broadcaster';
import type { HallSocket } from '../src/modules/hall/hall.types';
import { RESPONSE_CLOSE_LISTENER } from '../src/modules/hall/hall-io.adapter';
import { newWalker, PeerWorld } from '../src/modules/hall/peer-world';
import { PeersPacket, writePacket } from '../src/modules/hall/peers-packet';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The TCP socket under a WebSocket engine.io connection (the path the adapter walks). */
const tcpOf = (conn: unknown) =>
  (conn as { transport?: { socket?: { _socket?: TcpSocket } } }).transport?.socket?._socket;

/**
 * The hall reaches into socket.io and engine.io (both pinned exactly in server/package.json) to save memory
 * per connection and serialisation per observer. These specs hold the installed versions to exactly what
 * that code relies on, so an upgrade that changes any of it fails here rather than silently in production.
 */
describe('socket.io and engine.io internals the hall relies on', () => {
  let t: TestApp;
  let slug: string;
  const open: HallClient[] = [];
  const join = async () => {
    const s = await connectHall(t.url, { token: (await signedIn(t, 'visitor')).token, event: slug });
    open.push(s);
    return s;
  };
  const serverSide = (client: HallClient) =>
    t.app.get(HallBroadcaster).namespace!.sockets.get(client.id!) as HallSocket;

  beforeAll(async () => {
    t = await createApp();
    slug = (await FairFactory.event(t.db, 'internals-fair')).slug;
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('engine.io hooks each upgrade’s TCP socket with the very listener the adapter removes', async () => {
    // A bare socket.io server, without HallIoAdapter: the listener must be there, in exactly this text.
    const http = createServer();
    const bare = new Server(http, { transports: ['websocket'] });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const seen = new Promise<string[]>((resolve) =>
      bare.engine.on('connection', (conn: unknown) => resolve(tcpOf(conn)!.listeners('close').map(String))),
    );
    const client = io(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, {
      transports: ['websocket'],
      forceNew: true,
    });
    try {
      expect(await seen).toContain(RESPONSE_CLOSE_LISTENER);
    } finally {
      client.close();
      await bare.close();
    }
  });

  it('a hall connection keeps neither that listener nor its first HTTP request', async () => {
    let request: WeakRef<IncomingMessage> | undefined;
    const server = t.app.getHttpServer();
    const capture = (req: IncomingMessage) => (request ??= new WeakRef(req));
    server.prependListener('upgrade', capture);
    const client = await join();
    server.off('upgrade', capture);
    const socket = serverSide(client);
    const tcp = tcpOf(socket.conn);
    expect(tcp).toBeDefined();
    expect(tcp!.listeners('close').map(String)).not.toContain(RESPONSE_CLOSE_LISTENER);
    // The gateway's trimming: one shared empty handshake, no request on the connection.
    expect(socket.handshake).toMatchObject({ headers: {}, auth: {}, query: {}, address: '' });
    expect(Object.isFrozen(socket.handshake)).toBe(true);
    expect(socket.conn.request).toBeNull();
    expect(socket.request).toBeNull();
    for (let i = 0; i < 5 && request!.deref(); i++) {
      await new Promise((r) => setImmediate(r));
      gc();
    }
    expect(request!.deref()).toBeUndefined();
  });

  it('a trimmed socket still does everything the hall asks of it', async () => {
    const client = await join();
    const socket = serverSide(client);
    await socket.join('probe-room');
    const [remote] = await t.app.get(HallBroadcaster).namespace!.in('probe-room').fetchSockets();
    expect(remote.data.user.sub).toBe(socket.data.user.sub); // what visitorsOf reads
    expect(remote.handshake.headers).toEqual({});
    const ping = next(client, 'announcement');
    socket.emit('announcement', { id: 'a', text: 'halo', audience: 'all', expiresAt: null } as never);
    await ping;
    const gone = new Promise((r) => client.once('disconnect', r));
    socket.disconnect(true);
    expect(await gone).toBe('io server disconnect');
  });

  it('writes a pre-encoded packet through Client.writeToEngine, received as a normal event', async () => {
    const client = await join();
    const socket = serverSide(client);
    const engine = socket.client as unknown as {
      writeToEngine: unknown;
      conn: { readyState: string; transport: { writable: unknown } };
    };
    expect(typeof engine.writeToEngine).toBe('function');
    expect(engine.conn.readyState).toBe('open');
    expect(typeof engine.conn.transport.writable).toBe('boolean');
    const pk = new PeersPacket(socket.nsp.name);
    const world = new PeerWorld();
    const [siti, budi] = [newWalker('w1', 'Siti "S"'), newWalker('w2', 'Budi')];
    world.place(siti, 150, -200, 10);
    world.place(budi, 300, 400, 0, 77);
    const received = next(client, 'peers');
    pk.begin();
    pk.enter(siti);
    pk.update(budi);
    pk.leave(budi);
    expect(writePacket(socket, pk.encode(), pk.quiet)).toBe(true);
    expect(await received).toEqual({
      e: [siti.handle, 'w1', 'Siti "S"', 150, -200, 10],
      u: [budi.handle, 300, 400, 0],
      l: [budi.handle],
      t: [budi.handle, 77],
    });
  });
});
