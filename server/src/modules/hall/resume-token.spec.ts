import { AppConfig } from '../../config/app-config';
import { RESUME_TTL_MS, ResumeTokens } from './resume-token';

const config = (secret: string) => ({ jwtSecret: secret }) as AppConfig;
const resume = {
  boothId: '0b7e4a52-4a3c-4c6e-9d1e-2f3a4b5c6d7e',
  visitId: '1c8f5b63-5b4d-4d7f-8e2f-3a4b5c6d7e8f',
};

describe('ResumeTokens', () => {
  const tokens = new ResumeTokens(config('s'.repeat(40)));
  const now = 1_700_000_000_000;
  const token = tokens.sign('user-1', 'event-1', resume, now);

  it('gives the booth and visit back to the same person at the same event before it expires', () => {
    expect(tokens.verify(token, 'user-1', 'event-1', now + RESUME_TTL_MS - 1)).toEqual(resume);
  });

  it('refuses another person, another event, an expired token and another secret', () => {
    expect(tokens.verify(token, 'user-2', 'event-1', now)).toBeUndefined();
    expect(tokens.verify(token, 'user-1', 'event-2', now)).toBeUndefined();
    expect(tokens.verify(token, 'user-1', 'event-1', now + RESUME_TTL_MS + 1)).toBeUndefined();
    expect(new ResumeTokens(config('t'.repeat(40))).verify(token, 'user-1', 'event-1', now)).toBeUndefined();
  });

  it('refuses an altered payload and garbage', () => {
    const [payload, mac] = token.split('.');
    const body = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...body, v: resume.boothId })).toString('base64url');
    expect(tokens.verify(`${forged}.${mac}`, 'user-1', 'event-1', now)).toBeUndefined();
    for (const junk of [undefined, '', 'a', 'a.b', `${token}.x`])
      expect(tokens.verify(junk, 'user-1', 'event-1', now)).toBeUndefined();
  });
});
