import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may go. Outbound requests go only to the URL an owner registered, and only to
 * public addresses: private, loopback, link-local, unique-local, carrier-grade NAT, multicast,
 * reserved and the IPv6 forms that embed or tunnel IPv4 are refused (ipaddr.js names the ranges;
 * only `unicast` passes, an IPv4-mapped IPv6 address is judged as the IPv4 address it is). The
 * check runs at registration and again at every delivery after DNS resolution, on the address the
 * socket then connects to, so a name that resolved to a public address at registration and to
 * 127.0.0.1 later (DNS rebinding) is refused. WEBHOOK_ALLOW_PRIVATE_ADDRESSES turns it off (tests).
 */

/** Resolves a host name to every address (the shape of `dns.promises.lookup` with `all: true`). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface AddressPolicy {
  allowHttp: boolean;
  allowPrivate: boolean;
  resolve: Resolver;
}

/** Why an address is not public, or undefined when it is. */
export function nonPublic(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const ip = ipaddr.process(address);
  const range = ip.range();
  // ::/96 other than :: and ::1 is the deprecated IPv4-compatible form (RFC 4291 §2.5.5.1), which ipaddr.js calls
  // unicast: `::7f00:1` is 127.0.0.1 on a host with an automatic tunnel or a route for ::/96 (hostile 13, H13-1).
  if (ip.kind() === 'ipv6' && range === 'unicast' && (ip as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0))
    return 'an IPv4-compatible address (deprecated, RFC 4291)';
  // The only IPv6 unicast addresses assigned for the internet are 2000::/3 (global unicast, RFC 4291 §2.4): anything
  // else ipaddr.js calls unicast (::/8 beyond its named ranges, unassigned space) is no public host (review C13-16).
  const first = ip.kind() === 'ipv6' ? ((ip as ipaddr.IPv6).parts[0] ?? 0) : 0x2000;
  if (range === 'unicast' && (first < 0x2000 || first > 0x3fff)) return 'not a global unicast address (2000::/3)';
  if (range === 'unicast') return undefined;
  return RANGE_WORDS[range] ?? `an address of the ${range} range, not a public one`;
}

/** ipaddr.js's range names in plain words (hostile 14 H14-13: "a unspecified address", "a rfc6052 address"). */
const RANGE_WORDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address (RFC 6598)',
  private: 'a private address (RFC 1918)',
  reserved: 'a reserved address',
  as112: 'an AS112 address (RFC 7534)',
  as112v6: 'an AS112 address (RFC 7534)',
  amt: 'an AMT address (RFC 7450)',
  uniqueLocal: 'a unique local address (RFC 4193)',
  ipv4Mapped: 'an IPv4-mapped address',
  deprecatedSiteLocal: 'a site-local address (deprecated, RFC 3879)',
  discard: 'a discard-only address (RFC 6666)',
  rfc6145: 'an IPv4-translated address (RFC 6145)',
  rfc6052: 'a NAT64 address (RFC 6052)',
  '6to4': 'a 6to4 address (RFC 3056)',
  teredo: 'a Teredo address (RFC 4380)',
  benchmarking: 'a benchmarking address (RFC 5180)',
  deprecatedOrchid: 'an ORCHID address (deprecated, RFC 4843)',
  orchid2: 'an ORCHIDv2 address (RFC 7343)',
  droneRemoteIdProtocolEntityTags: 'a drone remote ID address (RFC 9374)',
  segmentRouting: 'a segment routing address (RFC 9602)',
};

export class RefusedAddress extends Error {}

const MAX_URL = 2048;

/** The host of a URL as `net.connect` takes it (IPv6 literals without their brackets). */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * What the WHATWG URL parser (the one delivery uses) would drop or rewrite in a URL's text: a tab, CR or LF anywhere
 * (removed), a backslash (read as a slash), a space or C0 control at either end (trimmed). Refused, so that the URL an
 * endpoint shows is the one its events go to (hostile 16 H16-2).
 */
const REWRITTEN = /[\t\n\r\\]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const TRIMMED = /^[\u0000-\u0020]|[\u0000-\u0020]$/;

/**
 * A URL as a webhook target, before any DNS: its problem, or the URL as the parser normalises it (`href`: scheme and
 * host lower-cased, a default port dropped, the path percent-encoded), which is what is stored, shown and sent to.
 */
export function webhookUrl(text: string, allowHttp: boolean): { problem: string } | { href: string } {
  const problem = (p: string) => ({ problem: p });
  if (text.length > MAX_URL) return problem(`must be at most ${MAX_URL} characters`);
  if (TRIMMED.test(text)) return problem('must not begin or end with a space or control character');
  if (REWRITTEN.test(text))
    return problem('must not contain a tab, line break or backslash (a URL parser drops or rewrites them)');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('must be an absolute URL');
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:'))
    return problem(allowHttp ? 'must be an https:// or http:// URL' : 'must be an https:// URL');
  if (!url.hostname) return problem('has no host');
  if (url.username || url.password) return problem('must not hold credentials');
  // Port 0 is no port to Node's client, which would send to the scheme's default port, not the registered one (hostile
  // 18 H18-15).
  if (/^[a-z]+:\/\/[^/?#]*:0+(?:[/?#]|$)/i.test(text)) return problem('must not name port 0');
  if (url.hash || text.includes('#')) return problem('must not have a fragment');
  if (url.href.length > MAX_URL)
    return problem(`must be at most ${MAX_URL} characters once normalised (it is ${url.href.length})`);
  return { href: url.href };
}

/** The URL a stored endpoint is sent to, as the parser reads it (a row stored before H16-2 may hold another spelling). */
export const normalisedUrl = (stored: string): string => {
  try {
    return new URL(stored).href;
  } catch {
    return stored;
  }
};

/**
 * Every address a host stands for, each checked: throws RefusedAddress naming the first non-public
 * one (unless private addresses are allowed), or when the name does not resolve.
 */
export async function checkedAddresses(host: string, policy: AddressPolicy): Promise<LookupAddress[]> {
  const literal = isIP(host);
  let addresses: LookupAddress[];
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      addresses = await policy.resolve(host);
    } catch (err) {
      throw new RefusedAddress(`${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!addresses.length) throw new RefusedAddress(`${host} does not resolve`);
  }
  if (!policy.allowPrivate) {
    for (const { address } of addresses) {
      const why = nonPublic(address);
      if (why) throw new RefusedAddress(literal ? `${host} is ${why}` : `${host} resolves to ${address}, ${why}`);
    }
  }
  return addresses;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request: resolves with the policy's resolver and refuses non-public
 * addresses, so the socket connects only to an address that was checked (no second resolution
 * between the check and the connection).
 */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    checkedAddresses(hostname, policy).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, (addresses[0] as LookupAddress).address, (addresses[0] as LookupAddress).family);
      },
      (err: Error) => callback(Object.assign(err, { code: 'EREFUSEDADDRESS' }), ''),
    );
  };
}
