import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The address the request came from (as the socket sees it), or "unknown" when the server cannot tell. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
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
