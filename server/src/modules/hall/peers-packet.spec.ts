import { Encoder, PacketType } from 'socket.io-parser';
import { newWalker } from './peer-world';
import { PeersPacket } from './peers-packet';

describe('PeersPacket', () => {
  it('encodes exactly what socket.emit("peers", …) would send with the installed socket.io-parser', () => {
    const walker = Object.assign(newWalker('w1', 'Siti "S" \u2603'), { x: 1.5, z: -2, ry: 0.25 });
    const payload = {
      enter: [{ id: 'w1', name: 'Siti "S" \u2603', x: 1.5, z: -2, ry: 0.25 }],
      update: [{ id: 'w2', x: 3, z: 4, ry: 0 }],
      leave: ['w3', 'w"4'],
    };
    for (const nsp of ['/hall', '/']) {
      const pk = new PeersPacket(nsp);
      const ours = pk.encode([pk.enter(walker)], ['{"id":"w2","x":3,"z":4,"ry":0}'], ['w3', 'w"4']);
      const [theirs] = new Encoder().encode({ type: PacketType.EVENT, nsp, data: ['peers', payload] });
      expect(ours).toBe(theirs);
      const [none] = new Encoder().encode({
        type: PacketType.EVENT,
        nsp,
        data: ['peers', { enter: [], update: [], leave: [] }],
      });
      expect(pk.encode([], [], [])).toBe(none);
    }
  });
});
