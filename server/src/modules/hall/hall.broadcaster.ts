import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@pameran/contracts';
import type { HallNamespace } from './hall.types';

/**
 * The one way services push to hall clients: a typed emit to a room, on every node (the adapter carries
 * it). Set by the gateway when the namespace starts; before that (or in a process without sockets) it is
 * a no-op.
 */
@Injectable()
export class HallBroadcaster {
  namespace?: HallNamespace;

  send<E extends keyof ServerToClientEvents>(
    room: string | string[],
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.namespace?.to(room).emit(event, ...args);
  }
}
