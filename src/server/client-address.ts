import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

const NO_PROXIES: ReadonlySet<string> = new Set();

/** An address as written by the socket or a proxy, without the IPv4-mapped IPv6 prefix ("::ffff:10.0.0.2"). */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.)/i, "");

/** The address the socket sees, or "unknown" when the server cannot tell. */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * The client behind a chain of trusted proxies: the right-most `X-Forwarded-For` entry that is not one of them
 * (entries further left were written by the client and prove nothing). Without a trusted peer, the peer itself.
 */
export function addressBehindProxies(
  peer: string,
  forwardedFor: string | undefined,
  trusted: ReadonlySet<string>,
): string {
  if (!trusted.has(plain(peer))) return peer;
  const hops = (forwardedFor ?? "").split(",").map(plain).filter(Boolean);
  return hops.reverse().find((hop) => !trusted.has(hop)) ?? peer;
}

/**
 * The address the request came from, for per-client limits: the socket peer, or, when that peer is a reverse
 * proxy named in TRUSTED_PROXIES, the client it forwarded (one person's wrong tries then lock out only them).
 */
export function clientAddress(c: Context, trusted: ReadonlySet<string> = NO_PROXIES): string {
  const peer = socketAddress(c);
  return trusted.size === 0 ? peer : addressBehindProxies(peer, c.req.header("x-forwarded-for"), trusted);
}

/**
 * True for an address on this machine or a private network (a Prometheus beside the bot, a compose network):
 * 127/8, 10/8, 172.16/12, 192.168/16, ::1 and fc00::/7, also written as IPv4-mapped IPv6.
 */
export function isInternalAddress(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, "");
  const octets = v4.split(".").map(Number);
  if (octets.length === 4 && octets.every((o) => Number.isInteger(o) && o >= 0 && o <= 255)) {
    const [a, b] = octets as [number, number, number, number];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return address === "::1" || /^f[cd][0-9a-f]{2}:/i.test(address);
}
