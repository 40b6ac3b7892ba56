import type { AckError } from '@pameran/contracts';
import type { HallSocket } from '../../lib/socket';
import { emitWithAck, isTransportFailure } from '../../lib/socket';
import { useHallChat, type PendingMessage } from '../../stores/hall/chat';

const ATTEMPTS = 3;
const BACKOFF_MS = [0, 1000, 3000];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function newClientMsgId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `m-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Deliver one message: shown at once as "sending", retried on timeouts with the same clientMsgId (the
 * server stores a retried id once), then "sent" or "failed" with the server's reason.
 */
export async function deliver(socket: HallSocket | null, message: PendingMessage): Promise<void> {
  const { putPending } = useHallChat.getState().actions;
  putPending({ ...message, state: 'sending', error: undefined });
  let error: AckError = { code: 'offline', message: 'not connected to the hall' };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await sleep(BACKOFF_MS[attempt]);
    const ack = await emitWithAck(socket, 'chat:send', {
      boothId: message.boothId,
      text: message.text,
      clientMsgId: message.clientMsgId,
    });
    if (ack.ok) return putPending({ ...message, state: 'sent', id: ack.id });
    error = ack.error;
    // Transport failures are worth trying again by ourselves; anything else the server refused on purpose.
    if (!isTransportFailure(error)) break;
  }
  putPending({ ...message, state: 'failed', error });
}

export function sendChat(socket: HallSocket | null, boothId: string, text: string): Promise<void> {
  return deliver(socket, { clientMsgId: newClientMsgId(), boothId, text, state: 'sending' });
}
