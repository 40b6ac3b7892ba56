import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnection } from '../stores/connection';
import { connectHall, emitWithAck, type HallSocket } from './socket';

type Handler = (...args: unknown[]) => void;

/** A stand-in for socket.io-client's socket and manager, driven by the test. */
class FakeSocket {
  handlers = new Map<string, Handler>();
  managerHandlers = new Map<string, Handler>();
  active = true;
  connected = false;
  connects = 0;
  constructor(readonly opts: { auth: (cb: (data: object) => void) => void }) {}
  on(event: string, h: Handler) {
    this.handlers.set(event, h);
    return this;
  }
  engineCloses = 0;
  io = {
    on: (event: string, h: Handler) => this.managerHandlers.set(event, h),
    removeAllListeners: () => {},
    engine: { close: () => (this.engineCloses += 1) },
  };
  emitLocal(event: string, ...args: unknown[]) {
    this.handlers.get(event)?.(...args);
  }
  connect() {
    this.connects += 1;
  }
  disconnect() {}
  removeAllListeners() {}
  handshake(): object {
    let sent: object = {};
    this.opts.auth((data) => (sent = data));
    return sent;
  }
}

let last: FakeSocket;
vi.mock('socket.io-client', () => ({
  io: (_url: string, opts: FakeSocket['opts']) => (last = new FakeSocket(opts)),
}));

const state = () => useConnection.getState().state;

describe('connectHall', () => {
  let token: string;
  const refresh = vi.fn(async () => {
    token = 'fresh';
    return true;
  });
  beforeEach(() => {
    token = 'stale';
    refresh.mockClear();
  });

  it('reads the newest token on every attempt and reports the connection', () => {
    const hall = connectHall('opop-2020', { getToken: () => token, refresh });
    expect(state()).toBe('connecting');
    expect(last.handshake()).toEqual({ token: 'stale', event: 'opop-2020' });
    token = 'newer';
    expect(last.handshake()).toEqual({ token: 'newer', event: 'opop-2020' });

    last.emitLocal('connect');
    expect(state()).toBe('connected');
    last.emitLocal('disconnect', 'transport close');
    expect(state()).toBe('reconnecting');
    hall.close();
    expect(state()).toBe('idle');
  });

  it('honours a draining node: drops the transport at the hinted time and hands the resume token over once', () => {
    vi.useFakeTimers();
    try {
      const hall = connectHall('opop-2020', { getToken: () => token, refresh });
      last.emitLocal('connect');
      last.emitLocal('server:draining', { reconnectInMs: 1200, resume: 'signed-resume' });
      vi.advanceTimersByTime(1199);
      expect(last.engineCloses).toBe(0);
      vi.advanceTimersByTime(1);
      expect(last.engineCloses).toBe(1);
      last.emitLocal('disconnect', 'forced close');
      expect(state()).toBe('reconnecting');
      expect(last.handshake()).toEqual({ token: 'stale', event: 'opop-2020', resume: 'signed-resume' });
      last.emitLocal('connect');
      expect(last.handshake()).toEqual({ token: 'stale', event: 'opop-2020' });
      hall.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reconnects with jittered exponential backoff', () => {
    connectHall('opop-2020', { getToken: () => token, refresh }).close();
    expect(last.opts).toMatchObject({ reconnectionDelay: 1000, randomizationFactor: 0.5 });
  });

  it('told the node is busy, waits the hinted time and tries again without refreshing the token', () => {
    vi.useFakeTimers();
    try {
      const hall = connectHall('opop-2020', { getToken: () => token, refresh });
      last.active = false;
      last.emitLocal(
        'connect_error',
        Object.assign(new Error('busy'), { data: { code: 'busy', retryInMs: 2500 } }),
      );
      expect(state()).toBe('reconnecting');
      vi.advanceTimersByTime(2499);
      expect(last.connects).toBe(0);
      vi.advanceTimersByTime(1);
      expect(last.connects).toBe(1);
      expect(refresh).not.toHaveBeenCalled();
      hall.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refreshes the token once when the server refuses it, then tries again', async () => {
    connectHall('opop-2020', { getToken: () => token, refresh });
    last.active = false; // refused by the server's middleware: socket.io will not retry by itself
    last.emitLocal('connect_error', new Error('unauthorized: jwt expired'));

    await vi.waitFor(() => expect(last.connects).toBe(1));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(last.handshake()).toMatchObject({ token: 'fresh' });

    last.emitLocal('connect_error', new Error('unauthorized: jwt expired'));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(state()).toBe('offline');
  });

  it('when the server says our access changed and closes us, keeps the reason and comes back with a fresh token', async () => {
    connectHall('opop-2020', { getToken: () => token, refresh });
    // A refusal a moment ago used up the once-a-minute refresh…
    last.active = false;
    last.emitLocal('connect_error', new Error('unauthorized: jwt expired'));
    await vi.waitFor(() => expect(last.connects).toBe(1));
    last.emitLocal('connect');
    // …yet a revocation's close is no loop: it refreshes again.
    last.emitLocal('session:revoked', { reason: 'staff_removed' });
    last.emitLocal('disconnect', 'io server disconnect');
    expect(useConnection.getState().revoked).toBe('staff_removed');
    await vi.waitFor(() => expect(last.connects).toBe(2));
    expect(refresh).toHaveBeenCalledTimes(2);
    useConnection.getState().actions.setRevoked(null);
  });

  it('calls it offline after several failed reconnection attempts', () => {
    connectHall('opop-2020', { getToken: () => token, refresh });
    for (let attempt = 1; attempt <= 4; attempt++) last.managerHandlers.get('reconnect_attempt')?.(attempt);
    expect(state()).toBe('reconnecting');
    last.managerHandlers.get('reconnect_attempt')?.(5);
    expect(state()).toBe('offline');
    last.emitLocal('connect');
    expect(state()).toBe('connected');
  });
});

/** Just enough of a socket for acks: `timeout(ms).emit(event, payload, cb)`. */
function ackSocket(answer: (event: string) => unknown) {
  const sent: { event: string; payload: unknown; timeoutMs: number }[] = [];
  const socket = {
    timeout: (timeoutMs: number) => ({
      emit: (event: string, payload: unknown, cb: (err: Error | null, res?: unknown) => void) => {
        sent.push({ event, payload, timeoutMs });
        const res = answer(event);
        if (res === 'timeout') cb(new Error('operation has timed out'));
        else cb(null, res);
      },
    }),
  };
  return { socket: socket as unknown as HallSocket, sent };
}

const boothId = '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b';

describe('emitWithAck', () => {
  it("resolves with the server's ack", async () => {
    const { socket, sent } = ackSocket(() => ({ ok: true, occupancy: 3 }));

    await expect(emitWithAck(socket, 'booth:enter', { boothId }, 2000)).resolves.toEqual({
      ok: true,
      occupancy: 3,
    });
    expect(sent).toEqual([{ event: 'booth:enter', payload: { boothId }, timeoutMs: 2000 }]);
  });

  it('turns a timeout into an error ack', async () => {
    const { socket } = ackSocket(() => 'timeout');

    const ack = await emitWithAck(socket, 'chat:send', { boothId, text: 'Halo', clientMsgId: 'abcdefgh1' });

    expect(ack).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('answers offline when there is no connection', async () => {
    await expect(emitWithAck(null, 'booth:leave', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'offline' },
    });
  });
});
