import type { AppConfig } from '../../config/app-config';
import { DeviceIds } from './device-ids';

const devices = (secret = 'k'.repeat(48)) => new DeviceIds({ jwtSecret: secret } as AppConfig);

describe('DeviceIds', () => {
  it('keeps a device token it signed and reads its id', () => {
    const ids = devices();
    const token = ids.keep(undefined);
    expect(ids.keep(token)).toBe(token);
    expect(ids.verify(token)).toBe(token.split('.')[0]);
  });

  it('ignores unsigned, altered and foreign ids, and replaces them', () => {
    const ids = devices();
    const [id, mac] = ids.keep(undefined).split('.');
    const other = devices('o'.repeat(48)).keep(undefined);
    for (const forged of [
      id,
      `${id}.`,
      `${crypto.randomUUID()}.${mac}`,
      `${id}.${mac}x`,
      other,
      `${id}.${mac}.x`,
    ])
      expect(ids.verify(forged)).toBeNull();
    expect(ids.keep(other)).not.toBe(other);
  });
});
