import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { TestApp } from '../support/create-app';
import { MatchingFactory } from './matching.factory';

/** Fixtures and calls for message threads: a held meeting between a buyer and an exhibitor's staff. */
export class MessagesFactory {
  /** An exhibitor (with staff), a buyer and a meeting they held, plus the meeting's request id. */
  static async pair(t: TestApp, eventId: string, slot: number) {
    const x = await MatchingFactory.exhibitor(t, eventId, { slot });
    const buyer = await MatchingFactory.buyer(t);
    const meetingId = await MatchingFactory.heldMeeting(t.db, eventId, x.exhibitor.id, buyer.user.id);
    const [{ request_id: requestId }] = await t.db.query('SELECT request_id FROM meeting WHERE id = $1', [
      meetingId,
    ]);
    return { x, buyer, meetingId, requestId: requestId as string };
  }

  static open(t: TestApp, token: string, kind: 'request' | 'meeting' | 'deal', id: string) {
    return t.http.post('/api/threads', { kind, id }, token);
  }

  static post(t: TestApp, token: string, threadId: string, body: string, extra: object = {}) {
    return t.http.post(
      `/api/threads/${threadId}/messages`,
      { body, clientMsgId: randomUUID(), ...extra },
      token,
    );
  }

  /** Uploads a picture (or any bytes) as a thread attachment. */
  static async attach(t: TestApp, token: string, threadId: string, file?: Buffer) {
    const bytes =
      file ??
      (await sharp({ create: { width: 32, height: 24, channels: 3, background: '#3a7' } })
        .png()
        .toBuffer());
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), 'photo.png');
    const res = await fetch(`${t.url}/api/threads/${threadId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as { id: string; url: string; code?: string } };
  }
}
