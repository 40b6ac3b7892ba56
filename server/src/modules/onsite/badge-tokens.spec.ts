import type { AppConfig } from '../../config/app-config';
import { BadgeTokens, groupedCode } from './badge-tokens';
import { fromBase32, toBase32 } from './crockford';

const tokens = (secret = 'a secret of the server') => new BadgeTokens({ jwtSecret: secret } as AppConfig);
const USER = '6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b';
const FAIR = '0a0b0c0d-1111-4222-8333-444455556666';

describe('badge codes', () => {
  it('round-trip the account and its token version for the fair they were made for', () => {
    const code = tokens().sign(USER, FAIR, 3);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{42}$/);
    expect(tokens().verify(code, FAIR)).toEqual({ userId: USER, version: 3 });
  });

  it('are refused for another fair, under another secret, or with any character changed', () => {
    const code = tokens().sign(USER, FAIR, 0);
    expect(tokens().verify(code, '0a0b0c0d-1111-4222-8333-444455556667')).toBeNull();
    expect(tokens('another secret').verify(code, FAIR)).toBeNull();
    for (let i = 0; i < code.length; i++) {
      const changed = code.slice(0, i) + (code[i] === 'Z' ? 'Y' : 'Z') + code.slice(i + 1);
      expect(tokens().verify(changed, FAIR)).toBeNull();
    }
    expect(tokens().verify(code.slice(1), FAIR)).toBeNull();
    expect(tokens().verify('not base32 at all!', FAIR)).toBeNull();
  });

  it('read as typed from paper: lower case, groups, O for zero, I or L for one', () => {
    const code = tokens().sign(USER, FAIR, 1);
    const typed = groupedCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'i');
    expect(tokens().verify(typed, FAIR)).toEqual({ userId: USER, version: 1 });
  });

  it('base32 keeps every byte', () => {
    const bytes = Buffer.from([0, 255, 1, 128, 7, 66, 200]);
    expect(fromBase32(toBase32(bytes))).toEqual(bytes);
  });
});
