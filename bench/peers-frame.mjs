#!/usr/bin/env node
// Micro-bench of the `peers` frame (docs/decisions/0023-peers-frame.md): the cost of building and writing
// one frame per observer per window, three ways, through a real socket.io server to real clients on
// loopback (in a child process, so the server's CPU is its own):
//   json-ids    the previous frame: {enter, update: [{id, x, z, ry}], leave}, ids and float positions;
//   json-quant  the frame the hall sends now: flat arrays of integers, handles instead of ids
//               (server/dist/modules/hall/peers-packet.js, the real encoder);
//   binary      a Buffer per observer (u32 handle, i16 x cm, i16 z cm, i8 heading = 9 bytes an update),
//               which socket.io sends as two engine.io packets (a text header and the attachment).
// Every window all walkers move; each observer is sent its `--peers` known peers. Prints, per variant,
// server CPU and client CPU per 1,000 delivered updates and the bytes per update on the wire.
// Usage: node bench/peers-frame.mjs [--observers 300] [--walkers 2000] [--peers 48] [--windows 200]
//        (needs `npm run build -w server`; medians of --runs 3)
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { loadAverage, root } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i > 0 ? process.argv[i + 1] : fallback);
};

// ---- child: the observers' clients; counts and decodes what arrives ----
async function client(url, observers) {
  let updates = 0;
  let frames = 0;
  const sockets = [];
  for (let i = 0; i < observers; i++) {
    const s = io(`${url}/hall`, { transports: ['websocket'], forceNew: true, reconnection: false });
    s.on('peers', (f) => {
      frames++;
      if (Buffer.isBuffer(f)) {
        // binary: 1 byte count of records, then 9 bytes each
        for (let o = 1; o + 9 <= f.length; o += 9) {
          f.readUInt32LE(o);
          f.readInt16LE(o + 4);
          f.readInt16LE(o + 6);
          f.readInt8(o + 8);
          updates++;
        }
      } else if (f.u) updates += f.u.length / 4;
      else updates += f.update.length;
    });
    await new Promise((r) => s.once('connect', r));
    sockets.push(s);
  }
  process.send({ ready: true });
  let cpu0 = process.cpuUsage();
  process.on('message', (m) => {
    if (m.cmd === 'reset') {
      updates = frames = 0;
      cpu0 = process.cpuUsage();
      process.send({ reset: true });
    } else if (m.cmd === 'count') {
      const used = process.cpuUsage(cpu0);
      process.send({ updates, frames, cpuMs: (used.user + used.system) / 1000 });
    } else if (m.cmd === 'close') {
      sockets.forEach((s) => s.close());
      process.exit(0);
    }
  });
}

// ---- parent: the server ----
async function main() {
  const observers = arg('observers', 300);
  const walkers = arg('walkers', 2000);
  const peers = arg('peers', 48);
  const windows = arg('windows', 200);
  const runs = arg('runs', 3);
  const require = createRequire(import.meta.url);
  const { PeersPacket } = require(`${root}/server/dist/modules/hall/peers-packet.js`);
  const { newWalker, PeerWorld } = require(`${root}/server/dist/modules/hall/peer-world.js`);

  const http = createServer();
  const ioServer = new Server(http, { transports: ['websocket'], perMessageDeflate: false });
  const hall = ioServer.of('/hall');
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${http.address().port}`;
  const child = fork(new URL(import.meta.url).pathname, ['--client', url, String(observers)]);
  const reply = (cmd) =>
    new Promise((r) => {
      child.once('message', r);
      if (cmd) child.send({ cmd });
    });
  await reply();
  const sockets = [...hall.sockets.values()];
  const engine = (s) => s.client;
  let bytes = 0;
  for (const s of sockets) {
    engine(s).conn.on('packetCreate', (p) => {
      // engine.io's packet type byte for text; the ws frame header: 2 bytes (+2 from 126 bytes on).
      const len = typeof p.data === 'string' ? Buffer.byteLength(p.data) + 1 : p.data.length;
      bytes += len + (len < 126 ? 2 : 4);
    });
  }

  // The world: walkers with ids like socket.io's (20 characters) and names; each observer knows `peers`.
  const world = new PeerWorld();
  const ws = Array.from({ length: walkers }, (_, i) => {
    const w = newWalker(`${i}`.padStart(20, 'x'), `Visitor ${i}`);
    return w;
  });
  const known = sockets.map(() =>
    Array.from({ length: peers }, () => ws[Math.floor(Math.random() * walkers)]),
  );
  const floats = new Float64Array(walkers * 3);
  const moveAll = () => {
    for (let i = 0; i < walkers; i++) {
      const [x, z, ry] = [Math.random() * 240 - 120, 4 + Math.random() * 200, Math.random() * 6.2 - 3.1];
      floats.set([x, z, ry], i * 3);
      world.place(ws[i], Math.round(x * 100), Math.round(z * 100), Math.round((ry * 128) / Math.PI));
    }
  };

  const variants = {
    'json-ids': () => {
      // The previous encoder: a fragment per walker per window, joined per observer.
      const frag = ws.map((w, i) => {
        const [x, z, ry] = [floats[i * 3], floats[i * 3 + 1], floats[i * 3 + 2]];
        return `{"id":${JSON.stringify(w.id)},"x":${x},"z":${z},"ry":${ry}}`;
      });
      const index = new Map(ws.map((w, i) => [w, i]));
      return (s, list) =>
        engine(s).writeToEngine(
          `2/hall,["peers",{"enter":[],"update":[${list.map((w) => frag[index.get(w)]).join(',')}],"leave":[]}]`,
          { compress: false },
        );
    },
    'json-quant': () => {
      const pk = new PeersPacket('/hall');
      return (s, list) => {
        pk.begin();
        for (const w of list) pk.update(w);
        engine(s).writeToEngine(pk.encode(), { compress: false });
      };
    },
    binary: () => {
      const header = '51-/hall,["peers",{"_placeholder":true,"num":0}]';
      return (s, list) => {
        const b = Buffer.allocUnsafe(1 + list.length * 9);
        b[0] = list.length;
        let o = 1;
        for (const w of list) {
          b.writeUInt32LE(w.handle, o);
          b.writeInt16LE(w.qx, o + 4);
          b.writeInt16LE(w.qz, o + 6);
          b.writeInt8(w.qry, o + 8);
          o += 9;
        }
        engine(s).writeToEngine([header, b], { compress: false });
      };
    },
  };

  console.log(
    `${observers} observers × ${peers} peers of ${walkers} walkers, ${windows} windows, ${runs} runs; load average ${loadAverage()}`,
  );
  const results = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, make] of Object.entries(variants)) {
      await reply('reset');
      bytes = 0;
      const cpu0 = process.cpuUsage();
      let sent = 0;
      for (let k = 0; k < windows; k++) {
        moveAll(); // not the frame's cost, but every variant pays it alike
        const write = make();
        sockets.forEach((s, i) => write(s, known[i]));
        sent += sockets.length * peers;
        await new Promise((r) => setImmediate(r));
      }
      // Wait until everything arrived, then take the CPU (the writes' completions run on this loop).
      for (let got = 0; got < sent;) {
        await new Promise((r) => setTimeout(r, 50));
        ({ updates: got } = await reply('count'));
      }
      const used = process.cpuUsage(cpu0);
      const { cpuMs } = await reply('count');
      (results[name] ??= []).push({
        server: (used.user + used.system) / 1000 / (sent / 1000),
        client: cpuMs / (sent / 1000),
        bytes: bytes / sent,
      });
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, rs] of Object.entries(results)) {
    const m = (k) => median(rs.map((r) => r[k]));
    console.log(
      `${name.padEnd(11)} server ${m('server').toFixed(2)} ms CPU per 1,000 updates (incl. moving the walkers) | clients ${m('client').toFixed(2)} ms | ${m('bytes').toFixed(1)} bytes per update on the wire` +
        `  [runs: ${rs.map((r) => r.server.toFixed(2)).join(', ')}]`,
    );
  }
  // Moving the walkers alone, so that the frame's own cost can be read off.
  const t0 = process.cpuUsage();
  for (let k = 0; k < windows; k++) moveAll();
  const moveMs = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000;
  console.log(
    `of which moving the walkers: ${(moveMs / ((windows * observers * peers) / 1000)).toFixed(2)} ms per 1,000 updates`,
  );
  child.send({ cmd: 'close' });
  ioServer.close();
  process.exit(0);
}

if (process.argv[2] === '--client') void client(process.argv[3], Number(process.argv[4]));
else await main();
