import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createShardedAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import { RedisClients } from '../redis/redis.clients';

/** Maximum size of one socket message; hall payloads are tiny. */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * Socket.IO server options for the whole app: WebSocket transport only (no sticky sessions needed behind
 * a load balancer), small messages, and — with REDIS_URL — the sharded Redis adapter (Redis 7 SPUBLISH),
 * so rooms and broadcasts span every node.
 */
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
    const redis = this.app.get(RedisClients);
    if (redis.pub && redis.sub)
      server.adapter(createShardedAdapter(redis.pub, redis.sub, { subscriptionMode: 'dynamic' }));
    return server;
  }
}
