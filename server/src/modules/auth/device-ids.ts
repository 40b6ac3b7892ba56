import { Injectable } from '@nestjs/common';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';

/**
 * Signed device ids: the server gives a guest's browser `<uuid>.<HMAC>` and the browser keeps it across
 * guest accounts (it is not part of the session), so a ban can hold the device as well as the account.
 * Only ids this server signed count: an unsigned or altered one is ignored (treated as no device), so a
 * banned visitor cannot pick someone else's id to get them banned, nor claim one to dodge a ban — a new
 * id only comes with a new guest entry, which the per-address guest limit and the address ban still meet.
 */
@Injectable()
export class DeviceIds {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    // A key of its own, derived from the token secret, so a device id can never pass as anything else.
    this.key = createHmac('sha256', config.jwtSecret).update('pameran device id v1').digest();
  }

  /** The id of a device token this server signed, else null. */
  verify(token: string | undefined): string | null {
    const [id, mac, extra] = (token ?? '').split('.');
    if (extra !== undefined || !mac || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }

  /** The same device token when it is one of ours, else a new one. */
  keep(token: string | undefined): string {
    if (token && this.verify(token)) return token;
    const id = randomUUID();
    return `${id}.${this.sign(id)}`;
  }

  private sign(id: string): string {
    return createHmac('sha256', this.key).update(id).digest('base64url');
  }
}
