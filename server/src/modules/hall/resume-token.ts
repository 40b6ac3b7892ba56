import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';

/** How long a draining node's hand-over stays good: the hint spread plus a few reconnect attempts. */
export const RESUME_TTL_MS = 60_000;

/** What a reconnecting visitor carries over: the booth they stood at and the visit (lead) that is open. */
export interface Resume {
  boothId: string;
  visitId: string;
}

const Payload = z.object({ u: z.string(), e: z.string(), b: z.uuid(), v: z.uuid(), x: z.number() });

/**
 * Signed, short-lived resume tokens (docs/decisions/0017-workers-and-drain.md). A node that drains gives each
 * socket one; the next node believes the booth and visit in it only for the same person and event, before
 * it expires. HMAC with a key derived from JWT_SECRET (the same on every node), under its own label so a
 * resume token is never mistaken for anything else signed with that secret.
 */
@Injectable()
export class ResumeTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('pameran hall resume v1').digest();
  }

  sign(userId: string, eventId: string, resume: Resume, now = Date.now()): string {
    const body = { u: userId, e: eventId, b: resume.boothId, v: resume.visitId, x: now + RESUME_TTL_MS };
    const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The resume for this person at this event, or undefined (absent, altered, someone else's, expired). */
  verify(token: string | undefined, userId: string, eventId: string, now = Date.now()): Resume | undefined {
    const [payload, mac, extra] = token?.split('.') ?? [];
    if (!payload || !mac || extra !== undefined) return undefined;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let parsed: z.infer<typeof Payload>;
    try {
      parsed = Payload.parse(JSON.parse(Buffer.from(payload, 'base64url').toString()));
    } catch {
      return undefined;
    }
    if (parsed.u !== userId || parsed.e !== eventId || parsed.x < now) return undefined;
    return { boothId: parsed.b, visitId: parsed.v };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
