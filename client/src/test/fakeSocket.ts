/** Just enough of a socket.io client to deliver server events to the handlers a view bound. */
export function fakeSocket() {
  const handlers = new Map<string, Set<(p: unknown) => void>>();
  const socket = {
    connected: true,
    on(event: string, fn: (p: unknown) => void) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)?.add(fn);
      return socket;
    },
    off(event: string, fn: (p: unknown) => void) {
      handlers.get(event)?.delete(fn);
      return socket;
    },
    serverSends(event: string, payload?: unknown) {
      handlers.get(event)?.forEach((fn) => fn(payload));
    },
    listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
  return socket;
}
