import {
  decodePeers,
  headingOf,
  metresOf,
  quantiseHeading,
  quantiseMetres,
  type PeersFrame,
} from '@pameran/contracts';
import { Encoder, PacketType } from 'socket.io-parser';
import { newWalker, PeerWorld, type Walker } from './peer-world';
import { PeersPacket } from './peers-packet';

const placed = (id: string, name: string, x: number, z: number, ry: number, stamp = 0): Walker => {
  const w = newWalker(id, name);
  new PeerWorld().place(w, quantiseMetres(x), quantiseMetres(z), quantiseHeading(ry), stamp);
  return w;
};
const decode = (packet: string) => (JSON.parse(packet.slice(packet.indexOf('['))) as [string, PeersFrame])[1];

describe('quantised positions', () => {
  it('keeps centimetres and 1/256 turns, in range on both sides of the turn', () => {
    expect(quantiseMetres(12.345)).toBe(1235);
    expect(metresOf(quantiseMetres(-119.994))).toBe(-119.99);
    expect(quantiseHeading(0)).toBe(0);
    expect(quantiseHeading(Math.PI / 2)).toBe(64);
    expect(quantiseHeading(-Math.PI / 2)).toBe(-64);
    expect(quantiseHeading(Math.PI)).toBe(-128); // a half turn either way is the same heading
    expect(quantiseHeading(-Math.PI)).toBe(-128);
    expect(quantiseHeading(3 * Math.PI)).toBe(-128);
    for (let ry = -Math.PI; ry < Math.PI; ry += 0.01) {
      const q = quantiseHeading(ry);
      expect(q).toBeGreaterThanOrEqual(-128);
      expect(q).toBeLessThanOrEqual(127);
      // Within half a step (π/256) of the heading, modulo a turn.
      const err = Math.abs(((headingOf(q) - ry + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
      expect(err).toBeLessThanOrEqual(Math.PI / 256 + 1e-9);
    }
  });
});

describe('PeersPacket', () => {
  it('encodes exactly what socket.emit("peers", frame) would send with the installed socket.io-parser', () => {
    const siti = placed('w1', 'Siti "S" \u2603', 1.5, -2, 0.25);
    const budi = placed('w2', 'Budi', 3, 4, 0, 4242);
    const gone = placed('w3', 'Gone', 0, 0, 0);
    for (const nsp of ['/hall', '/']) {
      const pk = new PeersPacket(nsp);
      pk.begin();
      pk.enter(siti);
      pk.update(budi);
      pk.leave(gone);
      const frame: PeersFrame = {
        e: [siti.handle, 'w1', 'Siti "S" \u2603', 150, -200, 10],
        u: [budi.handle, 300, 400, 0],
        l: [gone.handle],
        t: [budi.handle, 4242],
      };
      const [theirs] = new Encoder().encode({ type: PacketType.EVENT, nsp, data: ['peers', frame] });
      expect(pk.encode()).toBe(theirs);
      expect(pk.quiet).toBe(false);
      pk.begin();
      expect(pk.empty).toBe(true);
      pk.update(siti);
      expect(pk.quiet).toBe(true);
      const [onlyUpdate] = new Encoder().encode({
        type: PacketType.EVENT,
        nsp,
        data: ['peers', { u: [siti.handle, 150, -200, 10] }],
      });
      expect(pk.encode()).toBe(onlyUpdate);
    }
  });

  it('round-trips through the contract’s decoder, serialising each walker once per version', () => {
    const pk = new PeersPacket('/hall');
    const siti = placed('w1', 'Siti', 10.004, 20.5, -1);
    const budi = placed('w2', 'Budi', -3.2, 7, 2.5);
    pk.begin();
    pk.enter(siti);
    pk.update(budi);
    pk.leave(placed('w3', 'x', 0, 0, 0));
    const peers = decodePeers(decode(pk.encode()));
    expect(peers.enter).toEqual([
      { handle: siti.handle, id: 'w1', name: 'Siti', x: 10, z: 20.5, ry: headingOf(quantiseHeading(-1)) },
    ]);
    expect(peers.update).toEqual([
      { handle: budi.handle, x: -3.2, z: 7, ry: headingOf(quantiseHeading(2.5)) },
    ]);
    expect(peers.leave).toHaveLength(1);
    const first = budi.frag;
    pk.begin();
    pk.update(budi);
    expect(budi.frag).toBe(first); // same version: the cached record, not a new string
    new PeerWorld().place(budi, budi.qx + 1, budi.qz, budi.qry);
    pk.begin();
    pk.update(budi);
    expect(decodePeers(decode(pk.encode())).update[0].x).toBe(-3.19);
  });
});
