import type { HallSocket } from './hall.types';
import type { Walker } from './peer-world';

/**
 * Builds one observer's `peers` frame (docs/decisions/0023-peers-frame.md) as a pre-encoded Socket.IO
 * packet: records are serialised once per walker and version (cached on the walker) and appended here;
 * no JSON.stringify, object or array per observer. The text is exactly what
 * `socket.emit('peers', frame)` would send. One builder serves every observer of a flush in turn:
 * `begin`, then `enter` / `update` / `leave`, then `encode`.
 */
export class PeersPacket {
  private readonly head: string;
  private e = '';
  private u = '';
  private l = '';
  private t = '';

  constructor(namespace: string) {
    // socket.io-parser: type 2 (EVENT), the namespace and a comma, then the JSON array [event, payload].
    this.head = `2${namespace === '/' ? '' : `${namespace},`}["peers",{`;
  }

  begin(): void {
    this.e = this.u = this.l = this.t = '';
  }

  /** True when the frame has only position updates (it may be dropped under back-pressure). */
  get quiet(): boolean {
    return !this.e && !this.l;
  }

  get empty(): boolean {
    return !this.e && !this.l && !this.u;
  }

  enter(p: Walker): void {
    if (p.enterVersion !== p.version) {
      p.enterFrag = `${p.handle},${p.idNameJson},${p.qx},${p.qz},${p.qry}`;
      p.enterVersion = p.version;
    }
    this.e = this.e ? `${this.e},${p.enterFrag}` : p.enterFrag;
  }

  update(p: Walker): void {
    if (p.fragVersion !== p.version) {
      p.frag = `${p.handle},${p.qx},${p.qz},${p.qry}`;
      p.stampFrag = p.stamp ? `${p.handle},${p.stamp}` : '';
      p.fragVersion = p.version;
    }
    this.u = this.u ? `${this.u},${p.frag}` : p.frag;
    if (p.stampFrag) this.t = this.t ? `${this.t},${p.stampFrag}` : p.stampFrag;
  }

  leave(p: Walker): void {
    this.l = this.l ? `${this.l},${p.handle}` : String(p.handle);
  }

  encode(): string {
    let body = '';
    if (this.e) body = `"e":[${this.e}]`;
    if (this.u) body = `${body ? `${body},` : ''}"u":[${this.u}]`;
    if (this.l) body = `${body ? `${body},` : ''}"l":[${this.l}]`;
    if (this.t) body = `${body ? `${body},` : ''}"t":[${this.t}]`;
    return `${this.head}${body}}]`;
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
