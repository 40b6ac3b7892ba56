import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createShardedAdapter } from '@socket.io/redis-adapter';
import type { EventEmitter } from 'node:events';
import type { Server, ServerOptions } from 'socket.io';
import { RedisClients } from '../redis/redis.clients';
import { HallMetrics } from './hall.metrics';

/** Maximum size of one socket message; hall payloads are tiny. */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * engine.io wraps each upgrade in a `WebSocketResponse` (for HTTP-style middlewares) that hooks the TCP
 * socket's `close` event with this arrow function, so the first HTTP request (headers and all, ~1–2 KB)
 * stays reachable for the life of the connection. No engine middleware is used here: unhook it.
 */
export const RESPONSE_CLOSE_LISTENER = '() => this.emit("close")';

/**
 * Socket.IO server options for the whole app: WebSocket transport only (no sticky sessions needed behind
 * a load balancer), small messages, and — with REDIS_URL — the sharded Redis adapter (Redis 7 SPUBLISH),
 * so rooms and broadcasts span every node. Trimmed of what it would otherwise keep per idle connection.
 */
type EngineConnection = EventEmitter & { transport?: { socket?: { _socket?: EventEmitter } } };

export class HallIoAdapter extends IoAdapter {
  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      transports: ['websocket'],
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      pingInterval: 10_000,
      pingTimeout: 10_000,
    });
    const metrics = this.app.get(HallMetrics);
    // One listener function for every connection (no closure per socket): counts what is written to it.
    const countPacket = (packet: { type: string; data?: unknown }) =>
      metrics.delivered(packet.type, packet.data);
    server.engine.on('connection', (conn: EngineConnection) => {
      conn.on('packetCreate', countPacket);
      const tcp = conn.transport?.socket?._socket;
      for (const l of tcp?.listeners('close') ?? [])
        if (String(l) === RESPONSE_CLOSE_LISTENER) tcp!.removeListener('close', l as () => void);
    });
    const redis = this.app.get(RedisClients);
    if (redis.pub && redis.sub)
      server.adapter(createShardedAdapter(redis.pub, redis.sub, { subscriptionMode: 'dynamic' }));
    return server;
  }

  /**
   * Nest keeps a `disconnect` observable per socket (share + first, ~1 KB) even for gateways without
   * @SubscribeMessage handlers; the hall binds its handlers itself, so skip it when there are none.
   */
  override bindMessageHandlers(...args: Parameters<IoAdapter['bindMessageHandlers']>): void {
    if (args[1].length) super.bindMessageHandlers(...args);
  }
}
