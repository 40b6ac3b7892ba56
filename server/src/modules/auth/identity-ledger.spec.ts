import { randomUUID } from 'node:crypto';
import type { AccessClaims } from '@pameran/contracts';
import { IdentityLedger } from './identity-ledger';

const LIFETIME = 15 * 60_000;
const T0 = Date.parse('2026-12-05T01:00:00Z');

function setUp() {
  let now = T0;
  const ledger = new IdentityLedger(LIFETIME, () => now);
  const claims = (sub: string, over: Partial<AccessClaims> = {}): AccessClaims => ({
    sub,
    role: 'visitor',
    name: 'Ani',
    guest: false,
    ver: 0,
    company: null,
    iat: Math.floor(now / 1000),
    ...over,
  });
  return { ledger, claims, at: (ms: number) => (now = ms), advance: (ms: number) => (now += ms) };
}

describe('IdentityLedger', () => {
  it('trusts nothing until it is loaded, then trusts tokens signed within the lifetime', () => {
    const { ledger, claims } = setUp();
    const sub = randomUUID();
    expect(ledger.trusts(claims(sub))).toBe(false);
    ledger.load([], ledger.since());
    expect(ledger.trusts(claims(sub))).toBe(true);
  });

  it('does not trust a token without the hall claims (signed the old way) or without iat', () => {
    const { ledger, claims } = setUp();
    ledger.load([], ledger.since());
    const sub = randomUUID();
    expect(ledger.trusts(claims(sub, { company: undefined }))).toBe(false);
    expect(ledger.trusts(claims(sub, { iat: undefined }))).toBe(false);
  });

  it('refuses to trust a token signed before a change it was told of, and trusts one signed after', () => {
    const { ledger, claims, advance } = setUp();
    ledger.load([], ledger.since());
    const sub = randomUUID();
    const before = claims(sub);
    advance(5_000);
    ledger.note(sub);
    expect(ledger.trusts(before)).toBe(false);
    // The same second as the change: may be older than it.
    expect(ledger.trusts(claims(sub))).toBe(false);
    advance(1_000);
    expect(ledger.trusts(claims(sub))).toBe(true);
  });

  it('holds each token version: a token behind (or ahead of) it is not trusted', () => {
    const { ledger, claims, advance } = setUp();
    const sub = randomUUID();
    ledger.load([{ id: sub, version: 2, changedAt: new Date(T0 - LIFETIME * 2) }], ledger.since());
    expect(ledger.trusts(claims(sub, { ver: 1 }))).toBe(false);
    expect(ledger.trusts(claims(sub, { ver: 2 }))).toBe(true);
    advance(2_000);
    ledger.note(sub, 3);
    advance(2_000);
    expect(ledger.trusts(claims(sub, { ver: 2 }))).toBe(false);
    expect(ledger.trusts(claims(sub, { ver: 3 }))).toBe(true);
    ledger.learn(sub, 1);
    expect(ledger.trusts(claims(sub, { ver: 3 }))).toBe(true);
  });

  it('counts a change read from the database at load time', () => {
    const { ledger, claims, at } = setUp();
    const sub = randomUUID();
    const token = claims(sub);
    at(T0 + 60_000);
    ledger.load([{ id: sub, version: 0, changedAt: new Date(T0 + 30_000) }], ledger.since());
    expect(ledger.trusts(token)).toBe(false);
  });

  it('does not trust a token signed before its load window (it could have missed a change)', () => {
    const { ledger, claims, at } = setUp();
    const sub = randomUUID();
    const old = claims(sub);
    at(T0 + LIFETIME + 1_000);
    ledger.load([], ledger.since());
    expect(ledger.trusts(old)).toBe(false);
  });
});
