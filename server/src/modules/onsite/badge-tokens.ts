import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { fromBase32, toBase32 } from './crockford';

const ID_BYTES = 16;
const VERSION_BYTES = 2;
/** 64 bits: guessing one takes 2^63 tries on average, against a rate-limited, staff-only route. */
const MAC_BYTES = 8;
const TOKEN_BYTES = ID_BYTES + VERSION_BYTES + MAC_BYTES;

/** What a genuine badge names: the person and the token version of their account when it was made. */
export interface BadgeClaim {
  userId: string;
  version: number;
}

/**
 * Signed badge codes (docs/decisions/0021-on-site-qr.md): the account's id, its token version (16 bits) and
 * an HMAC over both and the fair's id, in Crockford base32 (42 characters, typed in groups of six when
 * there is no camera). The fair is in the signature, not the code: a badge from another fair fails the
 * check. It carries no expiry: the fair's end is the expiry, and the server knows it. The key is derived
 * from JWT_SECRET under its own label, so a badge is never valid as anything else that secret signs.
 */
@Injectable()
export class BadgeTokens {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('pameran badge v1').digest();
  }

  sign(userId: string, eventId: string, version: number): string {
    const body = Buffer.alloc(ID_BYTES + VERSION_BYTES);
    Buffer.from(userId.replace(/-/g, ''), 'hex').copy(body);
    body.writeUInt16BE(version & 0xffff, ID_BYTES);
    return toBase32(Buffer.concat([body, this.mac(body, eventId)]));
  }

  /** The claim of a code this server signed for this fair, or null (garbled, altered, another fair's). */
  verify(code: string, eventId: string): BadgeClaim | null {
    const bytes = fromBase32(code);
    if (!bytes || bytes.length !== TOKEN_BYTES) return null;
    const body = bytes.subarray(0, ID_BYTES + VERSION_BYTES);
    if (!timingSafeEqual(bytes.subarray(ID_BYTES + VERSION_BYTES), this.mac(body, eventId))) return null;
    const hex = body.subarray(0, ID_BYTES).toString('hex');
    const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return { userId, version: body.readUInt16BE(ID_BYTES) };
  }

  private mac(body: Buffer, eventId: string): Buffer {
    return createHmac('sha256', this.key)
      .update(eventId)
      .update('\n')
      .update(body)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}

/** The code in groups of six, as printed under the QR and typed by staff. */
export const groupedCode = (code: string) => code.match(/.{1,6}/g)!.join('-');
