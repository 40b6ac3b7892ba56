import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Which hops in front of the server may tell us who the client is (`TRUST_PROXY`): a number of proxies
 * (nginx in front of the nodes is 1), or the proxies' own addresses and CIDR ranges. Every client address
 * the server uses (Express's `req.ip`, the `/hall` handshake, rate limits, bans) comes from one rule,
 * `clientAddress(req, trust)`, so a socket and a request from the same visitor always agree.
 */
export type TrustProxy = { hops: number } | { addresses: string[] };

/** Is the address `i` hops from the server one of ours (a proxy whose `X-Forwarded-For` entry we believe)? */
export type TrustRule = (address: string, hop: number) => boolean;

/**
 * `TRUST_PROXY`'s value: unset, `0`, `false`, `off` or `no` trust nobody (the TCP peer is the client);
 * `true`, `on` and `yes` are kept meaning one hop (the old on/off setting); a whole number is a hop count;
 * anything else is a comma-separated list of addresses or CIDR ranges (proxy-addr's names `loopback`,
 * `linklocal` and `uniquelocal` included). Throws on an address proxy-addr cannot read.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim().toLowerCase();
  if (['', 'false', 'off', 'no'].includes(value)) return { hops: 0 };
  if (['true', 'on', 'yes'].includes(value)) return { hops: 1 };
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const addresses = value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  proxyaddr.compile(addresses); // throws "invalid IP address" / "invalid range on address"
  return { addresses };
}

/**
 * The trust function for both Express (`app.set('trust proxy', rule)`) and `clientAddress`. A hop count
 * trusts the nearest `hops` addresses whatever they are; a list trusts exactly those proxies. Beyond the
 * trusted hops, `X-Forwarded-For` entries are whatever the client wrote, and are never read.
 */
export function trustRule(trust: TrustProxy): TrustRule {
  if ('hops' in trust) {
    const { hops } = trust;
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(trust.addresses);
}

/**
 * The client's address by the trusted-proxy rule: the nearest address in `X-Forwarded-For` (read from the
 * right, as proxies append) that is not a trusted proxy. IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is written as
 * IPv4 so one visitor has one key whichever way Node reports the socket.
 */
export function clientAddress(req: IncomingMessage, rule: TrustRule): string {
  const address = proxyaddr(req, rule) ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
