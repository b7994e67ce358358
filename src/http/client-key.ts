import ipaddr from 'ipaddr.js';

/**
 * The key a client's limits are counted under (rate limits, failed key verifications), from its address as TRUST_PROXY
 * says (hostile 14 H14-5): one spelling per address (`2001:DB8::1` and `2001:db8:0::1` are one client), without a port
 * (`203.0.113.7:51234`, as some load balancers write X-Forwarded-For) or a zone, an IPv4-mapped IPv6 address as its
 * IPv4 address, and an IPv6 address as its network of `v6Prefix` bits (RATE_LIMIT_IPV6_PREFIX, /56 by default): a
 * host is given a whole /64 and a site often a /56, any address of which it may use (privacy addresses rotate within
 * it), so counting per address would give it 2^64 budgets or more. Anything
 * that is not an address is its own key.
 */
export function clientKey(address: string, v6Prefix: number): string {
  let text = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1] as string;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  if (!ipaddr.isValid(text)) return address;
  let ip = ipaddr.parse(text);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (ip.kind() === 'ipv4') return ip.toString();
  const bytes = ip.toByteArray();
  for (let bit = v6Prefix; bit < 128; bit++) bytes[bit >> 3] = (bytes[bit >> 3] as number) & ~(0x80 >> (bit & 7));
  return `${ipaddr.fromByteArray(bytes).toString()}/${v6Prefix}`;
}
