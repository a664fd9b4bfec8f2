import { Address6 } from 'ip-address';

// The deprecated IPv4-compatible notation (`::1.2.3.4`): its range is shared with addresses that
// embed no IPv4 address (`::`, `::1`), so there the notation tells them apart.
const IPV4_COMPATIBLE = new Address6('::/96');

/**
 * How a client address counts for the rate limit, as express-rate-limit's `ipKeyGenerator` keys
 * it: an IPv4 address as itself (also written IPv4-mapped, `::ffff:1.2.3.4`), an IPv6 address by
 * its /56 network, so that one home or office gets one count however many addresses it draws.
 * Anything else as it is.
 */
export function addressKey(address: string): string {
  if (!Address6.isValid(address)) return address;
  const ip = new Address6(address);
  if (ip.isMapped4() || (ip.is4() && ip.isInSubnet(IPV4_COMPATIBLE))) return ip.to4().correctForm();
  return new Address6(`${address}/56`).networkForm();
}
