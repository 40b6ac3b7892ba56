import type { ClientToServerEvents, ServerToClientEvents } from '@pameran/contracts';
import { io, Socket } from 'socket.io-client';

export type HallClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client on /hall; resolves once connected (rejects with the connect_error). */
export function connectHall(
  url: string,
  auth: { token?: string; event?: string; device?: string },
  opts: {
    origin?: string;
    headers?: Record<string, string>;
    /** Listen before connecting: what the server sends on join can arrive with the connect itself. */
    listen?: (socket: HallClient) => void;
  } = {},
): Promise<HallClient> {
  const socket: HallClient = io(`${url}/hall`, {
    transports: ['websocket'],
    auth,
    reconnection: false,
    forceNew: true,
    extraHeaders: { ...opts.headers, ...(opts.origin && { origin: opts.origin }) },
  });
  opts.listen?.(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** The next `event` the client receives (within `ms`), optionally the first one matching `where`. */
export function next<E extends keyof ServerToClientEvents>(
  socket: HallClient,
  event: E,
  where: (p: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  ms = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const handler = (p: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!where(p)) return;
      clearTimeout(timer);
      socket.off(event, handler as never);
      resolve(p);
    };
    socket.on(event, handler as never);
  });
}
