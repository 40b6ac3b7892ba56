// Probes for bench/hall-load.mjs beside the walkers' movement: booth occupancy and chat latency.
// A probe is a pair of walkers in one load-generator process with a booth of their own (no other walker
// enters it): the listener stays in the booth; once a second the actor enters or leaves it, and after each
// entry says one chat line stamped with the send time. The listener measures, on its own socket,
// enter/leave → the `occupancy` frame showing the new count, and send → `chat:message`. Both ends share
// one process, so one clock; a change not seen before the next toggle counts as missed.
import { newHistogram, record, sharedNow } from './lib.mjs';

const TOGGLE_MS = 1000;
const CHAT_AFTER_MS = 250;
const STAMP = /^probe (\d+(?:\.\d+)?)$/;

export const newProbeStats = () => ({ occupancy: newHistogram(), chat: newHistogram(), missed: 0, chats: 0 });

/**
 * Starts the probes on `clients` (the first two per booth, marked `probe` so they never wander into other
 * booths); `stats()` gives the live stats object to record into. Returns a stop function.
 */
export function startProbes(clients, probeBooths, stats) {
  const timers = [];
  probeBooths.forEach((boothId, j) => {
    const actor = clients[2 * j];
    const listener = clients[2 * j + 1];
    if (!actor || !listener) return;
    actor.probe = listener.probe = true;
    const p = { inside: false, changedAt: 0, pending: false };
    listener.socket.emit('booth:enter', { boothId }, () => undefined);
    listener.socket.on('occupancy', (o) => {
      const n = o.changes[boothId];
      if (!p.pending || n !== (p.inside ? 2 : 1)) return;
      record(stats().occupancy, sharedNow() - p.changedAt);
      p.pending = false;
    });
    listener.socket.on('chat:message', (m) => {
      const stamp = STAMP.exec(m.text);
      if (stamp) record(stats().chat, sharedNow() - Number(stamp[1]));
    });
    const toggle = () => {
      if (p.pending) stats().missed++;
      p.inside = !p.inside;
      p.changedAt = sharedNow();
      p.pending = true;
      if (p.inside) actor.socket.emit('booth:enter', { boothId }, () => undefined);
      else actor.socket.emit('booth:leave', {}, () => undefined);
      if (!p.inside) return;
      timers.push(
        setTimeout(() => {
          stats().chats++;
          const clientMsgId = `probe-${j}-${Math.round(sharedNow())}`;
          actor.socket.emit(
            'chat:send',
            { boothId, text: `probe ${sharedNow()}`, clientMsgId },
            () => undefined,
          );
        }, CHAT_AFTER_MS),
      );
    };
    timers.push(setTimeout(() => timers.push(setInterval(toggle, TOGGLE_MS)), Math.random() * TOGGLE_MS));
  });
  return () => timers.forEach((t) => (clearTimeout(t), clearInterval(t)));
}

/** Probe booths: the last `n` of the list, kept away from the walkers, who wander into the others. */
export function splitBooths(booths, n) {
  if (!booths?.length) return { walkerBooths: booths, probeBooths: [] };
  const k = Math.min(n, Math.floor(booths.length / 2));
  return { walkerBooths: booths.slice(0, booths.length - k), probeBooths: booths.slice(booths.length - k) };
}
