import { createHmac, timingSafeEqual } from 'node:crypto';
import { MailKind } from '@pameran/contracts';

/**
 * The one-click unsubscribe token: `<userId>.<kind>.<HMAC-SHA256(userId, kind)>`. The signature binds the
 * person and the kind together, so a token turns off only that kind for that person: changing either part
 * breaks it, and nobody without the server's secret can make one. The key is derived from the server's
 * secret with its own label, so a token is never valid as anything else (and no access token as one).
 * It carries no expiry on purpose: mail is read weeks later, and using it twice only turns off what is off.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('pameran mail unsubscribe v1').digest();
  }

  sign(userId: string, kind: MailKind): string {
    return `${userId}.${kind}.${this.mac(userId, kind)}`;
  }

  /** The person and kind a genuine token names, or null for anything else. */
  verify(token: string): { userId: string; kind: MailKind } | null {
    const [userId, kind, mac, ...rest] = token.split('.');
    if (rest.length || !userId || !mac || !MailKind.safeParse(kind).success) return null;
    const expected = Buffer.from(this.mac(userId, kind as MailKind));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { userId, kind: kind as MailKind };
  }

  private mac(userId: string, kind: MailKind): string {
    return createHmac('sha256', this.key).update(`${userId}\n${kind}`).digest('base64url');
  }
}
