#!/usr/bin/env node
// Baseline for bench/hall-load.mjs and bench/idle-connections.mjs: bare socket.io 4.8, no auth, no
// validation, no batching — each move is broadcast at once to the watchers of the mover's 24 m cell, the
// same cell rooms the real hall used; booth enter/leave and chat as below. GET /heap answers {heapUsedBytes, rssBytes, connections} (after a
// forced GC when started with --expose-gc).
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const server = createServer((req, res) => {
  if (req.url !== '/heap') return void res.writeHead(404).end();
  globalThis.gc?.();
  const m = process.memoryUsage();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ heapUsedBytes: m.heapUsed, rssBytes: m.rss, connections: hall.sockets.size }));
});
const io = new Server(server, { transports: ['websocket'] });
const hall = io.of('/hall');
const cellOf = (x, z) => `${Math.floor(x / 24)}:${Math.floor(z / 24)}`;
const around = (cell) => {
  const [cx, cz] = cell.split(':').map(Number);
  const out = [];
  for (let dx = -1; dx <= 1; dx++) for (let dz = -1; dz <= 1; dz++) out.push(`w:${cx + dx}:${cz + dz}`);
  return out;
};
// Booth presence and chat, the same contract as the hall's (acks, `occupancy` to everyone, `chat:message`
// to the booth), done the plain way: every change is broadcast at once, nothing is stored or checked.
const inBooth = new Map(); // boothId → Set of socket ids
const occupancy = (boothId) =>
  hall.emit('occupancy', { changes: { [boothId]: inBooth.get(boothId)?.size ?? 0 } });
const leaveBooth = (socket, boothId) => {
  if (!boothId) return;
  inBooth.get(boothId)?.delete(socket.id);
  socket.leave(`booth:${boothId}`);
  occupancy(boothId);
};
let handles = 0;
hall.on('connection', (socket) => {
  let cell = null;
  const handle = ++handles;
  let booth = null;
  socket.on('booth:enter', ({ boothId }, ack) => {
    if (booth !== boothId) leaveBooth(socket, booth);
    booth = boothId;
    if (!inBooth.has(boothId)) inBooth.set(boothId, new Set());
    inBooth.get(boothId).add(socket.id);
    socket.join(`booth:${boothId}`);
    occupancy(boothId);
    ack?.({ ok: true, occupancy: inBooth.get(boothId).size });
  });
  socket.on('booth:leave', (_, ack) => {
    leaveBooth(socket, booth);
    booth = null;
    ack?.({ ok: true });
  });
  socket.on('chat:send', ({ boothId, text, clientMsgId }, ack) => {
    const id = `${socket.id}:${clientMsgId}`;
    hall.to(`booth:${boothId}`).emit('chat:message', { id, boothId, text, at: new Date().toISOString() });
    ack?.({ ok: true, id });
  });
  socket.on('disconnect', () => leaveBooth(socket, booth));
  socket.on('move', (m) => {
    const next = cellOf(m.x, m.z);
    if (next !== cell) {
      if (cell) for (const r of around(cell)) socket.leave(r);
      for (const r of around(next)) socket.join(r);
      cell = next;
    }
    // The hall's frame (packages/contracts PeersFrame): one quantised update and the load generator's stamp.
    const u = [handle, Math.round(m.x * 100), Math.round(m.z * 100), Math.round((m.ry * 128) / Math.PI)];
    hall.volatile.to(`w:${cell}`).emit('peers', m.t === undefined ? { u } : { u, t: [handle, m.t] });
  });
});
server.listen(0, '127.0.0.1', () =>
  console.log(`bare hall running at http://127.0.0.1:${server.address().port}`),
);
