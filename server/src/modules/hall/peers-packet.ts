import type { HallSocket } from './hall.types';
import type { Walker } from './peer-world';

/**
 * `peers` messages are built per observer from fragments serialised once per walker per window (update
 * fragments are cached on the walker, see MovementService.flush), and
 * written to the connection as a pre-encoded Socket.IO packet: no JSON.stringify or binary scan per
 * observer. The text is exactly what `socket.emit('peers', {enter, update, leave})` would send.
 */
export class PeersPacket {
  private readonly head: string;
  private enterCache = new Map<Walker, string>();

  constructor(namespace: string) {
    // socket.io-parser: type 2 (EVENT), the namespace and a comma, then the JSON array [event, payload].
    this.head = `2${namespace === '/' ? '' : `${namespace},`}["peers",{"enter":[`;
  }

  /** Forget the fragments of the previous window. */
  reset(): void {
    if (this.enterCache.size) this.enterCache = new Map();
  }

  enter(w: Walker): string {
    let s = this.enterCache.get(w);
    if (s === undefined) {
      s = `{${w.idJson},${w.nameJson},"x":${w.x},"z":${w.z},"ry":${w.ry}}`;
      this.enterCache.set(w, s);
    }
    return s;
  }

  encode(enter: string[], update: string[], leave: string[]): string {
    const leaveJson = leave.length ? JSON.stringify(leave).slice(1, -1) : '';
    return `${this.head}${enter.join(',')}],"update":[${update.join(',')}],"leave":[${leaveJson}]}]`;
  }
}

interface EngineWriter {
  conn: { readyState: string; transport: { writable: boolean } };
  writeToEngine(packet: string, opts: { volatile?: boolean; compress?: boolean }): void;
}

/**
 * Writes a pre-encoded packet. Position-only messages are volatile (dropped when the connection is still
 * busy with the previous one: the next window carries newer positions); enter/leave are never dropped.
 */
export function writePacket(socket: HallSocket, packet: string, volatile: boolean): boolean {
  const client = socket.client as unknown as EngineWriter;
  if (!socket.connected || client.conn.readyState !== 'open') return false;
  if (volatile && !client.conn.transport.writable) return false;
  client.writeToEngine(packet, { volatile, compress: false });
  return true;
}
